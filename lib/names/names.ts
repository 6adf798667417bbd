/** findNames: the name candidates and pronouns of a text, read token by token (the passes: see findNames). */
import type { NameCandidate } from '../engine/findings';
import { isOn } from '../engine/rules';
import type { Token } from '../text/tokens';
import { insideAny } from '../text/sentences';
import { SPEECH_VERBS } from '../words';
import {
  DETERMINER,
  LOWER_OPENER,
  PRONOUN,
  QUANTIFIER_SOURCE,
  TITLE_PHRASES,
  candidate,
  type NameContext,
  type NameFindings,
} from './context';
import {
  creditBefore,
  isContraction,
  LABEL_WORD,
  labelEnd,
  partyTagEnd,
  partyTagInBracket,
  trimRun,
} from './not-names';
import { nameRunEnd } from './runs';
import { joinSpelledOut } from './abbreviated';
import { datelineAfter } from './evidence';
import { matchRole, opensRole } from './roles';
import { matchSource, quantifierSource } from './sources';
import {
  abbreviationStop,
  countryPrefix,
  courtWords,
  innerTitle,
  leadingTitles,
  lowerTitleBefore,
  openingRankOrJob,
  placeTail,
  titleAcrossOf,
  type NameRun,
} from './titles';

export type { NameContext, NameFindings } from './context';

/** What the passes write to: the findings so far, and the run the name pass narrows (one per call). */
interface NameScan extends NameFindings {
  run: NameRun;
}

/**
 * The names of a text. At each token that may open one the passes are tried in this order, and the
 * first that takes the token says where to go on (a pass answers the token after what it read, or -1):
 *   labelEnd          not-names: "(Reporting by …)", "Image source, Getty Images"    (no candidate)
 *   unnamedSource     "a Downing Street spokesman", "the PM's official spokesperson"  name:unnamed-source
 *                     (it opens at a determiner or a capitalised word)
 *   role              "the Prime Minister", "the Russian leader", "the government"    name:role
 *   pronoun           "he", "they"; "it" when it speaks ("It said")                  (a pronoun)
 *   quantifierSource  "officials", "critics" when they speak                         name:unnamed-source
 *   isContraction     "We’re", "Don't" opening a sentence                             (no candidate)
 *   capitalisedName   "Emmanuel Macron", "Prime Minister Sir Keir Starmer", "NATO"   name:capitalised, name:acronym
 * (each is called only where its cheap test on the token passes: most tokens reach one or two)
 */
export function findNames(ctx: NameContext): NameFindings {
  const { tokens } = ctx;
  ctx.runEnds = new Int32Array(tokens.length).fill(-1); // fresh for these tokens
  ctx.runsOn = undefined;
  const out: NameScan = {
    names: [],
    pronouns: [],
    run: { s: 0, n: 0, end: 0, title: null, qualifier: null, verbCut: false, jobArea: false },
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // most words open nothing: lower case, and no determiner, pronoun or source word
    if (!t.cap && !t.acronym && !(t.marks & LOWER_OPENER)) {
      i++;
      continue;
    }
    let next = t.marks & LABEL_WORD ? labelEnd(ctx, i) : -1;
    if (next < 0 && (t.cap || t.acronym || t.marks & DETERMINER)) next = unnamedSource(ctx, i, out);
    if (next < 0 && opensRole(t.lower)) next = role(ctx, i, out);
    if (next < 0 && (t.marks & PRONOUN || t.lower === 'it')) next = pronoun(ctx, i, out);
    if (next < 0 && t.marks & QUANTIFIER_SOURCE) next = quantifierSource(ctx, i, out);
    if (next < 0 && isContraction(t)) next = i + 1;
    if (next < 0 && (t.cap || t.acronym)) next = capitalisedName(ctx, i, out);
    i = next < 0 ? i + 1 : next;
  }
  joinSpelledOut(ctx.text, out.names);
  return { names: out.names, pronouns: out.pronouns };
}

