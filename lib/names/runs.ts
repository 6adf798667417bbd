/**
 * Pass 1, capitalised runs: where a run of capitalised tokens that may be a name ends. Titles,
 * particles ("van der", "bin", "of" after a body's head), joiners ("and" in "Food and Drug
 * Administration"), possessives inside names ("People's Liberation Army") and initials ("George W.
 * Bush") stay inside.
 */
import { isOn } from '../engine/rules';
import { wordListMark, type Token } from '../text/tokens';
import {
  BODY_HEADS_BEFORE_OF,
  COLLECTIVE_POSSESSORS,
  isGivenName,
  OF_HEADS,
  ORG_HEADS,
  PLURAL_OWNED_HEADS,
  BUSINESS_HEADS,
  ROYAL_TITLES,
  TITLES,
} from '../words';
import { CALENDAR_WORD, NAME_PARTICLE, SENTENCE_WORD, possessive, spaced, type NameContext } from './context';

/** Royal titles whose possessive opens a name: "the King's Fund", "King's College London", "Queen's University". */
export const ROYAL_POSSESSOR = new Set(['king', 'queen', 'prince', 'princess']);
/** Plural and collective nouns whose possessive sits inside names ("People's Liberation Army", "Veterans' Affairs"). */
export const COLLECTIVE_POSSESSOR = COLLECTIVE_POSSESSORS;
/** Words that join a body's name when a head word is near ("Center on Poverty and Inequality"). */
const ORG_JOINER = wordListMark(new Set(['for', 'on', 'and', '&']));

/**
 * A run of capitalised tokens from i: returns the index after it, or i when none.
 * Titles, particles ("van der", "bin") and initials ("George W. Bush") stay inside.
 */
export function nameRunEnd(ctx: NameContext, i: number): number {
  // sources, roles and names all ask about the same capitalised tokens: answer each once
  const memo = ctx.runEnds;
  if (!memo || i >= memo.length) return runEndFrom(ctx, i);
  if (memo[i] < 0) memo[i] = runEndFrom(ctx, i);
  return memo[i];
}

/** Whether one of tokens[from, to) heads a body's name ("Council", "Institute"). */
function headIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (ORG_HEADS.has(tokens[k].lower) || bodyJoins(tokens[k].lower)) return true;
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
  if (!first && !joinsPrevious(ctx, j, second)) return -1;
  if (t.cap || t.acronym) {
    if (t.text.length === 1 && text[t.end] !== '.' && first) return -1; // "I", "A"
    // "Carter I think", "Suddenly I’ve heard": the pronoun after a name ends it (not "Title I,")
    if (!first && pronounI(tokens, j)) return -1;
    return j + 1;
  }
  if (first) return -1;
  const joined = joinerStep(ctx, j, head);
  return joined >= 0 ? joined : particleStep(ctx, j);
}

