/**
 * Pass 4, unnamed sources (rule name:unnamed-source): "a Downing Street spokesman", "the spokesman",
 * "a spokesperson for the company", "the Prime Minister’s official spokesperson", "a senior Ukrainian
 * official", "a person familiar with the matter"; and "officials", "critics" when they speak.
 */
import type { Range } from '../engine/findings';
import type { Token } from '../text/tokens';
import { insideAny } from '../text/sentences';
import {
  DOCUMENTS,
  PASSER_BY,
  RELATION_SOURCES,
  SENTENCE_ADVERBS,
  SHOWN_VERBS,
  SOURCE_HEAD_FOLLOWERS,
  SPEECH_VERBS,
} from '../words';
import {
  DETERMINER,
  QUANTIFIER_SOURCE,
  SOURCE_ADJECTIVE,
  SOURCE_NOUN,
  SOURCE_PHRASES,
  TITLE_PHRASES,
  candidate,
  matchPhrase,
  possessive,
  spaced,
  wordsOf,
  type Match,
  type NameContext,
  type NameFindings,
} from './context';
import { nameRunEnd } from './runs';

/** "people familiar with the matter", "sources close to the minister", "officials briefed on …". */
const FAMILIAR = new Set(['familiar', 'close', 'briefed']);
const FAMILIAR_LINKS = new Set(['with', 'to', 'on']);
const familiarAt = (tokens: Token[], i: number) =>
  i + 1 < tokens.length && FAMILIAR.has(tokens[i].lower) && FAMILIAR_LINKS.has(tokens[i + 1].lower);
/** How many tokens from i say who a source is close to ("close to the minister", "of Rayner" after "allies"): 0 when none. */
function linkAt(tokens: Token[], head: string, i: number): number {
  if (familiarAt(tokens, i)) return 2;
  return RELATION_SOURCES.has(head) && i < tokens.length && (tokens[i].lower === 'of' || tokens[i].lower === 'to')
    ? 1
    : 0;
}

/** "according to X" or "according to the X" before token i. */
const accordingToBefore = (tokens: Token[], i: number) =>
  i >= 2 &&
  ((tokens[i - 2].lower === 'according' && tokens[i - 1].lower === 'to') ||
    (i >= 3 && tokens[i - 3].lower === 'according' && tokens[i - 2].lower === 'to'));

