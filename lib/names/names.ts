import type { NameCandidate, Pronoun, Range } from '../engine/findings';
import { wordListMark, type Token } from '../text/tokens';
import { insideAny } from '../text/sentences';
import { isSpaceAt } from '../text/chars';
import {
  CALENDAR,
  DOCUMENTS,
  INSTITUTION_NOUNS,
  NAME_PARTICLES,
  PASSER_BY,
  SPEECH_VERBS,
  PRONOUNS,
  ROLE_NOUNS,
  SENTENCE_WORDS,
  SOURCE_ADJECTIVES,
  SOURCE_NOUNS,
  TITLES,
  WEAK_TITLES,
  MEDIA_LABELS,
  MEDIA_SOURCE,
  BODY_NAME_ENDINGS,
  COLLECTIVE_POSSESSORS,
  COURT_WORDS,
  JOB_TITLES as JOB_TITLE_WORDS,
  LOWER_TITLE_HEADS,
  NAME_DETERMINERS,
  OF_HEADS as OF_HEADS_WORDS,
  ORG_HEADS,
  PLACE_TAILS,
  PLURAL_OWNED_HEADS as PLURAL_OWNED_HEAD_WORDS,
  QUANTIFIER_SOURCES,
  RELATION_SOURCES,
  ROLE_SCOPES,
  SHOWN_VERBS,
  TIME_WORDS,
  TITLE_MODIFIERS,
} from '../words';

/** Head words after which "of" stays inside a name ("Bank of England", "Department of Conservation"). */
const OF_HEADS = OF_HEADS_WORDS;

/** Lower-case words that finish a place name ("Donetsk region", "Ninety Mile beach"). */
const PLACE_TAIL = wordListMark(PLACE_TAILS);

/** "We’re", "Don't": capitalised contractions open sentences, they are not names. */
const CONTRACTION = /[’'ʼ](?:re|ve|ll|d|m|t)$|n[’'ʼ]t$/i;

/** Picture and video credits before a name. */
const CREDIT_BEFORE = new RegExp(
  `(?:(?:photo(?:graph)?|picture|image|video|illustration|credit|footage)s?\\s*(?:by\\s*|:\\s*)|${MEDIA_SOURCE})$`,
  'i',
);
/** The token after a US party-and-state tag opening at token i ("(D-Mass.)", ", R-La.,", "D-N.Y."), or i when none. */
function partyTagEnd(text: string, tokens: Token[], i: number): number {
  const t = tokens[i];
  // (cheap test first: a hyphen after the first letter)
  const h = text.charCodeAt(t.start + 1);
  if ((h !== 45 && h !== 0x2010) || t.end - t.start > 7 || !PARTY_TAG.test(t.text)) return i;
  const before = text.slice(Math.max(0, t.start - 2), t.start);
  if (!/(?:\(|,\s)$/.test(before)) return i;
  let j = i + 1;
  while (
    j < tokens.length &&
    tokens[j].end - tokens[j].start <= 3 &&
    text.slice(tokens[j - 1].end, tokens[j].start) === '.'
  )
    j++;
  return j;
}
const PARTY_TAG = /^[DRI][-‐][A-Z][A-Za-z]{0,4}$/;
/** Royal titles whose possessive opens a name: "the King's Fund", "King's College London", "Queen's University". */
const ROYAL_POSSESSOR = new Set(['king', 'queen', 'prince', 'princess']);
/** What a plural's possessive owns inside a name: "Magistrates' Court", "Teachers' Union", "Workers' Party". */
const PLURAL_OWNED_HEADS = PLURAL_OWNED_HEAD_WORDS;
/** How a wire's closing credits open: "(Reporting by …", "(Writing by …", "(Additional reporting by …". */
const CREDIT_OPENER = new Set(['reporting', 'writing', 'editing', 'additional', 'compiled', 'corrects']);
/** The first words of labels and credits, as one mark: most tokens are ruled out by a bit. */
const LABEL_WORD = wordListMark(new Set([...MEDIA_LABELS, ...CREDIT_OPENER]));
/** CREDIT_BEFORE on the 24 characters before `pos`, read only when they end in "by" or a colon (and spaces). */
function creditBefore(text: string, pos: number): boolean {
  const from = Math.max(0, pos - 24);
  let k = pos - 1;
  while (k >= from && isSpaceAt(text, k)) k--;
  const c = text.charCodeAt(k);
  if (k < from || !(c === 58 || c === 121 || c === 89 || c === 44)) return false;
  // (a comma: only "Image source, …"; cheap test first)
  if (c === 44 && !(text.charCodeAt(k - 1) === 101 && text.charCodeAt(k - 2) === 99)) return false;
  return CREDIT_BEFORE.test(text.slice(from, pos));
}

/** Job words that, capitalised inside a run of names, end a title ("… Commissioner Andrew Colvin"). */
const JOB_TITLES = JOB_TITLE_WORDS;
/** Last words that make "<title> <word>" the name of a body, not a titled person ("Premier League"). */
const NAME_OF_BODY = wordListMark(BODY_NAME_ENDINGS);
/** Plural and collective nouns whose possessive sits inside names ("People's Liberation Army", "Veterans' Affairs"). */
const COLLECTIVE_POSSESSOR = COLLECTIVE_POSSESSORS;
/** How nationality words end ("Chinese", "Russian", "Korean", "British", "Israeli", "American", "Afghan"). */
const NATIONALITY_ENDING = /(?:ese|ian|ean|ish|i|ican|ghan)$/;

const ORG_JOINERS = new Set(['for', 'on', 'and', '&']);
/**
 * Abbreviations that end a name, whose full stop is part of the name as written ("Acme Corp.",
 * "Vance Bros.", "Tom Hale Jr."): the closed set of companies' legal forms and a son's suffix.
 */
const ABBREVIATED_ENDINGS = new Set(['corp', 'inc', 'co', 'cos', 'ltd', 'bros', 'jr', 'sr']);
/** Time words in capitals ("9:30 AM ET"). */
const TIME_WORD = wordListMark(TIME_WORDS);

/** Whether tokens a..b are all time words ("AM ET"). */
function allTimeWords(tokens: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!(tokens[k].marks & TIME_WORD)) return false;
  return true;
}

