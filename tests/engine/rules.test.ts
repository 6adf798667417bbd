import { afterEach, describe, expect, it } from 'vitest';
import { annotateText } from '../../lib/cli/annotate-file';
import { loadKnowledgeIndex } from '../../lib/cli/project';
import {
  confidenceOf,
  confidenceWords,
  explainWhy,
  isOn,
  parseOff,
  RULES,
  ruleById,
  setOff,
} from '../../lib/engine/rules';
import type { PageNotes } from '../../lib/notes';

/**
 * Generated from the registry (lib/engine/rules.ts): each rule's example fires it and its
 * counter-example does not; switched off (NEWSLENS_OFF), its example no longer fires it.
 */
const index = loadKnowledgeIndex();
const annotate = (text: string) => annotateText(text, index, { publishedAt: '2025-03-17' });

/** Every rule id on a page's findings: its claims', its mentions' and its set-aside quotations'. */
function fired(notes: PageNotes): Set<string> {
  const ids = new Set<string>();
  for (const c of notes.claims) for (const id of c.why ?? []) ids.add(id);
  for (const a of notes.actors) for (const m of a.mentions) for (const id of m.why ?? []) ids.add(id);
  for (const x of notes.setAside ?? []) for (const id of x.why) ids.add(id);
  return ids;
}

afterEach(() => setOff([]));

describe('the rule registry', () => {
  it('holds unique kebab-case ids with a family prefix, plain words and a confidence in [0, 1]', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of RULES) {
      expect(r.id).toMatch(/^(?:quote|cue|reported|speaker|figure|name|actor):[a-z]+(?:-[a-z]+)*$/);
      expect(r.id.startsWith(`${r.family}:`)).toBe(true);
      expect(r.says).not.toMatch(/sentence-before|continuation|[a-z]+:[a-z]/); // no internal labels for readers
      expect(r.confidence).toBeGreaterThanOrEqual(0);
      expect(r.confidence).toBeLessThanOrEqual(1);
      expect(r.example).not.toBe(r.counter);
    }
  });

  for (const r of RULES) {
    describe(r.id, () => {
      it(`fires on its example: ${r.example.replace(/\n/g, ' / ')}`, () => {
        expect([...fired(annotate(r.example))]).toContain(r.id);
      });
      it(`does not fire on its counter-example: ${r.counter.replace(/\n/g, ' / ')}`, () => {
        expect([...fired(annotate(r.counter))]).not.toContain(r.id);
      });
      if (!r.fixed)
        it('switched off, it no longer fires on its example', () => {
          setOff([r.id]);
          expect(isOn(r.id)).toBe(false);
          expect([...fired(annotate(r.example))]).not.toContain(r.id);
        });
    });
  }
});

describe('switches', () => {
  it('an unknown id is an error naming the known ids; a fixed rule cannot be switched off', () => {
    expect(parseOff('cue:colon, speaker:pronoun').problem).toBeNull();
    expect(parseOff('no-such-rule').problem).toMatch(
      /unknown rule no-such-rule; the rules are: .*cue:after-quote-said/,
    );
    expect(parseOff('actor:known').problem).toMatch(/cannot be switched off/);
    expect(() => setOff(['nope'])).toThrow(/unknown rule nope/);
  });

  it('switching the explicit cue off leaves the quote to the next rule', () => {
    const text =
      '“The river has never been this low,” Tomas Berg said.\n“We have never seen anything like it,” Tomas Berg said.';
    const on = annotate(text).claims.find((c) => c.text.startsWith('We have'))!;
    expect(on.why).toEqual(['quote:double-marks', 'cue:after-quote-said', 'speaker:named']);
    setOff(['cue:after-quote-said']);
    const off = annotate(text).claims.find((c) => c.text.startsWith('We have'))!;
    expect(off.why).not.toContain('cue:after-quote-said');
    expect(off.speaker?.name).toBe('Tomas Berg');
  });
});

describe('confidence and plain words', () => {
  it('a claim is as sure as the least sure of its attributing rules', () => {
    expect(confidenceOf(['quote:double-marks', 'cue:after-quote-said', 'speaker:named'])).toBe(0.95);
    expect(confidenceOf(['quote:double-marks', 'cue:after-quote-said', 'speaker:pronoun'])).toBe(0.7);
    expect(confidenceOf(['quote:double-marks', 'speaker:paragraph-before'])).toBe(0.6);
    expect(confidenceOf(['name:capitalised', 'actor:known'])).toBe(0.95);
    expect(confidenceOf(['name:capitalised'])).toBe(ruleById('name:capitalised')!.confidence);
  });

  it('says how sure in words', () => {
    expect(confidenceWords(0.95)).toBe('sure');
    expect(confidenceWords(0.7)).toBe('fairly sure');
    expect(confidenceWords(0.45)).toBe('a guess');
  });

  it('explains a why in plain words, filling in the cue and the speaker, and never shows an unknown label', () => {
    expect(explainWhy(['quote:double-marks', 'cue:after-quote-said', 'speaker:named'], { cue: 'said' })).toEqual([
      'Words in double quotation marks',
      'Named right after the quote: ‘said’',
      'The cue names the speaker',
    ]);
    expect(explainWhy(['speaker:pronoun'], { cue: 'said', subject: 'he', speaker: 'Ann Lee' })).toEqual([
      'A pronoun: ‘he’ → Ann Lee',
    ]);
    expect(explainWhy(['speaker:pronoun'])).toEqual(['A pronoun']);
    expect(explainWhy(['cue:after-quote-said'])).toEqual(['Named right after the quote']);
    expect(explainWhy(['sentence-before'])).toEqual([]);
  });

  it('every claim and mention on a page carries why and a confidence', () => {
    const notes = annotate(
      '“The river has never been this low,” Tomas Berg said. He said the council would cut the water supply by 40 per cent.',
    );
    expect(notes.claims.length).toBeGreaterThan(0);
    for (const c of notes.claims) {
      expect(c.why?.length).toBeGreaterThan(0);
      expect(c.confidence).toBeGreaterThanOrEqual(0);
      expect(c.confidence).toBeLessThanOrEqual(1);
    }
    for (const a of notes.actors) for (const m of a.mentions) expect(m.why?.length).toBeGreaterThan(0);
  });
});