/** The unnamed-source pass: matchSource at token i. */
function unnamedSource(ctx: NameContext, i: number, out: NameScan): number {
  const { tokens, text } = ctx;
  const t = tokens[i];
  const source = matchSource(ctx, i);
  if (!source) return -1;
  // "Abu Obeida, the spokesman for Hamas's armed wing, said": the named person described, no
  // second speaker (the words inside are read on as usual)
  const prev = out.names[out.names.length - 1];
  if (prev && prev.kind === 'name' && t.marks & DETERMINER && /^,\s+$/.test(text.slice(prev.end, t.start)))
    return i + 1;
  out.names.push(source.cand);
  return source.next;
}

/** The role pass: matchRole at "the", "their", "its" (opensRole). */
function role(ctx: NameContext, i: number, out: NameScan): number {
  const found = matchRole(ctx, i);
  if (!found) return -1;
  out.names.push(found.cand);
  return found.next;
}

/** "It said", "it added": an organisation speaking; and the personal pronouns ("I" only in capitals). */
function pronoun(ctx: NameContext, i: number, out: NameScan): number {
  const { tokens } = ctx;
  const t = tokens[i];
  let form: string;
  if (t.lower === 'it' && i + 1 < tokens.length && SPEECH_VERBS.has(tokens[i + 1].lower)) form = 'it';
  else if (t.marks & PRONOUN && (t.lower !== 'i' || (t.text === 'I' && !initial(ctx, i)))) form = t.lower;
  else return -1;
  out.pronouns.push({ start: t.start, end: t.end, form, inQuote: insideAny(ctx.quoteRanges, t.start) });
  return i + 1;
}

/** "I. Austin": a capital letter, a full stop and a capitalised word is an initial, not "I". */
function initial(ctx: NameContext, i: number): boolean {
  const { tokens, text } = ctx;
  return text.charCodeAt(tokens[i].end) === 46 && i + 1 < tokens.length && tokens[i + 1].cap;
}

/**
 * The name pass at a capitalised token i (or an acronym) (rules name:capitalised and name:acronym): the run from i,
 * less what is no name, its titles and boundaries, as a candidate.
 */
function capitalisedName(ctx: NameContext, i: number, out: NameScan): number {
  const { tokens, text } = ctx;
  // "(R-S.D.)", ", D-N.Y.,": a US party-and-state tag, not a name
  const tagEnd = partyTagEnd(text, tokens, i);
  if (tagEnd > i) return tagEnd;
  const run = out.run;
  run.s = i;
  const town = datelineRunEnd(ctx, i);
  if (town > i) {
    // "HONG KONG 2024-03-01", "ST. LOUIS, Mo. (Reuters) -": a dateline's town, whole (its line reads as a headline)
    run.end = town;
    run.n = i;
    run.verbCut = false;
    run.jobArea = false;
    run.title = null;
    run.qualifier = null;
    out.names.push(nameCandidate(ctx, run));
    return town;
  }
  run.end = nameRunEnd(ctx, i);
  if (!trimRun(ctx, i, run)) return Math.max(i + 1, run.end);
  run.n = run.s;
  run.jobArea = false;
  run.title = null;
  run.qualifier = null;
  // (a title can only open the run where the word opens one; one inside needs a word after the title)
  if (tokens[run.n].marks & TITLE_PHRASES.first) leadingTitles(ctx, run);
  if (run.n === run.s) openingRankOrJob(ctx, run);
  if (run.n === run.s) titleAcrossOf(ctx, run);
  if (run.end - run.n > 2) countryPrefix(ctx, run, courtWords(ctx, run, innerTitle(ctx, run)), out.names);
  placeTail(ctx, run);
  const { s, end } = run;
  // lower-case title and qualifier just before: "French president Emmanuel Macron", "US special envoy Steve Witkoff"
  if (s === i && !run.title && s > 0) {
    const back = lowerTitleBefore(ctx, s);
    if (back) {
      run.title = back.title;
      run.qualifier = back.qualifier;
    }
  }
  // "(D-Mass.)": a US party-and-state tag; "(Photo: Ministry of Defence)", "(Video by David Botti)": credits;
  // "Follow Ann Lee on Twitter": a writer's line, no one in the story
  if (partyTagInBracket(text, tokens[s]) || creditBefore(text, tokens[s].start) || followLine(ctx, run)) return end;
  out.names.push(nameCandidate(ctx, run));
  return end;
}