/** The contractions of "I": "I’ve", "I'm", "I’ll", "I'd". */
const I_CONTRACTION = /^I[’'ʼ](?:ve|m|ll|d)$/;

const ROYAL = new Set(ROYAL_TITLES);

/**
 * Whether token j is the pronoun "I": a contraction of it, or "I" before a word in lower case ("Carter I
 * think"); not a monarch's number after a given name or a royal title's name ("Pedro I became", "Queen
 * Anna I", "King Olaf I"), nor "World War I".
 */
function pronounI(tokens: Token[], j: number): boolean {
  const t = tokens[j];
  if (t.text !== 'I') return I_CONTRACTION.test(t.text);
  const next = tokens[j + 1];
  if (!next || next.cap || !next.hasLowerCase || next.num || next.start !== t.end + 1) return false;
  const prev = tokens[j - 1].lower;
  return prev !== 'war' && !isGivenName(prev) && !(j >= 2 && ROYAL.has(tokens[j - 2].lower));
}

/** Whether token j (not a run's first) may follow the token before it in a run: the gap between them. */
function joinsPrevious(ctx: NameContext, j: number, second: boolean): boolean {
  const { tokens, text } = ctx;
  const t = tokens[j];
  const prev = tokens[j - 1];
  const inner = possessiveInside(ctx, j, second);
  if ((possessive(text, prev) && !inner) || ctx.sentenceStartTok[j] === 2) return false;
  return (
    inner ||
    spaced(text, prev, t) ||
    nicknameGap(ctx, j) ||
    // "Marks & Spencer", "Smith & Co": firms' names
    (text.charCodeAt(prev.end + 1) === 38 && /^\s&\s$/.test(text.slice(prev.end, t.start)) && t.cap) ||
    (text[prev.end] === '.' &&
      prev.end - prev.start <= 4 &&
      t.start - prev.end <= 3 &&
      /^\.\s+$/.test(text.slice(prev.end, t.start)) &&
      TITLES.has(prev.lower)) ||
    (text[prev.end] === '.' &&
      prev.end - prev.start === 1 &&
      /^\.\s*$/.test(text.slice(prev.end, t.start)) &&
      !(t.marks & SENTENCE_WORD))
  );
}

/** The gaps around a nickname in quotation marks: before it (a space, the opening mark), after it (the closing mark, a space). */
const NICKNAME_OPENS = /^\s[“"]$/;
const NICKNAME_CLOSES = /^[”"]\s$/;

/**
 * name:nickname — whether token j joins the one before across a nickname's quotation marks: a given
 * name, one capitalised word in double quotation marks, then the surname ("Juan “Chico” Manriquez",
 * "George "Jay" Keyworth"): one person's name, not a given name, a quotation and a surname.
 */
function nicknameGap(ctx: NameContext, j: number): boolean {
  const { tokens, text } = ctx;
  const at = (k: number): boolean => {
    const given = tokens[k - 1];
    const nick = tokens[k];
    const surname = tokens[k + 1];
    return (
      !!given &&
      !!surname &&
      nick.cap &&
      surname.cap &&
      NICKNAME_OPENS.test(text.slice(given.end, nick.start)) &&
      NICKNAME_CLOSES.test(text.slice(nick.end, surname.start)) &&
      isGivenName(given.lower) &&
      isOn('name:nickname')
    );
  };
  const gap = text.charCodeAt(tokens[j].start - 1);
  if (gap === 0x201c || gap === 34) return at(j);
  return (
    j >= 2 && (text.charCodeAt(tokens[j - 1].end) === 0x201d || text.charCodeAt(tokens[j - 1].end) === 34) && at(j - 1)
  );
}

/**
 * Whether the possessive before token j stays inside the name:
 * a collective possessor ("People's Bank of China", "Veterans' Affairs"), a disease named for someone
 * ("Alzheimer's Disease Research Unit"), a plural's possessive ("Leeds Magistrates' Court", "Teachers'
 * Union") and a saint's or a monarch's ("St. Peter's Basilica", "St Mary's Hospital", "the King's Fund").
 */
function possessiveInside(ctx: NameContext, j: number, second: boolean): boolean {
  const { tokens, text } = ctx;
  const t = tokens[j];
  const prev = tokens[j - 1];
  const opensName = (!second && /^(?:st|saint|ste)$/.test(tokens[j - 2].lower)) || ROYAL_POSSESSOR.has(prev.lower);
  const plural = prev.cap && prev.lower.endsWith('s') && PLURAL_OWNED_HEADS.has(t.lower);
  // "Joe's Market", "Dick's Sporting Goods": an owner's possessive opening a shop's name
  if (second && prev.cap && t.cap && isOn('name:business-possessive') && businessAt(ctx, j))
    return /^[’'ʼ]s\s+$/.test(text.slice(prev.end, t.start));
  // (the gap is cut from the text only where it can matter: a copy at every step of every run was most of
  // the garbage a long run of capitals made)
  if (!(
    t.cap &&
    (COLLECTIVE_POSSESSOR.has(prev.lower) ||
      opensName ||
      ((t.lower === 'disease' || t.lower === 'syndrome') && prev.cap) ||
      plural)
  ))
    return false;
  const gap = text.slice(prev.end, t.start);
  return (
    (COLLECTIVE_POSSESSOR.has(prev.lower) ||
      opensName ||
      ((t.lower === 'disease' || t.lower === 'syndrome') && prev.cap) ||
      (plural && /^[’'ʼ]\s+$/.test(gap))) &&
    /^[’'ʼ]s?\s+$/.test(gap)
  );
}

/** Whether token j or the capitalised word right after it is a shop's head word ending the name ("Market", "Sporting Goods"). */
function businessAt(ctx: NameContext, j: number): boolean {
  const { tokens, text } = ctx;
  // (the head ends the name, or "& Grill" follows it: not "Obama's Kitchen Cabinet")
  const capAfter = (k: number) => !!tokens[k + 1] && tokens[k + 1].cap && spaced(text, tokens[k], tokens[k + 1]);
  if (BUSINESS_HEADS.has(tokens[j].lower) && !capAfter(j)) return true;
  return capAfter(j) && BUSINESS_HEADS.has(tokens[j + 1].lower) && !capAfter(j + 1);
}

/** A joiner inside a body's name: "Center on Poverty and Inequality", "Department of Health and Human Services". */
function joinerStep(ctx: NameContext, j: number, head: boolean): number {
  const { tokens, text } = ctx;
  const t = tokens[j];
  if (!(
    t.marks & ORG_JOINER &&
    j + 1 < tokens.length &&
    tokens[j + 1].cap &&
    spaced(text, tokens[j - 1], t) &&
    spaced(text, t, tokens[j + 1])
  ))
    return -1;
  // ("the Security Council on Friday": a day or month after "on" is no part of a name)
  if (tokens[j + 1].marks & CALENDAR_WORD) return -1;
  // (the head before the joiner, or among the capitalised words after it: "Food and Drug Administration")
  let hasHead = head;
  for (
    let k = j + 1;
    k < tokens.length && k <= j + 4 && !hasHead && tokens[k].cap && spaced(text, tokens[k - 1], tokens[k]);
    k++
  )
    hasHead = ORG_HEADS.has(tokens[k].lower) || bodyJoins(tokens[k].lower);
  return hasHead ? j + 1 : -1;
}

/** Particles between capitalised words: "van der", "bin", "de la", "of" after a head ("Bank of England"). */
function particleStep(ctx: NameContext, j: number): number {
  const { tokens, text } = ctx;
  const t = tokens[j];
  if (!(t.marks & NAME_PARTICLE && j + 1 < tokens.length && spaced(text, t, tokens[j + 1]))) return -1;
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
  // (head words after which "of" stays inside a name: "Bank of England", "Department of Conservation")
  if (!tokens[k].cap) return -1;
  if (t.lower !== 'of' || OF_HEADS.has(tokens[j - 1].lower)) return k;
  return bodyOf(tokens[j - 1].lower) && !FAMER.test(tokens[k].lower) ? k : -1;
  return -1;
}

/** "Economic Club of …", "Boy Scouts of …": a body's head word after which "of" stays in the name (rule name:body-of). */
function bodyOf(word: string): boolean {
  return BODY_HEADS_BEFORE_OF.has(word) && isOn('name:body-of');
}

/** A singular one of those heads, after which "and" joins too ("Inspector-General of Mines and Quarries"; not "Friends of Ann and Bo"). */
function bodyJoins(word: string): boolean {
  return !word.endsWith('s') && bodyOf(word);
}

/** "Hall of Famer": a word for a person honoured, no "Hall of Fame" named. */
const FAMER = /^famers?$/;
