/**
 * Pass: candidate mentions. Decides which of the name finder's candidates the actor passes read: those
 * outside page furniture whose name rule is on, plus known lower-case names ("coalition of the
 * willing") where no candidate is. Reads the text, findings and index; writes nothing to the context.
 */
import type { NameCandidate, Range } from '../engine/findings';
import { boilerplate, findKnownPhrases } from '../claims/context';
import { insideAny } from '../text/sentences';
import { speechQuotes } from '../claims/quoted-terms';
import { isOn } from '../engine/rules';
import type { ActorPassContext } from './context';
import { overlapsAny } from './search';
import { NAME_RULE } from './types';

export interface Candidates {
  /** All candidates, in text order. */
  cands: NameCandidate[];
  /** The candidates made for known phrases (rule name:known-phrase). */
  knownCands: Set<NameCandidate>;
}

export function collectCandidates(ctx: ActorPassContext): Candidates {
  const { text, findings, index } = ctx;
  // (names in page furniture the reader let through are left out)
  const furniture = boilerplate(text, findings.paragraphs);
  const cands = findings.names.filter(
    (c) =>
      c.end > c.start &&
      c.end <= text.length &&
      !(furniture.length && insideAny(furniture, c.start)) &&
      isOn(NAME_RULE[c.kind]),
  );
  const known = isOn('name:known-phrase') ? findKnownPhrases(text, index) : [];
  const knownCands = new Set<NameCandidate>();
  let inSpeech: ((r: Range) => boolean) | null = null;
  if (known.length) {
    const taken = cands.map((c) => ({ start: c.start, end: c.end }));
    for (const r of known) {
      if (overlapsAny(taken, r)) continue;
      const c: NameCandidate = {
        start: r.start,
        end: r.end,
        kind: 'name',
        nameStart: r.start,
        title: null,
        qualifier: null,
        owner: null,
        sentenceStart: false,
        inQuote: (inSpeech ??= speechQuotes(findings))(r),
        indefinite: false,
        plural: false,
      };
      cands.push(c);
      knownCands.add(c);
    }
    cands.sort((a, b) => a.start - b.start);
  }
  return { cands, knownCands };
}
