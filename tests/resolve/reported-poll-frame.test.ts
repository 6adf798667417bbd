import { afterEach, describe, expect, it } from 'vitest';
import { setOff } from '../../lib/engine/rules';
import { annotate } from './helpers';

// reported:poll-frame — a share of those a poll asked speaks through the poll the sentence names
// before it: the poll is the speaker. Made-up sentences.
afterEach(() => setOff([]));

function speakerOf(text: string, words: string) {
  const { notes } = annotate(`Tomas Berg opened the harbor on Monday.\n${text}`);
  const c = notes.claims.find((x) => x.kind === 'reported' && x.cue === 'said' && x.text.includes(words));
  return { name: c?.speaker?.name ?? null, mention: c?.speaker?.mention?.text ?? null };
}

describe('a poll frames the share that speaks', () => {
  it('a poll found that 60 percent said …', () => {
    const s = speakerOf('A Harbor Times poll in June found that 60 percent of voters said the dam should go.', 'dam');
    expect(s.mention).toBe('A Harbor Times poll in June');
  });

  it('according to a survey, 51 percent said …', () => {
    const s = speakerOf('According to a new Harbor Times survey, 51 percent of voters said they back Berg.', 'back');
    expect(s.mention).toBe('a new Harbor Times survey');
  });

  it('in a poll by X, just 28 percent said …', () => {
    const s = speakerOf('In a poll conducted by the Harbor Times, just 28 percent said they trust Berg.', 'trust');
    expect(s.mention).toBe('a poll conducted by the Harbor Times');
  });

  it('counter-example: a reporter is no poll', () => {
    const s = speakerOf(
      'A Harbor Times reporter in June wrote that 60 percent of voters said the dam should go.',
      'dam',
    );
    expect(s.mention).toBe('60 percent of voters');
  });

  it('switched off: the share speaks', () => {
    setOff(['reported:poll-frame']);
    const s = speakerOf('A Harbor Times poll in June found that 60 percent of voters said the dam should go.', 'dam');
    expect(s.mention).toBe('60 percent of voters');
  });
});