const DETERMINERS = NAME_DETERMINERS;

/** The lower-case words the steps of findNames start from (all others are passed over): their mark. */
const LOWER_OPENER = wordListMark(new Set([...DETERMINERS, ...PRONOUNS, ...QUANTIFIER_SOURCES, 'it']));

/** Marks of the word lists findNames reads at nearly every name or opener (Token.marks). */
const DETERMINER = wordListMark(DETERMINERS);
const PRONOUN = wordListMark(PRONOUNS);
const QUANTIFIER_SOURCE = wordListMark(QUANTIFIER_SOURCES);
const CALENDAR_WORD = wordListMark(CALENDAR);
const SENTENCE_WORD = wordListMark(SENTENCE_WORDS);
const SOURCE_ADJECTIVE = wordListMark(SOURCE_ADJECTIVES);
const SOURCE_NOUN = wordListMark(SOURCE_NOUNS);
const NAME_PARTICLE = wordListMark(NAME_PARTICLES);
const ORG_JOINER = wordListMark(ORG_JOINERS);

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

/** An apostrophe where a contraction's would be: "we’re" (third from the end), "don’t" (second). */
const isApostrophe = (c: number) => c === 0x2019 || c === 39 || c === 0x02bc;
const mayBeContraction = (w: string) =>
  isApostrophe(w.charCodeAt(w.length - 2)) || isApostrophe(w.charCodeAt(w.length - 3));

export interface NameContext {
  text: string;
  tokens: Token[];
  /** token index -> true when the token begins a sentence (or a quote at a sentence's start). */
  sentenceStartTok: Uint8Array;
  /** character ranges inside quotation marks, sorted */
  quoteRanges: Range[];
  /** nameRunEnd's answers by token (-1: not asked yet); findNames makes it afresh on each call. */
  runEnds?: Int32Array;
  /** runOn's answers by token and head word (-1: not asked yet); findNames makes it afresh on each call. */
  runsOn?: Int32Array;
}

/** Only spaces (or a non-breaking space) between two tokens. */
const spaced = (text: string, a: Token, b: Token): boolean => spacedBetween(text, a.end, b.start);

/** Only spaces (or a non-breaking space), at least one and at most three, from `from` to `to`. */
function spacedBetween(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 160 && c !== 0xad) return false;
  }
  return to > from;
}

/** Token followed by "’s" / "'s" or a closing apostrophe ("Starmer’s", "Americans’"). */
function possessive(text: string, t: Token): boolean {
  const c = text[t.end];
  if (c !== '’' && c !== "'" && c !== 'ʼ') return false;
  const n = text[t.end + 1];
  return n === 's' || n === 'S' ? !/[\p{L}]/u.test(text[t.end + 2] ?? ' ') : !/[\p{L}]/u.test(n ?? ' ');
}

/** A word list with the mark of its entries' first words and its entries' shorter beginnings, for matchPhrase. */
interface Phrases {
  words: Set<string>;
  first: number;
  /** "prime" and "secretary of" for "prime minister" and "secretary of state" */
  beginnings: Set<string>;
}
function phrases(words: Set<string>): Phrases {
  const beginnings = new Set<string>();
  for (const w of words) {
    const parts = w.split(' ');
    for (let k = 1; k < parts.length; k++) beginnings.add(parts.slice(0, k).join(' '));
  }
  return { words, first: wordListMark(new Set([...words].map((w) => w.split(' ')[0]))), beginnings };
}
const TITLE_PHRASES = phrases(TITLES);
const JOB_TITLE_PHRASES = phrases(JOB_TITLES);
const ROLE_PHRASES = phrases(ROLE_NOUNS);
const SOURCE_PHRASES = phrases(SOURCE_NOUNS);