/** A speech verb within a few words ("officials in Kyiv said", "critics of the plan say"). */
function speaksNext(text: string, tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
    if (/[.,;:!?“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (SPEECH_VERBS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** Where whom a source is close to ends, from `from` (at most `limit` tokens after `i`): before a speech verb or a stop. */
function closeToEnd(ctx: NameContext, from: number, i: number, limit: number): number {
  const { tokens, text } = ctx;
  let e = from;
  while (
    e < tokens.length &&
    e - i < limit &&
    !SPEECH_VERBS.has(tokens[e].lower) &&
    !/[,.;:“"]/.test(text.slice(tokens[e - 1].end, tokens[e].start))
  )
    e++;
  return e;
}

/**
 * "officials", "critics" as sources at token i, when they speak ("critics say", "Officials in Kyiv said"):
 * written in capitals only where a sentence opens ("said Friends of the Earth" is a name). The token
 * after, or -1.
 */
export function quantifierSource(ctx: NameContext, i: number, out: NameFindings): number {
  const { tokens, text } = ctx;
  const t = tokens[i];
  if (!(
    t.marks & QUANTIFIER_SOURCE &&
    (!t.cap || ctx.sentenceStartTok[i] !== 0) &&
    (t.lower !== 'people' || familiarAt(tokens, i + 1)) &&
    !insideAny(ctx.quoteRanges, t.start) &&
    (accordingToBefore(tokens, i) || speaksNext(text, tokens, i))
  ))
    return -1;
  let e = i + 1;
  // "people familiar with the matter", "sources close to the minister", "allies of Rayner"
  const link = linkAt(tokens, t.lower, e);
  let close: Range | null = null; // whom they are close to: who they speak for
  if (link) {
    e += link;
    const from = e;
    e = closeToEnd(ctx, from, i, 7);
    if (e > from) close = { start: tokens[from].start, end: tokens[e - 1].end };
  }
  out.names.push(
    candidate(ctx, t.start, tokens[e - 1].end, 'source', {
      title: t.lower,
      plural: true,
      indefinite: true,
      qualifier: close,
    }),
  );
  return e;
}

/** A source phrase as matchSource reads it (one, reused: matchSource makes nothing for the tokens it turns down). */
interface SourceParts {
  /** the phrase's first token */
  i: number;
  /** the token after the determiner and the owner or qualifier */
  j: number;
  /** the first token after the determiner */
  runStart: number;
  /** the source noun's first token */
  m: number;
  /** the token after the source noun */
  headEnd: number;
  owner: Range | null;
  qualifier: Range | null;
  determined: boolean;
  indefinite: boolean;
}
const parts: SourceParts = {
  i: 0,
  j: 0,
  runStart: 0,
  m: 0,
  headEnd: 0,
  owner: null,
  qualifier: null,
  determined: false,
  indefinite: false,
};

/**
 * Unnamed sources: "a Downing Street spokesman", "the spokesman", "a spokesperson for the company",
 * "Prime Minister Sir Keir Starmer’s official spokesperson", "the Prime Minister’s official spokesperson".
 */
export function matchSource(ctx: NameContext, i: number): Match | null {
  const { tokens, text } = ctx;
  const p = parts;
  if (!sourceOwner(ctx, i, p)) return null;
  const len = sourceNoun(ctx, p);
  if (!len) return null;
  if (!p.owner && !p.qualifier && !p.determined) return null;
  const { m, owner, indefinite } = p;
  // "White House press secretary Karine Jean-Pierre": a title before a name, not an unnamed source
  const nextTok = tokens[m + len];
  if (nextTok && nextTok.cap && spaced(text, tokens[m + len - 1], nextTok)) return null;
  // "a spokesman" alone, "the spokesman", "an official" are sources; "an official visit" is not
  p.headEnd = m + len;
  const head = wordsOf(tokens, m, p.headEnd);
  for (const rule of NOT_SOURCES) if (rule.test(ctx, p, head)) return null;
  const end = sourceLinks(ctx, p, head);
  const t = tokens[i];
  const startTok = owner ? (t.lower === 'the' ? i : p.runStart) : i;
  return {
    cand: candidate(ctx, tokens[startTok].start, tokens[end - 1].end, 'source', {
      nameStart: tokens[m].start,
      title: head,
      owner,
      qualifier: p.qualifier,
      indefinite,
      plural: /s$/.test(head) && head !== 'press',
    }),
    next: end,
  };
}

/** The determiner and the owner ("X's", "the prime minister's") or capitalised qualifier before a source noun; false when none can open one. */
function sourceOwner(ctx: NameContext, i: number, p: SourceParts): boolean {
  const { tokens, text } = ctx;
  const t = tokens[i];
  let j = i;
  let owner: Range | null = null;
  let qualifier: Range | null = null;
  const determined = (t.marks & DETERMINER) !== 0;
  if (determined) j = i + 1;
  // owner: a capitalised run or "the <role>" followed by ’s
  const runStart = j;
  let k = j;
  if (k < tokens.length && (tokens[k].cap || tokens[k].acronym)) {
    k = nameRunEnd(ctx, k);
    if (k > runStart && possessive(text, tokens[k - 1])) {
      owner = { start: (t.lower === 'the' ? t : tokens[runStart]).start, end: tokens[k - 1].end };
      j = k;
    } else if (k > runStart) {
      // "a Downing Street spokesman": capitalised words as a qualifier, with nothing but a space after them
      if (k >= tokens.length || !spaced(text, tokens[k - 1], tokens[k])) return false;
      // (not a word that opens the sentence before its subject: "But aides said …")
      if (k - runStart === 1 && SENTENCE_ADVERBS.has(tokens[runStart].lower)) return false;
      qualifier = { start: tokens[runStart].start, end: tokens[k - 1].end };
      j = k;
    }
  } else if (k < tokens.length && !determined) {
    return false;
  } else if (k < tokens.length && t.lower === 'the') {
    // "the prime minister's official spokesman": a title in lower case as the owner
    const len = matchPhrase(tokens, k, TITLE_PHRASES, text);
    if (len && possessive(text, tokens[k + len - 1])) {
      owner = { start: t.start, end: tokens[k + len - 1].end };
      j = k + len;
    }
  }
  if (j === i && !owner) return false;
  p.i = i;
  p.j = j;
  p.runStart = runStart;
  p.owner = owner;
  p.qualifier = qualifier;
  p.determined = determined;
  p.indefinite = determined && (t.lower === 'a' || t.lower === 'an' || t.lower === 'one' || t.lower === 'another');
  return true;
}

/**
 * Adjectives, then the source noun ("a senior Ukrainian official": a country word among them qualifies
 * it). Sets p.m; returns the source noun's length in words, 0 when none.
 */
function sourceNoun(ctx: NameContext, p: SourceParts): number {
  const { tokens, text } = ctx;
  const { j } = p;
  let m = j;
  while (m < tokens.length && m - j < 4) {
    const w = tokens[m];
    if (m > j && !spaced(text, tokens[m - 1], w)) return 0;
    if (!p.owner && !p.qualifier && (w.cap || w.acronym) && m > j && p.determined) {
      const e = nameRunEnd(ctx, m);
      if (e > m && e - m <= 3 && !possessive(text, tokens[e - 1])) {
        p.qualifier = { start: w.start, end: tokens[e - 1].end };
        m = e;
        continue;
      }
    }
    if (!(
      w.marks & SOURCE_ADJECTIVE &&
      (!(w.marks & SOURCE_NOUN) || (m + 1 < tokens.length && tokens[m + 1].marks & SOURCE_NOUN))
    ))
      break;
    m++;
  }
  p.m = m;
  return m < tokens.length ? matchPhrase(tokens, m, SOURCE_PHRASES, text) : 0;
}

/** Participles that show a document rather than make it speak: "a statement posted on X", "a report published in May". */
const SHOWN = SHOWN_VERBS;
/** The heads that need someone they belong to: "Trump's lawyer", "the Starmer campaign". */
const OWNED_HEAD = /^(?:office|team|campaign|lawyers?|attorneys?)$/;
/** The heads that are sources only before these words (or a stop): "an official said", not "an official visit". */
const BARE_HEADS = new Set(['official', 'source', 'representative', 'person']);

/** Why a source phrase is turned down, one row a reason, tried in order: `test` true means no source. */
const NOT_SOURCES: readonly { id: string; test: (ctx: NameContext, p: SourceParts, head: string) => boolean }[] = [
  // "Trump's lawyer", "the Starmer campaign": these heads need someone they belong to
  { id: 'owned-head-alone', test: (_ctx, p, head) => OWNED_HEAD.test(head) && !p.owner && !p.qualifier },
  // "one resident said": ordinary people are sources only when they speak, or are close to someone
  // ("a person familiar with the talks, who …, said")
  {
    id: 'passer-by-silent',
    test: ({ text, tokens }, p, head) =>
      PASSER_BY.has(head) &&
      !familiarAt(tokens, p.headEnd) &&
      !(
        p.indefinite &&
        (speaksNext(text, tokens, p.headEnd - 1) || (p.i > 0 && SPEECH_VERBS.has(tokens[p.i - 1].lower)))
      ),
  },
  // "the report said", "according to the study": a document is a source only where it speaks
  // ("a report by X" further on: its author, in the qualifier of sourceLinks)
  // ("a statement posted on Telegram": the document is only shown, unless a verb of saying follows)
  {
    id: 'document-silent',
    test: ({ text, tokens }, { i, headEnd }, head) =>
      DOCUMENTS.has(head) &&
      !accordingToBefore(tokens, i) &&
      ((headEnd < tokens.length && SHOWN.has(tokens[headEnd].lower) && !speaksNext(text, tokens, headEnd)) ||
        !speaksNext(text, tokens, headEnd - 1)),
  },
  // "an official visit", "a source of income": these heads before other words are no sources
  {
    id: 'bare-head-modifies',
    test: ({ text, tokens }, { headEnd }, head) =>
      BARE_HEADS.has(head) &&
      headEnd < tokens.length &&
      !tokens[headEnd].cap &&
      spaced(text, tokens[headEnd - 1], tokens[headEnd]) &&
      !SOURCE_HEAD_FOLLOWERS.has(tokens[headEnd].lower) &&
      !/^[,.;:]/.test(text.slice(tokens[headEnd - 1].end)),
  },
];

/**
 * Who a source is close to and whom it is for: "a person familiar with the matter", "sources close to
 * the minister", "a friend of the couple", "a spokesperson for the Department of Conservation", "a
 * statement from the Kremlin", "a report by Oxfam". Sets p.qualifier; returns the phrase's end.
 */
function sourceLinks(ctx: NameContext, p: SourceParts, head: string): number {
  const { tokens, text } = ctx;
  let end = p.headEnd;
  const close = linkAt(tokens, head, end);
  if (close) {
    const e = closeToEnd(ctx, end + close, end, 6);
    if (e > end + close) {
      // whom they are close to
      if (!p.owner && !p.qualifier) p.qualifier = { start: tokens[end + close].start, end: tokens[e - 1].end };
      end = e;
    }
  }
  const document = DOCUMENTS.has(head);
  const link = end + 1 < tokens.length ? tokens[end].lower : '';
  if (
    (link === 'for' || link === 'at' || (document && (link === 'by' || link === 'from' || link === 'of'))) &&
    spaced(text, tokens[end - 1], tokens[end])
  ) {
    let q = end + 1;
    if (tokens[q].lower === 'the' && q + 1 < tokens.length) q++;
    if (tokens[q].cap) {
      const e = nameRunEnd(ctx, q);
      if (e > q) {
        p.qualifier = { start: tokens[end + 1].start, end: tokens[e - 1].end };
        end = e;
      }
    }
  }
  return end;
}
