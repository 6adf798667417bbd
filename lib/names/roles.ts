/**
 * Pass 5, roles (rule name:role): an office or body named by its role, "the Russian leader", "the
 * Prime Minister", "the US president", "the government", "the Gaza health ministry".
 */
import type { Range } from '../engine/findings';
import { INSTITUTION_NOUNS, ROLE_SCOPES, SENTENCE_WORDS } from '../words';
import {
  ROLE_PHRASES,
  candidate,
  matchPhrase,
  possessive,
  spaced,
  wordsOf,
  type Match,
  type NameContext,
} from './context';
import { nameRunEnd } from './runs';

/** The words that open a role: "the", "their", "its". */
export const opensRole = (lower: string): boolean => lower === 'the' || lower === 'their' || lower === 'its';

/** "the Russian leader", "the Prime Minister", "the US president", "the government" at token i ("the"). */
export function matchRole(ctx: NameContext, i: number): Match | null {
  const { tokens, text } = ctx;
  let j = i + 1;
  if (j >= tokens.length || !spaced(text, tokens[i], tokens[j])) return null;
  let qualifier: Range | null = null;
  // a qualifier: "Russian", "US", "North Korean", "Labour"
  if (tokens[j].cap && !matchPhrase(tokens, j, ROLE_PHRASES, text)) {
    const k = roleQualifierEnd(ctx, j);
    if (k >= tokens.length || possessive(text, tokens[k - 1])) return null;
    qualifier = { start: tokens[j].start, end: tokens[k - 1].end };
    j = k;
  }
  // "the regional governor", "the local mayor": a word of scope before the office
  if (
    !qualifier &&
    j + 1 < tokens.length &&
    ROLE_SCOPES.has(tokens[j].lower) &&
    spaced(text, tokens[j], tokens[j + 1]) &&
    matchPhrase(tokens, j + 1, ROLE_PHRASES, text)
  )
    j++;
  const len = matchPhrase(tokens, j, ROLE_PHRASES, text);
  if (!len) return qualifier ? qualifiedBody(ctx, i, j, qualifier) : null;
  // "the Bank of England", "the Department of Conservation": a name, not a role
  if (tokens[j].cap && nameRunEnd(ctx, j) > j + len) return null;
  // "the African Union", "the Supreme Court": capitalised institutions are names
  if (tokens[j].cap && len === 1 && INSTITUTION_NOUNS.has(tokens[j].lower)) return null;
  const last = tokens[j + len - 1];
  const after = tokens[j + len];
  // "the Prime Minister Sir Keir Starmer": a title before a name, not a role on its own
  if (after && after.cap && spaced(text, last, after) && !possessive(text, last) && !SENTENCE_WORDS.has(after.lower))
    return null;
  // "the President's spokesperson" is taken by the source rule; "the PM's" alone is the role
  const title = wordsOf(tokens, j, j + len);
  return {
    cand: candidate(ctx, tokens[i].start, last.end, 'role', { nameStart: tokens[j].start, title, qualifier }),
    next: j + len,
  };
}

/** The token after a role's capitalised qualifier of up to two words from j ("Russian", "North Korean"). */
function roleQualifierEnd(ctx: NameContext, j: number): number {
  const { tokens, text } = ctx;
  const qEnd = Math.min(j + 2, tokens.length);
  let k = j;
  while (
    k < qEnd &&
    (tokens[k].cap || tokens[k].acronym) &&
    !matchPhrase(tokens, k, ROLE_PHRASES, text) &&
    (k === j || spaced(text, tokens[k - 1], tokens[k]))
  )
    k++;
  return k;
}

/**
 * "the Russian defence ministry", "the Gaza health ministry": a qualified body with a word or two
 * saying what it does, from token j after the qualifier.
 */
function qualifiedBody(ctx: NameContext, i: number, j: number, qualifier: Range): Match | null {
  const { tokens, text } = ctx;
  let m = j;
  while (
    m < tokens.length &&
    m - j < 2 &&
    !tokens[m].cap &&
    !tokens[m].num &&
    spaced(text, tokens[m - 1], tokens[m]) &&
    !INSTITUTION_NOUNS.has(tokens[m].lower)
  )
    m++;
  if (!(
    m > j &&
    m < tokens.length &&
    !tokens[m].cap &&
    INSTITUTION_NOUNS.has(tokens[m].lower) &&
    spaced(text, tokens[m - 1], tokens[m])
  ))
    return null;
  const end = tokens[m];
  return {
    cand: candidate(ctx, tokens[i].start, end.end, 'role', { nameStart: end.start, title: end.lower, qualifier }),
    next: m + 1,
  };
}