/** "Follow Ann Lee on Twitter @annlee": a line that opens with "Follow" and a name and points to an account. */
const FOLLOW_AFTER = /^\s*(?:on\s+\p{Lu}|@|\(@)/u;
function followLine(ctx: NameContext, { s, end }: NameRun): boolean {
  const { tokens, text } = ctx;
  return (
    tokens[s].lower === 'follow' &&
    end - s >= 3 &&
    (s === 0 || text[tokens[s].start - 1] === '\n') &&
    FOLLOW_AFTER.test(text.slice(tokens[end - 1].end, tokens[end - 1].end + 8))
  );
}

/** The candidate of a narrowed run. */
function nameCandidate(ctx: NameContext, { s, n, end, title, qualifier, verbCut, jobArea }: NameRun): NameCandidate {
  const { tokens, text } = ctx;
  const single = end - s === 1;
  const lastTok = tokens[end - 1];
  return candidate(
    ctx,
    tokens[s].start,
    lastTok.end + (abbreviationStop(text, lastTok, single) || shopPossessive(ctx, s, lastTok)),
    single && tokens[s].acronym ? 'acronym' : 'name',
    {
      nameStart: tokens[n].start,
      title,
      qualifier,
      sentenceStart: ctx.sentenceStartTok[s] !== 0,
      plural: single && tokens[s].lower.endsWith('s') && !tokens[s].acronym,
      verbFirst: verbCut || undefined,
      jobArea: jobArea || undefined,
    },
  );
}

/** A possessive that ends a shop's name said alone: "’s" and a stop, a comma or a small word after it ("at Dolan’s in Westby"). */
const SHOP_POSSESSIVE = /^[’'ʼ]s(?=[.,;:)]|\s+(?:in|on|and|or|that|where|near)\b)/;

/**
 * "at Dolan’s in Westby", "sells at Brevik’s, Nordberg and …": an owner's possessive after "at" with no
 * noun after it names the shop or the eating place itself; the name keeps it (its length, or 0) (rule
 * name:business-alone).
 */
function shopPossessive(ctx: NameContext, s: number, last: Token): number {
  const { tokens, text } = ctx;
  if (s === 0 || tokens[s - 1].lower !== 'at' || !isOn('name:business-alone')) return 0;
  return SHOP_POSSESSIVE.test(text.slice(last.end, last.end + 12)) ? 2 : 0;
}

/**
 * A dateline's town in capitals opening a line ("HONG KONG 2024-03-01", "ST. LOUIS, Mo. (Reuters) -"):
 * the token after it, or -1. At most four words in capitals, each one space apart.
 */
function datelineRunEnd(ctx: NameContext, i: number): number {
  const { tokens, text } = ctx;
  const t = tokens[i];
  if ((t.start > 0 && text[t.start - 1] !== '\n') || t.hasLowerCase || !ctx.sentenceStartTok[i]) return -1;
  let j = i + 1;
  while (
    j < tokens.length &&
    j < i + 4 &&
    tokens[j].cap &&
    !tokens[j].hasLowerCase &&
    /^\.? $/.test(text.slice(tokens[j - 1].end, tokens[j].start))
  )
    j++;
  const last = tokens[j - 1];
  const end = last.end + (text[last.end] === '.' ? 1 : 0);
  return datelineAfter(text.slice(end, end + 48)) ? j : -1;
}
