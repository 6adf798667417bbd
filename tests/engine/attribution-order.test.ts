import { describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import { attributionPriority, EXPLICIT, pickAttribution, PRIORITY, RULES, ruleById } from '../../lib/engine/rules';

/**
 * Explicit evidence beats inference: the order of the attribution rules is data (each rule's
 * `priority` in lib/engine/rules.ts), and these tests are generated from it and from the rules'
 * own examples.
 */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2025-03-17' });
const attributing = RULES.filter((r) => r.family === 'cue' || r.family === 'reported' || r.family === 'speaker');
const prio = (id: string) => ruleById(id)!.priority!;

describe('the order of attribution evidence', () => {
  it('every cue, reported and speaker rule has a priority; no other rule has one', () => {
    for (const r of RULES) expect(r.priority !== undefined, r.id).toBe(attributing.includes(r));
  });

  it('follows the principle: adjacent cue > cue in the sentence > colon > according to > pronoun > same paragraph > paragraph before > person before', () => {
    const chain = [
      'cue:after-quote-said',
      'cue:before-quote',
      'cue:colon',
      'cue:according-to',
      'speaker:pronoun',
      'speaker:same-paragraph',
      'speaker:paragraph-before',
      'speaker:person-before',
    ];
    for (let i = 1; i < chain.length; i++)
      expect(prio(chain[i - 1]), `${chain[i - 1]} > ${chain[i]}`).toBeGreaterThan(prio(chain[i]));
    expect(prio('cue:after-quote-said-x')).toBe(PRIORITY.adjacent);
    expect(prio('cue:after-quote-titled')).toBe(PRIORITY.adjacent);
    // explicit evidence is everything from "according to" up; below it, inference
    for (const r of attributing)
      if (r.id.startsWith('cue:') || r.id.startsWith('reported:'))
        expect(r.priority!, r.id).toBeGreaterThanOrEqual(EXPLICIT);
    for (const id of [
      'speaker:pronoun',
      'speaker:description',
      'speaker:same-paragraph',
      'speaker:quote-continues',
      'speaker:paragraph-before',
      'speaker:person-before',
      'speaker:recent-speaker',
    ])
      expect(prio(id)).toBeLessThan(EXPLICIT);
  });

  it('a claim stands at the lowest priority of its rules: “…,” he said is a pronoun, “…,” Smith said the cue', () => {
    expect(attributionPriority(['quote:double-marks', 'cue:after-quote-said', 'speaker:named'])).toBe(
      PRIORITY.adjacent,
    );
    expect(attributionPriority(['quote:double-marks', 'cue:after-quote-said', 'speaker:pronoun'])).toBe(
      PRIORITY.pronoun,
    );
    expect(attributionPriority(['quote:double-marks'])).toBe(PRIORITY.none);
  });

  // generated: for every two rules of different priority, the higher one wins whichever is proposed first
  const ranked = attributing.filter((r) => r.id !== 'speaker:named' && r.id !== 'speaker:none');
  for (const hi of ranked) {
    for (const lo of ranked) {
      if (hi.priority! <= lo.priority!) continue;
      it(`${hi.id} beats ${lo.id}`, () => {
        const a = { actor: 'A', why: ['quote:double-marks', hi.id] };
        const b = { actor: 'B', why: ['quote:double-marks', lo.id] };
        expect(pickAttribution([b, a])?.actor).toBe('A');
        expect(pickAttribution([a, b])?.actor).toBe('A');
      });
    }
  }

  it('a proposal without a speaker never wins; an inference contradicted by explicit evidence in the sentence is dropped', () => {
    expect(
      pickAttribution([
        { actor: null, why: ['cue:after-quote-said', 'speaker:none'] },
        { actor: 'B', why: ['speaker:person-before'] },
      ])?.actor,
    ).toBe('B');
    expect(pickAttribution([{ actor: 'B', why: ['speaker:paragraph-before'] }], 'C')).toBeNull();
    expect(pickAttribution([{ actor: 'C', why: ['speaker:paragraph-before'] }], 'C')?.actor).toBe('C');
    expect(pickAttribution([{ actor: 'B', why: ['cue:after-quote-said', 'speaker:named'] }], 'C')?.actor).toBe('B');
  });

  // generated from the examples of the carry-over and guess rules: add an explicit cue naming someone
  // else right after the quote the rule attributed, and the cue wins
  for (const id of [
    'speaker:same-paragraph',
    'speaker:quote-continues',
    'speaker:paragraph-before',
    'speaker:person-before',
    'speaker:recent-speaker',
  ]) {
    const r = ruleById(id)!;
    it(`an explicit cue after the quote beats ${id} (its example, with “…,” Ann Lee said.)`, () => {
      const before = annotate(r.example)
        .claims.filter((c) => c.kind === 'quote')
        .at(-1)!;
      expect(before.why).toContain(id);
      const text = r.example.replace(/\.”$/, ',” Ann Lee said.');
      expect(text).not.toBe(r.example);
      const after = annotate(text)
        .claims.filter((c) => c.kind === 'quote')
        .at(-1)!;
      expect(after.speaker?.name).toBe('Ann Lee');
      expect(after.why).toEqual(['quote:double-marks', 'cue:after-quote-said', 'speaker:named']);
    });
  }
});

describe('explicit cues right after a quote (sentences of our own)', () => {
  const speakerOf = (text: string, quoteStart: string) =>
    annotate(text).claims.find((c) => c.kind === 'quote' && c.text.startsWith(quoteStart));

  it('“…,” X said. after a paragraph quoting someone else goes to X, not the one before', () => {
    const c = speakerOf(
      '“The ferry will run again in May,” Mark Dunn said.\n“Nobody asked the islanders what they wanted,” Ruth Ambler said.',
      'Nobody',
    )!;
    expect(c.speaker?.name).toBe('Ruth Ambler');
  });

  it("the ASCII style ''…,'' X said: the cue after the doubled closing mark", () => {
    const c = speakerOf(
      "Mark Dunn spoke first.\n''Nobody asked the islanders what they wanted,'' Ruth Ambler said.",
      'Nobody',
    )!;
    expect(c.speaker?.name).toBe('Ruth Ambler');
    expect(c.why).toContain('cue:after-quote-said');
    const x = speakerOf(
      "Mark Dunn spoke first.\n''Nobody asked the islanders what they wanted,'' said Ruth Ambler.",
      'Nobody',
    )!;
    expect(x.speaker?.name).toBe('Ruth Ambler');
  });

  it('a job or title between the quote and the name, either order', () => {
    for (const text of [
      'Mark Dunn spoke first.\n“The count will be over by midnight,” said campaign chairman Ruth Ambler.',
      'Mark Dunn spoke first.\n“The count will be over by midnight,” campaign chairman Ruth Ambler said.',
      'Mark Dunn spoke first.\n“The count will be over by midnight,” former party spokesman Ruth Ambler told reporters.',
    ]) {
      const c = speakerOf(text, 'The count')!;
      expect(c.speaker?.name, text).toBe('Ruth Ambler');
      expect(c.why, text).toContain('cue:after-quote-titled');
    }
  });

  it('no name after the job: not this rule (“…,” said the campaign in a note)', () => {
    const c = speakerOf(
      'Mark Dunn spoke first.\n“The count will be over by midnight,” said the campaign in a note to staff.',
      'The count',
    );
    expect(c?.why ?? []).not.toContain('cue:after-quote-titled');
  });
});
