import { describe, expect, it } from 'vitest';
import { annotate } from './helpers';

// A wire story in Reuters style: dateline, "…," X told reporters, titles run into names, anonymous officials.
const STORY = [
  'Ukraine, Russia agree to prisoner swap after talks in Istanbul',
  'ISTANBUL, May 16 (Reuters) - Russian and Ukrainian negotiators agreed on Friday to exchange 1,000 prisoners of war each, but failed to agree a ceasefire, officials said.',
  '"We have agreed to exchange 1,000 prisoners for 1,000," Vladimir Medinsky, the head of the Russian delegation, told reporters after the meeting.',
  'Ukrainian Defence Minister Rustem Umerov said the next step should be a meeting between the leaders.',
  '"Ukraine is ready for a full and unconditional ceasefire," Umerov said. He added that Kyiv had proposed a 30-day truce.',
  'U.S. Secretary of State Marco Rubio, who was in Istanbul for a NATO meeting, said Washington wanted a "quick end" to the war. "President Trump has been clear," Rubio said. "This has to stop."',
  'A senior Ukrainian official, speaking on condition of anonymity, said Moscow had made demands that were "unacceptable".',
].join('\n');

describe('a wire story', () => {
  const { notes, said, forms } = annotate(STORY, { publishedAt: '2025-05-16', site: 'reuters.com' });

  it('splits titles from names and keeps the country words', () => {
    expect(forms('Rustem Umerov')).toEqual(['Defence Minister Rustem Umerov', 'Umerov']);
    expect(forms('Marco Rubio')).toEqual(['Secretary of State Marco Rubio', 'Rubio']);
    expect(forms('United States')).toEqual(['U.S.']);
    expect(forms('Ukraine')).toEqual(expect.arrayContaining(['Ukrainian']));
  });

  it('attributes every quote', () => {
    expect(said('We have agreed')).toBe('Vladimir Medinsky');
    expect(said('Ukraine is ready')).toBe('Rustem Umerov');
    expect(said('quick end')).toBe('Marco Rubio');
    expect(said('President Trump has been clear')).toBe('Marco Rubio');
    expect(said('This has to stop')).toBe('Marco Rubio');
    expect(said('unacceptable')).toBe('senior Ukrainian official');
  });

  it('reads the lead sentence as reported speech without its dateline', () => {
    const lead = notes.claims.find((c) => c.kind === 'reported' && c.speaker?.name === 'officials');
    expect(lead?.text.startsWith('Russian and Ukrainian negotiators agreed')).toBe(true);
    expect(notes.actors.find((a) => a.name === 'officials')?.unnamed).toBe(true);
  });
});