/** The longest multi-word entry of the list starting at token i (up to 4 words); returns the word count. */
function matchPhrase(tokens: Token[], i: number, { words, first, beginnings }: Phrases, text: string): number {
  if (!(tokens[i].marks & first)) return 0;
  let best = 0;
  let key = '';
  for (let n = 0; n < 4 && i + n < tokens.length; n++) {
    const t = tokens[i + n];
    if (n > 0) {
      // spaces between, or a full stop and spaces ("Lt. Gen.")
      const prevEnd = tokens[i + n - 1].end;
      if (
        !spacedBetween(text, prevEnd, t.start) &&
        !(text[prevEnd] === '.' && spacedBetween(text, prevEnd + 1, t.start))
      )
        break;
    }
    key = n === 0 ? t.lower : `${key} ${t.lower}`;
    if (words.has(key)) best = n + 1;
    if (!beginnings.has(key)) break; // no longer entry starts so
  }
  return best;
}

const candidate = (
  ctx: NameContext,
  start: number,
  end: number,
  kind: NameCandidate['kind'],
  extra: Partial<NameCandidate> = {},
): NameCandidate => ({
  start,
  end,
  kind,
  nameStart: extra.nameStart ?? start,
  title: extra.title ?? null,
  qualifier: extra.qualifier ?? null,
  owner: extra.owner ?? null,
  sentenceStart: extra.sentenceStart ?? false,
  inQuote: insideAny(ctx.quoteRanges, start),
  indefinite: extra.indefinite ?? false,
  plural: extra.plural ?? false,
});

/**
 * A run of capitalised tokens from i: returns the index after it, or i when none.
 * Titles, particles ("van der", "bin") and initials ("George W. Bush") stay inside.
 */
function nameRunEnd(ctx: NameContext, i: number): number {
  // sources, roles and names all ask about the same capitalised tokens: answer each once
  const memo = ctx.runEnds;
  if (!memo || i >= memo.length) return runEndFrom(ctx, i);
  if (memo[i] < 0) memo[i] = runEndFrom(ctx, i);
  return memo[i];
}

/** Whether one of tokens[from, to) heads a body's name ("Council", "Institute"). */
function headIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEADS.has(tokens[k].lower)) return true;
  return false;
}

/**
 * The run from token i. Its first two steps depend on where it starts; every later one only on the
 * token it is at and on whether a body's head word came before it in the run (which lets "and" join:
 * "Food and Drug Administration"). So the walk on from there is remembered by that token and that
 * answer (ctx.runsOn), and runs asked about from every token of a long run of capitals ("He She They
 * …", each a pronoun the steps pass over one at a time) are read once in all, not once from each.
 */
function runEndFrom(ctx: NameContext, i: number): number {
  const { tokens } = ctx;
  let j = i;
  while (j < tokens.length && j < i + 2) {
    const next = runStep(ctx, j, j === i, j === i + 1, headIn(tokens, i, j));
    if (next < 0) return j;
    j = next;
  }
  if (j >= tokens.length) return j;
  return runOn(ctx, j, headIn(tokens, i, j));
}

/** Where a run that has come to token j (two or more tokens after its start) ends; `head`: a head word before j in it. */
function runOn(ctx: NameContext, j: number, head: boolean): number {
  const { tokens } = ctx;
  // (-1: not known yet; slot 2j without a head before, 2j + 1 with one)
  const memo = (ctx.runsOn ??= new Int32Array(2 * tokens.length).fill(-1));
  const path: number[] = [];
  let end: number;
  for (;;) {
    if (j >= tokens.length) {
      end = j;
      break;
    }
    const slot = 2 * j + (head ? 1 : 0);
    if (memo[slot] >= 0) {
      end = memo[slot];
      break;
    }
    path.push(slot);
    const next = runStep(ctx, j, false, false, head);
    if (next < 0) {
      end = j;
      break;
    }
    head = head || headIn(tokens, j, next);
    j = next;
  }
  for (const slot of path) memo[slot] = end;
  return end;
}

/**
 * One step of a run at token j: the token the run goes on to, or -1 where it ends before j.
 * `first`: j is the run's first token; `second`: its second; `head`: a head word among the run's tokens before j.
 */
