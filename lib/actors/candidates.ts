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
import type { KnowledgeIndex } from '../knowledge/index';
import { overlapsAny } from './search';
import { NAME_RULE } from './types';
import { PLACE_COMPOUND_SUFFIXES } from '../words';
import { knownNameCandidate, withFigureNames } from './figure-names';

export interface Candidates {
  /** All candidates, in text order. */
  cands: NameCandidate[];
  /** The candidates made for known names, by the rule that made them (name:known-phrase, -joined, -figures). */
  knownCands: Map<NameCandidate, string>;
}

export function collectCandidates(ctx: ActorPassContext): Candidates {
  const { text, findings, index } = ctx;
  // (names in page furniture the reader let through are left out)
  const furniture = boilerplate(text, findings.paragraphs);
  let cands = findings.names.filter(
    (c) =>
      c.end > c.start &&
      c.end <= text.length &&
      !(furniture.length && insideAny(furniture, c.start)) &&
      isOn(NAME_RULE[c.kind]) &&
      !inCompound(text, c),
  );
  const knownCands = new Map<NameCandidate, string>();
  if (isOn('name:known-joined')) cands = joinKnownNames(text, cands, index, knownCands);
  const known = isOn('name:known-phrase') ? findKnownPhrases(text, index) : [];
  let inSpeech: ((r: Range) => boolean) | null = null;
  if (known.length) {
    const taken = cands.map((c) => ({ start: c.start, end: c.end }));
    for (const r of known) {
      if (overlapsAny(taken, r)) continue;
      const c = knownNameCandidate(r, (inSpeech ??= speechQuotes(findings))(r));
      cands.push(c);
      knownCands.set(c, 'name:known-phrase');
    }
    cands.sort((a, b) => a.start - b.start);
  }
  if (isOn('name:known-figures'))
    cands = withFigureNames(text, cands, index, knownCands, {
      inQuote: (r) => (inSpeech ??= speechQuotes(findings))(r),
      describing: (r) => inCompound(text, r),
    });
  return { cands, knownCands };
}

/** The small words inside a known name that the name finder stops at: "Club for Growth", "Face the Nation". */
const INNER_GAP = /^ (?:for|the|and|of the|for the|on the|in the|to the) $/;

/**
 * "Club" + "Growth" where the text writes "Club for Growth": two candidates with small words between
 * them that together are a known name's own spelling become one candidate (rule name:known-joined).
 */
function joinKnownNames(
  text: string,
  cands: NameCandidate[],
  index: KnowledgeIndex,
  joined: Map<NameCandidate, string>,
): NameCandidate[] {
  const out: NameCandidate[] = [];
  for (let i = 0; i < cands.length; i++) {
    const a = cands[i];
    const b = cands[i + 1];
    // (a gap of a few characters only: " for ", " for the ")
    if (b && a.kind === 'name' && b.kind === 'name' && !b.title && b.start - a.end <= 9) {
      const whole = INNER_GAP.test(text.slice(a.end, b.start)) ? text.slice(a.nameStart, b.end) : '';
      const e = whole ? index.lookupFirst(whole) : undefined;
      if (e && (e.name === whole || e.aliases.includes(whole))) {
        const c: NameCandidate = { ...a, end: b.end };
        out.push(c);
        joined.set(c, 'name:known-joined');
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

const isHyphen = (c: number) => c === 45 || c === 0x2010;
/** The lower-case word from `at` (letters only). */
const LOWER_WORD = /^\p{Ll}+/u;

/**
 * "a Moscow-based group", "the Dublin-born director", "a Paris-bound flight": a name joined by a hyphen
 * to a word of where (PLACE_COMPOUND_SUFFIXES) is part of a describing word, no mention of the actor
 * ("US-backed", "Hamas-run" stay mentions: the actor does the deed).
 */
export function inCompound(text: string, c: { start: number; end: number }): boolean {
  // ("Mo.-based": the abbreviation's full stop before the hyphen)
  const at = text.charCodeAt(c.end) === 46 ? c.end + 1 : c.end;
  if (!isHyphen(text.charCodeAt(at))) return false;
  const m = LOWER_WORD.exec(text.slice(at + 1, at + 16));
  return !!m && PLACE_COMPOUND_SUFFIXES.has(m[0]);
}
