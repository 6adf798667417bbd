/**
 * Quoted terms ("the ‘coalition of the willing’") are found where the text writes them plainly. The
 * search no longer runs each term's regex over the whole text (quadratic on a page of thousands of
 * scare-quoted phrases); this checks it finds exactly what those regexes found, on texts made to
 * trip it: any case, ſ and the Kelvin sign (a /iu regex takes them for s and k), curly apostrophes,
 * letters of other alphabets, terms touching letters and digits, overlapping occurrences.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Entity } from '../../lib/knowledge/schema';
import type { KnowledgeIndex } from '../../lib/knowledge/index';
import { normalizeKey } from '../../lib/knowledge/normalize';
import type { Findings, NameCandidate, Range } from '../../lib/engine/findings';
import { extractFindings } from '../../lib/engine/extract';
import type { ActorDraft } from '../../lib/actors/actors';
import { addQuotedTerms } from '../../lib/claims/quoted-terms';

/** The search as it was: one regex per term over the whole text, `some` over the quotes for each hit. */
function reference(
  text: string,
  findings: Findings,
  index: KnowledgeIndex,
  actors: ActorDraft[],
  addMention: (a: ActorDraft, r: Range, c: NameCandidate | null, inQuote: boolean) => unknown,
  actorFor: (key: string, make: () => Omit<ActorDraft, 'key' | 'mentions' | 'titles'>) => ActorDraft,
  entityActor: (e: Entity) => ActorDraft,
) {
  const done = new Set<string>();
  for (const q of findings.quotes) {
    if (
      q.kind !== 'not-speech' ||
      !['quote:term-after-word', 'quote:single-term', 'quote:title-case'].includes(q.reason ?? '')
    )
      continue;
    const phrase = text.slice(q.start, q.end);
    const words = phrase.split(/\s+/);
    const key = normalizeKey(phrase);
    if (words.length < 2 || words.length > 6 || done.has(key) || /[.!?,;:]/.test(phrase)) continue;
    done.add(key);
    const re = new RegExp(
      `(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`,
      'giu',
    );
    const hits: Range[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length });
    if (hits.length < 2) continue;
    const known = index.lookupFirst(phrase);
    if (known && actors.some((a) => a.entity?.id === known.id)) continue;
    const actor = known
      ? entityActor(known)
      : actorFor(`name:${key}`, () => ({
          entity: null,
          name: phrase,
          type: 'group',
          unnamed: false,
          gender: null,
          speaksFor: null,
        }));
    for (const h of hits) {
      const inQuote = findings.quotes.some((x) => x.kind !== 'not-speech' && x.start <= h.start && h.end <= x.end);
      addMention(actor, h, null, inQuote);
    }
  }
}

/** Runs one implementation with stand-ins for the actor set; returns what it added, in order. */
function record(impl: typeof reference, text: string) {
  const findings = extractFindings(text);
  const log: string[] = [];
  const actors: ActorDraft[] = [];
  const byKey = new Map<string, ActorDraft>();
  const actorFor = (key: string, make: () => Omit<ActorDraft, 'key' | 'mentions' | 'titles'>) => {
    let a = byKey.get(key);
    if (!a) {
      a = { key, mentions: [], titles: [], ...make() };
      byKey.set(key, a);
      actors.push(a);
    }
    return a;
  };
  const index = { lookupFirst: () => undefined } as unknown as KnowledgeIndex;
  impl(
    text,
    findings,
    index,
    actors,
    (a, r, _c, inQuote) => log.push(`${a.key} ${r.start}-${r.end} ${inQuote}`),
    actorFor,
    () => {
      throw new Error('no entities here');
    },
  );
  return log;
}

// a few phrases, each written many ways: any case, ſ for s, the Kelvin sign for k, other spaces
const base = fc.constantFrom(
  'state of play',
  'king’s speech',
  'Māori seats',
  'a1 road',
  'Straße works',
  'the state',
  'so so',
);
const variant = (p: string, flips: boolean[]) =>
  [...p]
    .map((ch, i) => {
      if (!flips[i % flips.length]) return ch;
      if (ch === 's') return i % 3 ? 'S' : '\u017f';
      if (ch === 'k') return '\u212a';
      if (ch === ' ') return '\u00a0';
      return ch === ch.toLowerCase() ? ch.toUpperCase() : ch.toLowerCase();
    })
    .join('');
const phrase = fc
  .tuple(base, fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }))
  .map(([p, flips]) => variant(p, flips));
const around = fc.constantFrom(' ', ' the ', ', ', '\n', 'x', '1', 'é', ' “', '” ', ' said ', '. ');
const piece = fc.oneof(
  phrase.map((p) => ` the so-called ‘${p}’ `),
  phrase.map((p) => ` known as “${p}” `),
  phrase,
  around,
  fc.constantFrom(
    ' He said “We will go on with the coalition of the willing,” ',
    ' the ‘coalition of the willing’ met ',
    ' the so-called ‘so so’ and so so so ',
  ),
);

describe('quoted terms', () => {
  it('finds what one regex per term over the whole text found', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        expect(record(addQuotedTerms, text)).toEqual(record(reference, text));
      }),
      { numRuns: 400 },
    );
  });

  it('finds a term in any case, and where ſ and the Kelvin sign stand for s and k', () => {
    const text =
      'Meet the ‘coalition of the willing’. The Coalition Of The Willing met; the so-called ‘state of play’ and the \u017Ftate of play; a \u212Aing’s speech, the ‘king’s speech’.';
    const log = record(addQuotedTerms, text);
    expect(log).toEqual(record(reference, text));
    expect(log.filter((l) => l.startsWith('name:coalition')).length).toBe(2);
    expect(log.filter((l) => l.startsWith('name:state')).length).toBe(2);
    expect(log.filter((l) => l.startsWith('name:king')).length).toBe(2);
  });
});