function runStep(ctx: NameContext, j: number, first: boolean, second: boolean, head: boolean): number {
  const { tokens, text } = ctx;
  const t = tokens[j];
  if (!first) {
    const prev = tokens[j - 1];
    // (a collective possessor inside a name runs on: "People's Bank of China", "Veterans' Affairs")
    // (and a disease named for someone: "Alzheimer's Disease Research Unit")
    // (and a plural's possessive: "Leeds Magistrates' Court", "Teachers' Union")
    // (and a saint's or a monarch's: "St. Peter's Basilica", "St Mary's Hospital", "the King's Fund")
    const opensName = (!second && /^(?:st|saint|ste)$/.test(tokens[j - 2].lower)) || ROYAL_POSSESSOR.has(prev.lower);
    const plural = prev.cap && prev.lower.endsWith('s') && PLURAL_OWNED_HEADS.has(t.lower);
    let inner = false;
    // (the gap is cut from the text only where it can matter: a copy at every step of every run was most of
    // the garbage a long run of capitals made)
    if (
      t.cap &&
      (COLLECTIVE_POSSESSOR.has(prev.lower) ||
        opensName ||
        ((t.lower === 'disease' || t.lower === 'syndrome') && prev.cap) ||
        plural)
    ) {
      const gap = text.slice(prev.end, t.start);
      inner =
        (COLLECTIVE_POSSESSOR.has(prev.lower) ||
          opensName ||
          ((t.lower === 'disease' || t.lower === 'syndrome') && prev.cap) ||
          (plural && /^[’'ʼ]\s+$/.test(gap))) &&
        /^[’'ʼ]s?\s+$/.test(gap);
    }
    if ((possessive(text, prev) && !inner) || ctx.sentenceStartTok[j] === 2) return -1;
    const gapOk =
      inner ||
      spaced(text, prev, t) ||
      (text[prev.end] === '.' &&
        prev.end - prev.start <= 4 &&
        t.start - prev.end <= 3 &&
        /^\.\s+$/.test(text.slice(prev.end, t.start)) &&
        TITLES.has(prev.lower)) ||
      (text[prev.end] === '.' &&
        prev.end - prev.start === 1 &&
        /^\.\s*$/.test(text.slice(prev.end, t.start)) &&
        !(t.marks & SENTENCE_WORD));
    if (!gapOk) return -1;
  }
  if (t.cap || t.acronym) {
    if (t.text.length === 1 && text[t.end] !== '.' && first) return -1; // "I", "A"
    return j + 1;
  }
  // "Center on Poverty and Inequality", "Department of Health and Human Services"
  if (
    !first &&
    t.marks & ORG_JOINER &&
    j + 1 < tokens.length &&
    tokens[j + 1].cap &&
    spaced(text, tokens[j - 1], t) &&
    spaced(text, t, tokens[j + 1])
  ) {
    // (the head before the joiner, or among the capitalised words after it: "Food and Drug Administration")
    let hasHead = head;
    for (
      let k = j + 1;
      k < tokens.length && k <= j + 4 && !hasHead && tokens[k].cap && spaced(text, tokens[k - 1], tokens[k]);
      k++
    )
      hasHead = ORG_HEADS.has(tokens[k].lower);
    if (hasHead) return j + 1;
  }
  // particles between capitalised words
  if (!first && t.marks & NAME_PARTICLE && j + 1 < tokens.length && spaced(text, t, tokens[j + 1])) {
    let k = j + 1;
    if (tokens[k].lower === 'the' && t.lower === 'of' && k + 1 < tokens.length) k++;
    // "von der", "van den", "de la"
    while (
      t.lower !== 'of' &&
      k < tokens.length - 1 &&
      k - j < 3 &&
      tokens[k].marks & NAME_PARTICLE &&
      !tokens[k].cap &&
      spaced(text, tokens[k], tokens[k + 1])
    )
      k++;
    if (tokens[k].cap && (t.lower !== 'of' || OF_HEADS.has(tokens[j - 1].lower))) return k;
  }
  return -1;
}

export function findNames(ctx: NameContext): { names: NameCandidate[]; pronouns: Pronoun[] } {
  const { tokens, text } = ctx;
  ctx.runEnds = new Int32Array(tokens.length).fill(-1); // fresh for these tokens
  ctx.runsOn = undefined;
  const names: NameCandidate[] = [];
  const pronouns: Pronoun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];

    // most words open nothing below: lower case, and no determiner, pronoun or source word
    if (!t.cap && !t.acronym && !(t.marks & LOWER_OPENER)) {
      i++;
      continue;
    }

    // "(Reporting by Arsheya Bajwa in Bengaluru; Editing by Alan Barona)": the wire's credits, to the bracket's end
    if (t.marks & LABEL_WORD && CREDIT_OPENER.has(t.lower) && text[t.start - 1] === '(') {
      const close = text.indexOf(')', t.end);
      if (close > 0 && close - t.end < 240) {
        while (i < tokens.length && tokens[i].start < close) i++;
        continue;
      }
    }
    // "Image source, Getty Images", "Image caption, …": a web page's labels for a picture, not names
    if (
      t.marks & LABEL_WORD &&
      MEDIA_LABELS.has(t.lower) &&
      i + 1 < tokens.length &&
      (tokens[i + 1].lower === 'source' || tokens[i + 1].lower === 'caption') &&
      text[tokens[i + 1].end] === ','
    ) {
      i += 2;
      continue;
    }
    // "X's (official) spokesperson": the owner and the source as one phrase
    const sourceEnd = matchSource(ctx, i);
    if (sourceEnd) {
      // "Abu Obeida, the spokesman for Hamas's armed wing, said": the named person described, no
      // second speaker (the words inside are read on as usual)
      const prev = names[names.length - 1];
      if (prev && prev.kind === 'name' && t.marks & DETERMINER && /^,\s+$/.test(text.slice(prev.end, t.start))) {
        i++;
        continue;
      }
      names.push(sourceEnd.cand);
      i = sourceEnd.next;
      continue;
    }

    // "the Prime Minister", "the Russian leader", "the US president", "the government"
    if (t.lower === 'the' || t.lower === 'their' || t.lower === 'its') {
      const role = matchRole(ctx, i);
      if (role) {
        names.push(role.cand);
        i = role.next;
        continue;
      }
    }

    // "It said", "it added": an organisation speaking
    if (t.lower === 'it' && i + 1 < tokens.length && SPEECH_VERBS.has(tokens[i + 1].lower)) {
      pronouns.push({ start: t.start, end: t.end, form: 'it', inQuote: insideAny(ctx.quoteRanges, t.start) });
      i++;
      continue;
    }
    if (t.marks & PRONOUN && (t.lower !== 'i' || t.text === 'I')) {
      pronouns.push({ start: t.start, end: t.end, form: t.lower, inQuote: insideAny(ctx.quoteRanges, t.start) });
      i++;
      continue;
    }

    // "officials", "critics" as sources, when they speak ("critics say", "Officials in Kyiv said")
    // (written in capitals only where a sentence opens: "said Friends of the Earth" is a name)
    if (
      t.marks & QUANTIFIER_SOURCE &&
      (!t.cap || ctx.sentenceStartTok[i] !== 0) &&
      (t.lower !== 'people' || familiarAt(tokens, i + 1)) &&
      !insideAny(ctx.quoteRanges, t.start) &&
      (accordingToBefore(tokens, i) || speaksNext(text, tokens, i))
    ) {
      let e = i + 1;
      // "people familiar with the matter", "sources close to the minister", "allies of Rayner"
      const link = linkAt(tokens, t.lower, e);
      let close: Range | null = null; // whom they are close to: who they speak for
      if (link) {
        e += link;
        const from = e;
        while (
          e < tokens.length &&
          e - i < 7 &&
          !SPEECH_VERBS.has(tokens[e].lower) &&
          !/[,.;:“"]/.test(text.slice(tokens[e - 1].end, tokens[e].start))
        )
          e++;
        if (e > from) close = { start: tokens[from].start, end: tokens[e - 1].end };
      }
      names.push(
        candidate(ctx, t.start, tokens[e - 1].end, 'source', {
          title: t.lower,
          plural: true,
          indefinite: true,
          qualifier: close,
        }),
      );
      i = e;
      continue;
    }
    if (mayBeContraction(t.text) && CONTRACTION.test(t.text)) {
      i++;
      continue;
    }
    if (t.cap || t.acronym) {
      // "(R-S.D.)", ", D-N.Y.,": a US party-and-state tag, not a name
      const tagEnd = partyTagEnd(text, tokens, i);
      if (tagEnd > i) {
        i = tagEnd;
        continue;
      }
      let s = i;
      let end = nameRunEnd(ctx, i);
      // drop sentence-opening words that are not names ("Meanwhile Donald Trump")
      let dropping = true;
      while (s < end && dropping && !tokens[s].acronym) {
        const marks = tokens[s].marks;
        dropping =
          (marks & CALENDAR_WORD) !== 0 ||
          ((ctx.sentenceStartTok[s] !== 0 || s > i) &&
            (marks & SENTENCE_WORD) !== 0 &&
            !(s + 1 < end && COLLECTIVE_POSSESSOR.has(tokens[s].lower) && possessive(text, tokens[s])));
        if (dropping) s++;
      }
      // "on Sunday", "last Tuesday": days and months are no names
      while (end > s && tokens[end - 1].marks & CALENDAR_WORD) end--;
      if (
        end <= s ||
        (allTimeWords(tokens, s, end) && /\d\s*$/.test(text.slice(Math.max(0, tokens[s].start - 8), tokens[s].start)))
      ) {
        i = Math.max(i + 1, end);
        continue;
      }
      // titles before the name
      let n = s;
      let title: string | null = null;
      for (;;) {
        const len = matchPhrase(tokens, n, TITLE_PHRASES, text);
        if (!len || n + len >= end) break;
        const words = tokens.slice(n, n + len);
        if (words.some((w) => !w.cap)) break;
        if (
          len === 1 &&
          WEAK_TITLES.has(words[0].lower) &&
          !TITLES.has(tokens[n + 1]?.lower ?? '') &&
          !tokens[n + 1]?.cap
        )
          break;
        // "St. Peter's Basilica", "St Thomas' Hospital": a place named for a saint, not a saint
        if (len === 1 && /^(?:st|saint)$/.test(words[0].lower) && n + 2 < end && possessive(text, tokens[n + 1])) break;
        // "the King's Fund", "Queen's University": a name opened by a monarch's possessive
        if (len === 1 && ROYAL_POSSESSOR.has(words[0].lower) && possessive(text, tokens[n])) break;
        // "Premier League", "General Motors", "Justice Department": a title and one word that names a body
        if (n + len === end - 1 && tokens[end - 1].marks & NAME_OF_BODY) break;
        title = title ? `${title} ${words.map((w) => w.lower).join(' ')}` : words.map((w) => w.lower).join(' ');
        n += len;
      }
      // a title inside the run: "Australian Federal Police Commissioner Andrew Colvin", "Aerospace Writer Marcia Dunn"
      let prefixEnd = -1;
      // (whether a word that is no name's, lower case and no particle, stands at or after each token of the
      // run: read once, not again from each title tried, which was quadratic in a long run of titles)
      let unnamedFrom: Uint8Array | null = null;
      for (let p = end - 2; p > n; p--) {
        let len = Math.max(
          matchPhrase(tokens, p, JOB_TITLE_PHRASES, text),
          matchPhrase(tokens, p, TITLE_PHRASES, text),
        );
        if (!len || p + len >= end) continue;
        // the longest title ending there: "Defence Minister", not "Minister"
        for (let q = p - 1; q > n && p - q <= 3; q--) {
          if (matchPhrase(tokens, q, TITLE_PHRASES, text) === p + len - q) {
            len = p + len - q;
            p = q;
          }
        }
        // "Senate Majority Leader": the modifiers before a title belong to it
        while (
          p - 1 > n &&
          TITLE_MODIFIERS.has(tokens[p - 1].lower) &&
          tokens[p - 1].cap &&
          spaced(text, tokens[p - 2], tokens[p - 1])
        ) {
          p--;
          len++;
        }
        // the rest of the run, after the title: tokens[p + len, end)
        if (!unnamedFrom) {
          unnamedFrom = new Uint8Array(end - n + 1);
          for (let k = end - 1; k >= n; k--) {
            const w = tokens[k];
            unnamedFrom[k - n] = unnamedFrom[k - n + 1] || (!w.cap && !w.acronym && !(w.marks & NAME_PARTICLE)) ? 1 : 0;
          }
        }
        // (a name's particles may be in lower case: "Crown Prince Mohammed bin Salman")
        if (
          unnamedFrom[p + len - n] ||
          tokens.slice(p, p + len).some((w) => !w.cap && w.lower !== 'of' && w.lower !== 'and')
        )
          continue;
        if (WEAK_TITLES.has(tokens[p].lower) && len === 1 && end - (p + len) < 2) continue;
        // "Homicide and Major Enquiry Team": a body's name, no title and a person
        if (ORG_HEADS.has(tokens[end - 1].lower)) continue;
        prefixEnd = p;
        title = tokens
          .slice(p, p + len)
          .map((w) => w.lower)
          .join(' ');
        n = p + len;
        break;
      }
      // "U.S. District Judge …", "Chief Magistrate Judge …": the court's words belong to the title
      if (prefixEnd > s && title && /\b(?:judge|justice)$/.test(title)) {
        let cut = prefixEnd;
        while (cut > s && COURT_WORDS.has(tokens[cut - 1].lower)) cut--;
        if (cut < prefixEnd) {
          title = `${tokens
            .slice(cut, prefixEnd)
            .map((w) => w.lower)
            .join(' ')} ${title}`;
          prefixEnd = cut > s ? cut : -1;
        }
      }
      if (prefixEnd > s) {
        const prefix = tokens.slice(s, prefixEnd);
        // "Ukrainian Defence Minister …", "US Secretary of State …": a country word of its own (but "Chief
        // Election Commissioner …", "Deputy Foreign Minister …" are one title)
        if (
          !TITLE_MODIFIERS.has(prefix[0].lower) &&
          (prefix.length >= 2 || prefix[0].acronym || /(?:an|ian|ean|ese|ish|i)$/.test(prefix[0].lower))
        ) {
          names.push(
            candidate(ctx, prefix[0].start, prefix[prefix.length - 1].end, prefix.length === 1 ? 'acronym' : 'name', {
              sentenceStart: ctx.sentenceStartTok[s] !== 0,
            }),
          );
          s = prefixEnd;
        } else {
          title = `${prefix.map((w) => w.lower).join(' ')} ${title}`;
        }
      }
      // a trailing lower-case place word: "Donetsk region"
      // (not after a lone nationality word: "Chinese state media", "a Russian region")
      if (
        end < tokens.length &&
        tokens[end].marks & PLACE_TAIL &&
        !tokens[end - 1].acronym &&
        spaced(text, tokens[end - 1], tokens[end]) &&
        !possessive(text, tokens[end - 1]) &&
        !(end - s === 1 && NATIONALITY_ENDING.test(tokens[s].lower))
      ) {
        end++;
      }
      // lower-case title and qualifier just before: "French president Emmanuel Macron", "US special envoy Steve Witkoff"
      let qualifier: Range | null = null;
      if (s === i && !title && s > 0) {
        const back = lowerTitleBefore(ctx, s);
        if (back) {
          title = back.title;
          qualifier = back.qualifier;
        }
      }
      // "(D-Mass.)": a US party-and-state tag, not a name
      if (text[tokens[s].start - 1] === '(' && /^[DRI][-‐]\p{Lu}/u.test(tokens[s].text)) {
        i = end;
        continue;
      }
      // "(Photo: Ministry of Defence)", "(Video by David Botti)": credits, not actors of the article
      if (creditBefore(text, tokens[s].start)) {
        i = end;
        continue;
      }
      const single = end - s === 1;
      const kind = single && tokens[s].acronym ? 'acronym' : 'name';
      // "Acme Corp.": the abbreviation's full stop stays with it (not after a lone word: "Co." alone is no name)
      const lastTok = tokens[end - 1];
      const stop = !single && text.charCodeAt(lastTok.end) === 46 && ABBREVIATED_ENDINGS.has(lastTok.lower) ? 1 : 0;
      names.push(
        candidate(ctx, tokens[s].start, lastTok.end + stop, kind, {
          nameStart: tokens[n].start,
          title,
          qualifier,
          sentenceStart: ctx.sentenceStartTok[s] !== 0,
          plural: single && tokens[s].lower.endsWith('s') && !tokens[s].acronym,
        }),
      );
      i = end;
      continue;
    }

    i++;
  }
  return { names, pronouns };
}

/** A speech verb within a few words ("officials in Kyiv said", "critics of the plan say"). */
function speaksNext(text: string, tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= 6; k++) {
    if (/[.,;:!?“”"]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return false;
    if (SPEECH_VERBS.has(tokens[k].lower)) return true;
  }
  return false;
}

/** "the Russian leader", "the Prime Minister", "the US president", "the government" at token i ("the"). */
function matchRole(ctx: NameContext, i: number): { cand: NameCandidate; next: number } | null {
  const { tokens, text } = ctx;
  let j = i + 1;
  if (j >= tokens.length || !spaced(text, tokens[i], tokens[j])) return null;
  let qualifier: Range | null = null;
  // a qualifier: "Russian", "US", "North Korean", "Labour"
  if (tokens[j].cap && !matchPhrase(tokens, j, ROLE_PHRASES, text)) {
    const qEnd = Math.min(j + 2, tokens.length);
    let k = j;
    while (
      k < qEnd &&
      (tokens[k].cap || tokens[k].acronym) &&
      !matchPhrase(tokens, k, ROLE_PHRASES, text) &&
      (k === j || spaced(text, tokens[k - 1], tokens[k]))
    )
      k++;
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
  // "the Russian defence ministry", "the Gaza health ministry": a qualified body with a word or two
  // saying what it does
  if (!len && qualifier) {
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
    if (
      m > j &&
      m < tokens.length &&
      !tokens[m].cap &&
      INSTITUTION_NOUNS.has(tokens[m].lower) &&
      spaced(text, tokens[m - 1], tokens[m])
    ) {
      const end = tokens[m];
      return {
        cand: candidate(ctx, tokens[i].start, end.end, 'role', { nameStart: end.start, title: end.lower, qualifier }),
        next: m + 1,
      };
    }
  }
  if (!len) return null;
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
  const title = tokens
    .slice(j, j + len)
    .map((t) => t.lower)
    .join(' ');
  return {
    cand: candidate(ctx, tokens[i].start, last.end, 'role', { nameStart: tokens[j].start, title, qualifier }),
    next: j + len,
  };
}

/** Participles that show a document rather than make it speak: "a statement posted on X", "a report published in May". */
const SHOWN = SHOWN_VERBS;
/** Lower-case job words that make a title before a name on their own ("oil boss Ivan Petrov"): their mark. */
const LOWER_TITLE_HEAD = wordListMark(LOWER_TITLE_HEADS);
/** The mark of the last words of the titles and role nouns: a lower-case title before a name ends in one. */
const TITLE_ENDING = wordListMark(new Set([...TITLES, ...ROLE_NOUNS].map((w) => w.slice(w.lastIndexOf(' ') + 1))));

/** "French president" / "US special envoy" before a capitalised name at token s. */
function lowerTitleBefore(ctx: NameContext, s: number): { title: string; qualifier: Range | null } | null {
  const { tokens, text } = ctx;
  // the title's last word is the token just before the name: lower case, a space away
  const last = tokens[s - 1];
  if (!last || last.cap || !spaced(text, last, tokens[s])) return null;
  const head = (last.marks & LOWER_TITLE_HEAD) !== 0;
  if (!head && !(last.marks & TITLE_ENDING)) return null; // no title or role noun ends in this word
  for (let len = 2; len >= 1; len--) {
    const k = s - len;
    if (k < 0 || tokens[k].cap) continue;
    const phrase = len === 2 ? `${tokens[k].lower} ${last.lower}` : last.lower;
    if (!head && !TITLES.has(phrase) && !ROLE_NOUNS.has(phrase)) continue;
    if (INSTITUTION_NOUNS.has(last.lower)) return null; // "the weather agency Aemet": a body's name, no person's title
    const q = tokens[k - 1];
    const qualifier = q && (q.cap || q.acronym) && spaced(text, q, tokens[k]) ? { start: q.start, end: q.end } : null;
    return { title: phrase, qualifier };
  }
  return null;
}

/**
 * Unnamed sources: "a Downing Street spokesman", "the spokesman", "a spokesperson for the company",
 * "Prime Minister Sir Keir Starmer’s official spokesperson", "the Prime Minister’s official spokesperson".
 */
function matchSource(ctx: NameContext, i: number): { cand: NameCandidate; next: number } | null {
  const { tokens, text } = ctx;
  const t = tokens[i];
  let j = i;
  let owner: Range | null = null;
  let indefinite = false;
  let qualifier: Range | null = null;
  const determined = (t.marks & DETERMINER) !== 0;
  if (determined) {
    indefinite = t.lower === 'a' || t.lower === 'an' || t.lower === 'one' || t.lower === 'another';
    j = i + 1;
  }
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
      if (k >= tokens.length || !spaced(text, tokens[k - 1], tokens[k])) return null;
      qualifier = { start: tokens[runStart].start, end: tokens[k - 1].end };
      j = k;
    }
  } else if (k < tokens.length && !determined) {
    return null;
  } else if (k < tokens.length && t.lower === 'the') {
    // "the prime minister's official spokesman": a title in lower case as the owner
    const len = matchPhrase(tokens, k, TITLE_PHRASES, text);
    if (len && possessive(text, tokens[k + len - 1])) {
      owner = { start: t.start, end: tokens[k + len - 1].end };
      j = k + len;
    }
  }
  if (j === i && !owner) return null;
  // adjectives, then the source noun ("a senior Ukrainian official": a country word among them qualifies it)
  let m = j;
  while (m < tokens.length && m - j < 4) {
    const w = tokens[m];
    if (m > j && !spaced(text, tokens[m - 1], w)) return null;
    if (!owner && !qualifier && (w.cap || w.acronym) && m > j && determined) {
      const e = nameRunEnd(ctx, m);
      if (e > m && e - m <= 3 && !possessive(text, tokens[e - 1])) {
        qualifier = { start: w.start, end: tokens[e - 1].end };
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
  const len = m < tokens.length ? matchPhrase(tokens, m, SOURCE_PHRASES, text) : 0;
  if (!len) return null;
  if (!owner && !qualifier && !determined) return null;
  // "White House press secretary Karine Jean-Pierre": a title before a name, not an unnamed source
  const nextTok = tokens[m + len];
  if (nextTok && nextTok.cap && spaced(text, tokens[m + len - 1], nextTok)) return null;
  // "a spokesman" alone, "the spokesman", "an official" are sources; "an official visit" is not
  const headEnd = m + len;
  const head = tokens
    .slice(m, headEnd)
    .map((x) => x.lower)
    .join(' ');
  // "Trump's lawyer", "the Starmer campaign": these heads need someone they belong to
  if (/^(?:office|team|campaign|lawyers?|attorneys?)$/.test(head) && !owner && !qualifier) return null;
  // "one resident said": ordinary people are sources only when they speak
  if (
    PASSER_BY.has(head) &&
    !(indefinite && (speaksNext(text, tokens, headEnd - 1) || (i > 0 && SPEECH_VERBS.has(tokens[i - 1].lower))))
  )
    return null;
  // "the report said", "according to the study": a document is a source only where it speaks
  // ("a report by X" further on: its author, in the qualifier below)
  const document = DOCUMENTS.has(head);
  // ("a statement posted on Telegram": the document is only shown, unless a verb of saying follows)
  const shown = headEnd < tokens.length && SHOWN.has(tokens[headEnd].lower) && !speaksNext(text, tokens, headEnd);
  if (document && !accordingToBefore(tokens, i) && (shown || !speaksNext(text, tokens, headEnd - 1))) return null;
  if (
    (head === 'official' || head === 'source' || head === 'representative' || head === 'person') &&
    headEnd < tokens.length &&
    !tokens[headEnd].cap &&
    spaced(text, tokens[headEnd - 1], tokens[headEnd]) &&
    !['said', 'says', 'told', 'added', 'for', 'at', 'from', 'who', 'with', 'familiar', 'close'].includes(
      tokens[headEnd].lower,
    ) &&
    !/^[,.;:]/.test(text.slice(tokens[headEnd - 1].end))
  )
    return null;
  let end = headEnd;
  // "a person familiar with the matter", "sources close to the minister", "a friend of the couple": part of who they are
  const close = linkAt(tokens, head, end);
  if (close) {
    let e = end + close;
    while (
      e < tokens.length &&
      e - end < 6 &&
      !SPEECH_VERBS.has(tokens[e].lower) &&
      !/[,.;:“"]/.test(text.slice(tokens[e - 1].end, tokens[e].start))
    )
      e++;
    if (e > end + close) {
      if (!owner && !qualifier) qualifier = { start: tokens[end + close].start, end: tokens[e - 1].end }; // whom they are close to
      end = e;
    }
  }
  // "a spokesperson for the Department of Conservation"; "a statement from the Kremlin", "a report by Oxfam"
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
        qualifier = { start: tokens[end + 1].start, end: tokens[e - 1].end };
        end = e;
      }
    }
  }
  const startTok = owner ? (t.lower === 'the' ? i : runStart) : i;
  return {
    cand: candidate(ctx, tokens[startTok].start, tokens[end - 1].end, 'source', {
      nameStart: tokens[m].start,
      title: head,
      owner,
      qualifier,
      indefinite,
      plural: /s$/.test(head) && head !== 'press',
    }),
    next: end,
  };
}
