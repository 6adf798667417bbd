import type { QuoteSpan } from '../engine/findings';
import type { ActorDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import { describedActor } from './after-verb';
import type { Attribution, ClaimState } from './state';

/**
 * speaker:transcript-label — a transcript's line in quotation marks opens with the speaker's surname in
 * capitals and a colon (“HOLT: Let's start with the news.”, after "Partial transcript as follows:"):
 * the words are that person's, the one of the article's people whose name ends with it (the one named
 * last before the quote where several do), or, where none does, an unnamed speaker known by it.
 * Explicit evidence, at the tier of a colon introduction. Not a label that names a body or a place, nor a
 * word that heads a note ("UPDATE:", "BREAKING:").
 */

/** A label in capitals (one to three words, two letters or more) and a colon at the start of the words. */
const LABEL = /^\s*([A-Z][A-Z’'.-]+(?: [A-Z][A-Z’'.-]+){0,2}):\s/;
/** Words in capitals before a colon that head a note, not a speaker. */
const NOT_SPEAKERS = new Set([
  'UPDATE',
  'UPDATED',
  'BREAKING',
  'NOTE',
  'EDITOR',
  'CORRECTION',
  'WATCH',
  'VIDEO',
  'PHOTO',
  'READ',
  'MORE',
  'RELATED',
  'WARNING',
  'ALERT',
  'EXCLUSIVE',
]);

export function transcriptLabel(st: ClaimState, q: QuoteSpan, quoteRule: string): Attribution | null {
  if (!isOn('speaker:transcript-label')) return null;
  const m = LABEL.exec(st.text.slice(q.start, q.start + 60));
  if (!m) return null;
  const label = m[1];
  const last = label
    .split(' ')
    .pop()!
    .replace(/[’'.]+$/, '');
  if (last.length < 2 || NOT_SPEAKERS.has(last)) return null;
  const start = q.start + m[0].indexOf(label);
  const actor = personByLabel(st, last, label, q.open);
  if (actor === undefined) return null;
  return {
    actor: actor ?? describedActor(st, titleCase(label)),
    mention: { start, end: start + label.length },
    cue: { start: start + label.length, end: start + label.length + 1 },
    how: 'colon',
    why: [quoteRule, 'speaker:transcript-label'],
  };
}

/**
 * The person whose name ends with the label's last word (named last before `before` where several
 * do); null for none; undefined where the label is the name of a body or a place.
 */
function personByLabel(st: ClaimState, last: string, label: string, before: number): ActorDraft | null | undefined {
  const want = last.toLowerCase();
  let found: ActorDraft | null = null;
  let at = -1;
  for (const a of st.set.actors) {
    if (a.name.toLowerCase() === label.toLowerCase() && a.type !== 'person') return undefined;
    if (a.type !== 'person' || a.unnamed) continue;
    const words = a.name.toLowerCase().split(/\s+/);
    if (words[words.length - 1] !== want) continue;
    const seen = a.mentions.reduce((x, mm) => (mm.start < before && mm.start > x ? mm.start : x), -1);
    if (!found || seen > at) {
      found = a;
      at = seen;
    }
  }
  return found;
}

const titleCase = (s: string) =>
  s.toLowerCase().replace(/(^|[\s’'-])(\p{L})/gu, (_, p: string, c: string) => p + c.toUpperCase());
