import type { KnowledgeIndex } from '../knowledge/index';
import type { Findings, Pronoun, QuoteSpan, Range, ReportedSpan } from '../engine/findings';
import type { Claim } from '../notes';
import { startsBefore, type ActorDraft, type ActorSet, type MentionDraft } from '../actors/actors';
import { sentenceAt } from '../text/sentences';

/** A speaker proposed for a quotation (or settled for a claim), how, and the rules that found them. */
export interface Attribution {
  actor: ActorDraft | null;
  mention: Range | null;
  cue: Range | null;
  how: string;
  /** The rules that made and attributed it (lib/engine/rules.ts). */
  why: string[];
}

/** Someone who spoke: a quotation or reported statement given to them, in text order. */
export interface Said {
  actor: ActorDraft;
  end: number;
  paragraph: number;
  sentence: number;
}

/** A reported statement as a claim, for the quotations after it (inside it, or in its sentence). */
export interface ReportedStatement {
  start: number;
  end: number;
  actor: ActorDraft | null;
  mention: Range | null;
  cue: Range;
  rule: string;
  sentence: number;
  why: string[];
}

/** The last quotation given a speaker: the next one in its paragraph may carry it over. */
export interface LastQuote {
  actor: ActorDraft | null;
  paragraph: number;
  end: number;
  mention: Range | null;
}

/** What a pronoun asks of the person it stands for (fitsWant, by the pronoun's form). */
export type Want = 'we' | 'they' | 'it' | 'm' | 'f' | 'any';

/**
 * What the passes share: the article, its findings and actors (read only), what has been decided so
 * far in text order (who spoke, the claims), and lookups worked out on first need.
 */
export interface ClaimState {
  readonly text: string;
  readonly findings: Findings;
  readonly set: ActorSet;
  readonly index: KnowledgeIndex;
  readonly date: string | null;
  /** The mentions outside quotation marks, in text order. */
  readonly outsideQuotes: MentionDraft[];
  readonly pronounAt: Map<number, Pronoun>;

  // decided so far, in text order
  readonly said: Said[];
  readonly reported: ReportedStatement[];
  lastQuote: LastQuote | null;
  /** Where the last name of a work in quotation marks closed (-1: none yet): a list of them goes on. */
  titleEnd: number;
  readonly claims: Claim[];
  /** Quotations set aside as no speech, each with the rule that did it. */
  readonly setAside: { start: number; end: number; why: string[] }[];
  /** The actor of each claim, by the claim's index. */
  readonly claimActors: (ActorDraft | null)[];
  readonly quoteClaims: Map<QuoteSpan, { claim: Claim; index: number }>;

  // worked out on first need
  /** By what a pronoun wants (and whether given names tell a sex): subjectsFitting's table. */
  readonly fittingSubjects: Map<string, Int32Array>;
  /** For each outside-quote mention: 1 when it is a person opening its sentence. */
  opensSentence: Uint8Array | null;
  /** personsUpTo's table. */
  personsBefore: Int32Array | null;
  /** Whether an unnamed source is plural ("officials"), by actor. */
  readonly plural: Map<ActorDraft, boolean>;
  /** lastNamedWith's regexes, by word. */
  readonly wordRes: Map<string, RegExp>;
  readonly topicsBySentence: Map<number, ReturnType<KnowledgeIndex['topicsFor']>>;
  /** Unnamed speakers known only by the words that describe them ("one former official"), by those words. */
  readonly described: Map<string, ActorDraft>;
  /** The reported statements found in each sentence (reportedIn). */
  reportedBySentence: Map<number, ReportedSpan[]> | null;
}

export function claimState(
  text: string,
  findings: Findings,
  set: ActorSet,
  index: KnowledgeIndex,
  date: string | null,
): ClaimState {
  return {
    text,
    findings,
    set,
    index,
    date,
    outsideQuotes: set.mentions.filter((m) => !m.inQuote),
    pronounAt: new Map(findings.pronouns.map((p) => [p.start, p])),
    said: [],
    reported: [],
    lastQuote: null,
    titleEnd: -1,
    setAside: [],
    claims: [],
    claimActors: [],
    quoteClaims: new Map(),
    fittingSubjects: new Map(),
    opensSentence: null,
    personsBefore: null,
    plural: new Map(),
    wordRes: new Map(),
    topicsBySentence: new Map(),
    described: new Map(),
    reportedBySentence: null,
  };
}

export const paragraphOf = (findings: Findings, pos: number) => sentenceAt(findings.paragraphs, pos);
export const sentenceOf = (st: ClaimState, pos: number) => sentenceAt(st.findings.sentences, pos);

/** Index of the last outside-quote mention starting before pos, or -1. */
export const lastBefore = (st: ClaimState, pos: number) => startsBefore(st.outsideQuotes, pos) - 1;

/** The first mention (inside quotes or out) starting at or after the range's start, if it ends within the range. */
export const mentionWithin = (st: ClaimState, r: Range): MentionDraft | undefined => {
  const m = st.set.mentions[startsBefore(st.set.mentions, r.start)];
  return m && m.end <= r.end ? m : undefined;
};

/** The last one who spoke before `before`. */
export const lastSaid = (st: ClaimState, before: number): Said | undefined => {
  const said = st.said;
  for (let i = said.length - 1; i >= 0; i--) if (said[i].end <= before) return said[i];
  return undefined;
};

/** For each k, the index of the last outside-quote mention of a person before k (k - 1 or earlier); -1 for none. */
export const personsUpTo = (st: ClaimState): Int32Array => {
  if (!st.personsBefore) {
    const { outsideQuotes } = st;
    const personsBefore = new Int32Array(outsideQuotes.length + 1);
    personsBefore[0] = -1;
    for (let k = 0; k < outsideQuotes.length; k++)
      personsBefore[k + 1] = outsideQuotes[k].actor.type === 'person' ? k : personsBefore[k];
    st.personsBefore = personsBefore;
  }
  return st.personsBefore;
};
