/**
 * findNames: the name candidates and pronouns of a text, read token by token. At each token that may
 * open one, the passes below are tried in order (rows: an id, the rule of lib/engine/rules.ts the
 * candidates it makes are kinds of, and the pass); the first that takes the token says where to go on.
 *   not-names (wire credits, picture labels) → unnamed sources → roles → pronouns → sources that
 *   speak → contractions → capitalised names (runs → not-names → titles and boundaries → candidate)
 */
import type { NameCandidate } from '../engine/findings';
import { insideAny } from '../text/sentences';
import { SPEECH_VERBS } from '../words';
import { DETERMINER, LOWER_OPENER, PRONOUN, candidate, type NameContext, type NameFindings } from './context';
import {
  creditBefore,
  isContraction,
  mediaLabelEnd,
  partyTagEnd,
  partyTagInBracket,
  trimRun,
  wireCreditsEnd,
} from './not-names';
import { nameRunEnd } from './runs';
import { matchRole, opensRole } from './roles';
import { matchSource, quantifierSource } from './sources';
import {
  abbreviationStop,
  countryPrefix,
  courtWords,
  innerTitle,
  leadingTitles,
  lowerTitleBefore,
  placeTail,
  type NameRun,
} from './titles';

export type { NameContext, NameFindings } from './context';

/** What the passes write to: the findings so far, and the run the name pass narrows (one per call). */
interface NameScan extends NameFindings {
  run: NameRun;
}

/** A pass at token i: the token to go on from when it takes i, else -1. */
type Pass = (ctx: NameContext, i: number, out: NameScan) => number;

/** A pass as a row: its id, the rule (lib/engine/rules.ts) of the candidates it makes (null: it makes none), the pass. */
interface PassRow {
  id: string;
  rule: `name:${string}` | null;
  at: Pass;
}

/** The passes, in the order they are tried at a token. */
const PASSES: readonly PassRow[] = [
  // "(Reporting by Arsheya Bajwa in Bengaluru; Editing by Alan Barona)": the wire's credits, to the bracket's end
  { id: 'wire-credits', rule: null, at: wireCreditsEnd },
  // "Image source, Getty Images", "Image caption, …": a web page's labels for a picture, not names
  { id: 'media-labels', rule: null, at: mediaLabelEnd },
  // "X's (official) spokesperson": the owner and the source as one phrase
  { id: 'unnamed-source', rule: 'name:unnamed-source', at: unnamedSource },
  // "the Prime Minister", "the Russian leader", "the US president", "the government"
  { id: 'role', rule: 'name:role', at: role },
  // "It said", "it added": an organisation speaking; "he", "she", "they"
  { id: 'pronoun', rule: null, at: pronoun },
  // "officials", "critics" as sources, when they speak ("critics say", "Officials in Kyiv said")
  { id: 'sources-speaking', rule: 'name:unnamed-source', at: quantifierSource },
  // "We’re", "Don't": contractions opening a sentence
  { id: 'contraction', rule: null, at: (ctx, i) => (isContraction(ctx.tokens[i]) ? i + 1 : -1) },
  // "Emmanuel Macron", "Prime Minister Sir Keir Starmer", "NATO"
  { id: 'capitalised', rule: 'name:capitalised', at: capitalisedName },
];

export function findNames(ctx: NameContext): NameFindings {
  const { tokens } = ctx;
  ctx.runEnds = new Int32Array(tokens.length).fill(-1); // fresh for these tokens
  ctx.runsOn = undefined;
  const out: NameScan = {
    names: [],
    pronouns: [],
    run: { s: 0, n: 0, end: 0, title: null, qualifier: null },
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // most words open nothing: lower case, and no determiner, pronoun or source word
    if (!t.cap && !t.acronym && !(t.marks & LOWER_OPENER)) {
      i++;
      continue;
    }
    let next = -1;
    for (let k = 0; k < PASSES.length && next < 0; k++) next = PASSES[k].at(ctx, i, out);
    i = next < 0 ? i + 1 : next;
  }
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

/** The role pass: matchRole at "the", "their", "its". */
function role(ctx: NameContext, i: number, out: NameScan): number {
  if (!opensRole(ctx.tokens[i].lower)) return -1;
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
  else if (t.marks & PRONOUN && (t.lower !== 'i' || t.text === 'I')) form = t.lower;
  else return -1;
  out.pronouns.push({ start: t.start, end: t.end, form, inQuote: insideAny(ctx.quoteRanges, t.start) });
  return i + 1;
}

/**
 * The name pass at a capitalised token i (rules name:capitalised and name:acronym): the run from i,
 * less what is no name, its titles and boundaries, as a candidate.
 */
function capitalisedName(ctx: NameContext, i: number, out: NameScan): number {
  const { tokens, text } = ctx;
  if (!tokens[i].cap && !tokens[i].acronym) return -1;
  // "(R-S.D.)", ", D-N.Y.,": a US party-and-state tag, not a name
  const tagEnd = partyTagEnd(text, tokens, i);
  if (tagEnd > i) return tagEnd;
  const run = out.run;
  run.s = i;
  run.end = nameRunEnd(ctx, i);
  if (!trimRun(ctx, i, run)) return Math.max(i + 1, run.end);
  run.n = run.s;
  run.title = null;
  run.qualifier = null;
  leadingTitles(ctx, run);
  countryPrefix(ctx, run, courtWords(ctx, run, innerTitle(ctx, run)), out.names);
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
  // "(D-Mass.)": a US party-and-state tag; "(Photo: Ministry of Defence)", "(Video by David Botti)": credits
  if (partyTagInBracket(text, tokens[s]) || creditBefore(text, tokens[s].start)) return end;
  out.names.push(nameCandidate(ctx, run));
  return end;
}

/** The candidate of a narrowed run. */
function nameCandidate(ctx: NameContext, { s, n, end, title, qualifier }: NameRun): NameCandidate {
  const { tokens, text } = ctx;
  const single = end - s === 1;
  const lastTok = tokens[end - 1];
  return candidate(
    ctx,
    tokens[s].start,
    lastTok.end + abbreviationStop(text, lastTok, single),
    single && tokens[s].acronym ? 'acronym' : 'name',
    {
      nameStart: tokens[n].start,
      title,
      qualifier,
      sentenceStart: ctx.sentenceStartTok[s] !== 0,
      plural: single && tokens[s].lower.endsWith('s') && !tokens[s].acronym,
    },
  );
}
