import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';

/**
 * A bare surname that several people of the knowledge file share is linked only where the article or
 * the date says which one: the person the article named in full, the only one in office on its date,
 * or (none in office) the only one who had held an office before it. Otherwise it stays unlinked.
 */
const index = loadKnowledgeIndex();
const linked = (text: string, date: string, surname: string) =>
  annotateText(text, index, { publishedAt: date }).actors.find((a) => a.mentions.some((m) => m.text === surname))?.id ??
  null;

describe('bare surnames several known people share', () => {
  it('is none of them where two had held office and none holds one on the date', () => {
    expect(linked('The plan, Clinton said on Tuesday, would pass in the United States.', '2016-09-20', 'Clinton')).toBe(
      null,
    );
  });
  it('is the one the article named in full', () => {
    const text = 'Hillary Clinton spoke first in Ohio.\n\nThe plan, Clinton said on Tuesday, would pass.';
    expect(linked(text, '2016-09-20', 'Clinton')).toBe('hillary-clinton');
  });
  it('is the only one in office on the date, or the only one who had held an office before it', () => {
    const text = 'The plan, Obama said on Tuesday, would pass in the United States.';
    expect(linked(text, '2015-03-17', 'Obama')).toBe('barack-obama');
    expect(linked(text, '2019-03-17', 'Obama')).toBe('barack-obama');
  });
  it('switched off (NEWSLENS_OFF=actor:shared-surname), the old guess comes back', async () => {
    const { setOff } = await import('../../lib/engine/rules');
    setOff(['actor:shared-surname']);
    try {
      expect(
        linked('The plan, Clinton said on Tuesday, would pass in the United States.', '2016-09-20', 'Clinton'),
      ).not.toBe(null);
    } finally {
      setOff([]);
    }
  });
});
