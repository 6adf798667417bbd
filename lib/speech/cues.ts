import type { NameCandidate, Pronoun, Range, ReportedSpan, SpeechCue } from '../engine/findings';
import type { RawQuote } from './quotes';
import type { Sentence } from '../text/sentences';
import { tokenAt, wordListMark, type Token } from '../text/tokens';
import { datelineAt } from '../text/ascii';
import { splitLength } from '../text/chars';
import {
  AUDIENCES,
  BARE_SUBJECTS,
  JOB_WORDS,
  LISTENER_VERBS,
  MODAL_BEFORE_VERB,
  NOT_SOURCE_WORDS,
  OBJECT_FIRST_VERBS,
  PARTICIPLE_CUES,
  REPORTING_VERBS,
  SPEECH_VERBS,
  SUBJECT_DETERMINERS,
  TITLE_MODIFIERS,
  TITLES,
  VERB_FILLERS,
} from '../words';
import { isOn } from '../engine/rules';

/** Heads of descriptions that stand for a person ("the 45-year-old", "the former minister"). */
const DESCRIBED =
  /^(?:man|woman|boy|girl|teenager|mother|father|mum|dad|wife|husband|son|daughter|\d+-year-old|year-old|veteran|star|actor|actress|singer|player|striker|coach|manager|boss|chef|diplomat|minister|official|politician|lawmaker|senator|mp|leader|founder|businessman|businesswoman|billionaire|tycoon|pensioner|grandmother|grandfather|victim|survivor|witness|officer|expert|scientist|doctor|nurse|lawyer|judge|director|chief|president|premier|envoy)$/;

/** Heads of descriptions that stand for an organisation ("the Russian space agency said"). */
export const DESCRIBED_BODY =
  /^(?:agency|ministry|department|company|firm|police|army|military|government|office|council|committee|court|party|union|organisation|organization|bank|airline|authority|regulator|watchdog|service|commission|embassy|administration|club|broadcaster|network|newspaper|force|forces|navy|guard|command|prosecutor|prosecutors|parliament|cabinet|presidency|mission|delegation)$/;

/** The mark of REPORTING_VERBS on tokens. */
const REPORTING = wordListMark(REPORTING_VERBS);
const ACCORDING = wordListMark(new Set(['according']));

/** Words a reported clause opens with when it names no subject first: a bare noun ("defeat", "responsibility"). */
const BARE_OBJECT =
  /^(?!(?:i|you|he|she|it|we|they|the|a|an|this|that|these|those|his|her|its|their|our|my|your|some|many|most|all|no|each|every|there|what|how|why|when|if|whether)\b)[a-z]/;
/** A verb that makes words a clause: an auxiliary, a modal, or a verb in the past or third person. */
const CLAUSE_WORD =
  /\b(?:is|was|were|are|be|been|had|has|have|would|will|could|should|may|might|must|can|did|does|do|\w+ed|\w+s)\b/;
/** A source named at the end of someone's reported words: ", according to …" or ", Chinese state media reported." */
const PASSED_ON = /[,”"’]\s*(?:according to\s|(?:[\p{L}’'-]+\s+){1,4}(?:reported|said|says|reports)\s*[.!?]?\s*$)/u;
/** What the end of such words holds: a verb of saying last (cheap test before PASSED_ON). */
const PASSED_ON_HINT = /(?:reported|said|says|reports)\s*[.!?]?\s*$/;
/** A second speaker later in the same sentence: ", while an Egyptian mediator, speaking anonymously, said". */
const OTHER_SPEAKER =
  /,?\s+(?:while|whereas|but)\s+(?:[^,.;:“”"]{1,60}?)(?:,[^,.;:“”"]{1,40},)?\s+(?:said|says|told|added|insisted|argued|warned|claimed)\b|,?\s+(?:while|whereas|but)\s+[A-Z][^,.;:“”"]{0,59}?\s+(?:called|described|accused|urged|praised|welcomed|dismissed|criticised|criticized)\b/;

/** A time or a venue right after a reporting verb ("on Monday", "late on Sunday", "in a statement"). */
const WHEN_WHERE =
  /^(?:(?:(?:late|early)\s+)?(?:on|last|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|in\s+(?:a|an)\s+(?:statement|interview|email|post|letter|video|speech|briefing|tweet)(?:\s+on\s+\S+)?),?\s+(?=\S)/i;

/** After a reporting verb, at most three words and a clause of their own ("said Sunday, as …"). */
const CLAUSE_AFTER_CUE = /^(?:\s+[^\s,;:“”"]+){0,3}\s*,\s+(?:as|while|after|before|when|amid|adding|citing|saying)\b/i;

/** Words before a speech verb that make it a possibility, not a report ("could speak", "to say"). */
const MODAL_BEFORE = MODAL_BEFORE_VERB;

/** Words before a verb that make it passive or not a report ("is said", "was called"). */
const PASSIVE_BEFORE = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being']);
/** The words between a comma and a trailing source: none, an article, or up to three describing it. */
const SOURCE_LEAD = /,\s*((?:[\p{L}’'-]+\s+){0,4})$/u;
/** The words of titles, written in lower case before a name ("press secretary", "foreign minister"). */
const TITLE_WORD = wordListMark(new Set([...TITLES].flatMap((t) => t.split(' '))));
/** Jobs written in lower case between a body and a person ("Aemet spokesman Rubén del Campo"). */
const JOB_WORD = wordListMark(JOB_WORDS);
/** Words that widen a title ("former", "deputy"): with TITLE_WORD and JOB_WORD, a description before a name. */
const TITLE_MODIFIER = wordListMark(TITLE_MODIFIERS);
/** Words that may open such a description ("the Rev. Sam Cole"; not "a", "one": "a Nevada Democrat" names no one). */
const LEAD_OPENERS = new Set(['the']);
/** Words that may join two titles in it ("former governor and party chairman"). */
const LEAD_JOINERS = new Set(['and', '&']);

/**
 * The speaker named after a quotation behind a description of their job: "…,” campaign chairman Ann
 * Lee said", "…,” former FBI agent Tom Gill explained", "…,” said deputy press secretary Ann Lee".
 * The words between the closing mark and the name are all capitalised, titles, jobs or words that
 * widen them (an article may open them); the name ends right before the verb (subject first), or ends
 * the words after the verb (verb first). Tokens from k on; `limit` is the sentence's end.
 */
function titledAfterQuote(text: string, tokens: Token[], sp: Speakers, k: number, limit: number): SpeechCue | null {
  const describes = (t: Token, first: boolean) =>
    t.cap || !!(t.marks & (TITLE_WORD | JOB_WORD | TITLE_MODIFIER)) || (first && LEAD_OPENERS.has(t.lower));
  const joined = (a: number, b: number) => /^\.?\s+$/.test(text.slice(tokens[a].end, tokens[b].start));
  /** the last name in a run of descriptions and names from token j: its range, and the token after the run */
  const run = (j: number): { name: Range | null; next: number; endsWithName: boolean; described: number } => {
    let name: Range | null = null;
    let endsWithName = false;
    let described = 0;
    const from = j;
    while (j < limit && j - from < 12) {
      if (j > from && !joined(j - 1, j)) break;
      const n = sp.startAt.get(j);
      if (n) {
        name = n;
        endsWithName = true;
        const after = tokenAt(tokens, n.end);
        if (after <= j) break;
        j = after;
        continue;
      }
      const t = tokens[j];
      if (describes(t, j === from) || (j > from && LEAD_JOINERS.has(t.lower) && tokens[j + 1]?.cap)) {
        endsWithName = false;
        described++;
        j++;
        continue;
      }
      break;
    }
    return { name, next: j, endsWithName, described };
  };
  // verb first: "…,” said campaign chairman Ann Lee."
  let v = k;
  while (v < limit && VERB_FILLERS.has(tokens[v].lower) && v - k < 2) v++;
  if (v < limit && SPEECH_VERBS.has(tokens[v].lower) && v + 1 < limit && joined(v, v + 1)) {
    const r = run(v + 1);
    // (the run ends the clause: at the sentence's end, a comma, or a preposition naming where they work)
    const stop =
      r.next >= limit ||
      /^\s*[,.;(]/.test(text.slice(tokens[r.next - 1].end, tokens[r.next].start + 1)) ||
      /^(?:of|at|from|for|with|in|on|who)$/.test(tokens[r.next].lower);
    if (r.name && r.endsWithName && stop && r.described > 0)
      return { verb: verbSpan(tokens, v), subject: r.name, position: 'after', rule: 'cue:after-quote-titled' };
    return null;
  }
  // subject first: "…,” campaign chairman Ann Lee said."
  const r = run(k);
  if (!r.name || !r.endsWithName || !r.described || r.next >= limit) return null;
  let w = r.next;
  while (w < limit && VERB_FILLERS.has(tokens[w].lower) && w - r.next < 3) w++;
  if (w < limit && SPEECH_VERBS.has(tokens[w].lower) && /^\s+$/.test(text.slice(tokens[w - 1].end, tokens[w].start))) {
    return { verb: verbSpan(tokens, w), subject: r.name, position: 'after', rule: 'cue:after-quote-titled' };
  }
  return null;
}
/** Whether the quotation marks in s all close ("“State of the Union”", "\"Today\""). */
function closedQuotes(s: string): boolean {
  const straight = (s.match(/"/g) ?? []).length;
  const open = (s.match(/“/g) ?? []).length;
  return straight % 2 === 0 && open === (s.match(/”/g) ?? []).length && !s.includes('‘');
}
/** Words before a noun: "his claims", "the remarks", "Israel’s demands" are no verbs of saying. */
const DETERMINERS = SUBJECT_DETERMINERS;
/** Whether the speech verb at v is used as a noun: after a determiner or a possessive ("Israel’s demands"). */
function nounUse(text: string, tokens: Token[], v: number): boolean {
  if (v === 0) return false;
  return DETERMINERS.has(tokens[v - 1].lower) || /^[’'ʼ]s?\s+$/.test(text.slice(tokens[v - 1].end, tokens[v].start));
}

/**
 * Ranges by token index: a typed table, cheaper than a map for these small integer keys. The ranges'
 * offsets are kept in typed arrays and a range object is made only when it is asked for (once: the
 * same object after): a page of a hundred thousand subjects made as many objects, and their garbage.
 */
export class ByToken {
  /** token index -> 1 + the range's place; 0 for none */
  private readonly slot: Int32Array;
  private starts = new Int32Array(16);
  private ends = new Int32Array(16);
  private count = 0;
  private made: (Range | undefined)[] | null = null;
  constructor(tokenCount: number) {
    this.slot = new Int32Array(tokenCount + 1);
  }
  get(k: number): Range | undefined {
    const s = this.slot[k];
    if (!s) return undefined;
    const made = (this.made ??= new Array<Range | undefined>(this.count).fill(undefined));
    if (s > made.length) made.length = this.count; // set after an earlier get
    let r = made[s - 1];
    if (!r) made[s - 1] = r = { start: this.starts[s - 1], end: this.ends[s - 1] };
    return r;
  }
  set(k: number, r: Range) {
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      starts.set(this.starts);
      this.starts = starts;
      const ends = new Int32Array(this.count * 2);
      ends.set(this.ends);
      this.ends = ends;
    }
    this.starts[this.count] = r.start;
    this.ends[this.count] = r.end;
    this.slot[k] = ++this.count;
  }
}

export interface Speakers {
  /** token index of a subject's first token -> its range */
  startAt: ByToken;
  /** token index of a subject's last token -> its range */
  endAt: ByToken;
  /** starts of unnamed-source phrases */
  sources: Set<number>;
}

/** The first name of a chain "X of (the) Y in Z" ending with the name r. */
function headOfChain(tokens: Token[], sp: Speakers, r: Range, floor: number): Range {
  for (let hops = 0; hops < 3; hops++) {
    let k = tokenAt(tokens, r.start) - 1;
    if (k > floor && tokens[k].lower === 'the') k--;
    if (!(k > floor && /^(?:of|in|at|for|from)$/.test(tokens[k].lower))) break;
    const before = sp.endAt.get(k - 1);
    if (!before) break;
    r = before;
  }
  return r;
}

/** Whether a negation stands between the subject (ending before token `from`) and the verb at v. */
function negatedBefore(tokens: Token[], v: number, from: number): boolean {
  for (let k = Math.max(from, v - 4); k < v; k++) {
    const w = tokens[k].lower;
    if (w === 'not' || w === 'never' || w.endsWith('n’t') || w.endsWith("n't")) return true;
  }
  return false;
}

/**
 * How many tokens before a quotation's opening mark (and after its closing one) a cue is looked for
 * in its sentence. The cues of news prose stand within a score of words of the words they give (18
 * in the test pages); a bound keeps a sentence that never ends, holding thousands of quotes, linear.
 */
const CUE_WINDOW = 100;

/** The writer's own voice: first-person subjects outside quotation marks. */
const WRITER = /^(?:I|we|We)$/;

/** Pronouns that stand for a speaker. */
const SPEAKING_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);

/** The subjects: names and pronouns outside quotation marks (those inside are passed over, not copied out). */
export function indexSubjects(tokens: Token[], names: NameCandidate[], pronouns: Pronoun[]): Speakers {
  const startAt = new ByToken(tokens.length);
  const endAt = new ByToken(tokens.length);
  const sources = new Set<number>();
  for (const n of names) if (n.kind === 'source' && !n.inQuote) sources.add(n.start);
  const add = (r: Range) => {
    const a = tokenAt(tokens, r.start);
    let b = tokenAt(tokens, r.end) - 1;
    if (b < a) b = a;
    startAt.set(a, r);
    endAt.set(b, r);
  };
  for (const n of names) if (!n.inQuote) add(n);
  for (const p of pronouns) if (!p.inQuote && SPEAKING_PRONOUNS.has(p.form)) add(p);
  return { startAt, endAt, sources };
}

const onlyGap = (text: string, a: number, b: number, allowed: RegExp) => allowed.test(text.slice(a, b));

/** The subject ending just before token v, over fillers ("Mr Obama has also said"). */
function subjectBefore(
  tokens: Token[],
  sp: Speakers,
  v: number,
  floor: number,
  text = '',
): { range: Range; bare: boolean } | null {
  let k = v - 1;
  // "Elizabeth Warren (D-Mass.) said": step over a bracket
  if (text && k > floor && /\)\s*$/.test(text.slice(tokens[k].end, tokens[v].start))) {
    let b = k;
    while (b > floor && k - b < 6 && !text.slice(tokens[b - 1].end, tokens[b].start).includes('(')) b--;
    if (b > floor) k = b;
    v = k;
    k = v - 1;
  }
  // (fillers are skipped, but not past a comma that closes an apposition: "…, who met Putin in Alaska on
  // Friday, said": the comma is before the verb, the fillers belong to the clause)
  const commaBeforeVerb = !!text && k >= floor && /,\s*$/.test(text.slice(tokens[k].end, tokens[v].start));
  if (!commaBeforeVerb) while (k >= floor && VERB_FILLERS.has(tokens[k].lower) && v - k <= 4) k--;
  if (k < floor) return null;
  // "Mr Smith, the foreign minister, said" / "Ms Jones, who leads the union, said"
  if (text && /,\s*$/.test(text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end))) {
    // (a relative clause may run longer: ", who spoke on condition of anonymity because he was not
    // authorised to brief the media, said")
    for (let b = k - 1; b >= floor && k - b <= 24; b--) {
      const a = sp.endAt.get(b);
      if (a && k - b > 14 && !/^,\s*(?:who|which|whose|the|a|an)\s/.test(text.slice(a.end, a.end + 10))) continue;
      // (the apposition opens lower case, with a number, with an owner: ", OpenAI's largest backer,", or
      // with a party and a state: ", Republican of Louisiana,")
      // (or a job after capitalised words: ", Middle East director at Human Rights Watch,")
      if (
        a &&
        /^,\s*(?:\p{Ll}|\d|(?:\p{Lu}[\p{L}\p{M}-]*\s+){0,3}\p{Lu}[\p{L}\p{M}-]*[’'ʼ]s?\s|(?:Republican|Democrat|Independent)\s+of\s|[DRI][-‐]\p{Lu}[\p{L}.]*,|(?:\p{Lu}[\p{L}\p{M}-]*\s+){1,3}(?:director|editor|correspondent|chief|head|analyst|adviser|advisor|researcher|officer|manager|spokes(?:man|woman|person)|fellow|professor|economist|strategist)\b)/u.test(
          text.slice(a.end, a.end + 64),
        )
      ) {
        // "President Vladimir Putin of Russia, the summit's host, praised …", "Judge Deborah Boardman of
        // the US District Court in Maryland, who …, wrote": the person, not the country or the court
        return { range: headOfChain(tokens, sp, a, floor), bare: false };
      }
    }
  }
  const r = sp.endAt.get(k);
  if (r) {
    // "Officials in Kyiv said", "Sources close to the minister said": the source, not the place or the person
    let a = tokenAt(tokens, r.start) - 1;
    if (a - 1 > floor && tokens[a].lower === 'the' && tokens[a - 1].lower === 'of') a--; // "… of the Y said"
    if (
      a > floor &&
      /^(?:to|with)$/.test(tokens[a].lower) &&
      /^(?:close|familiar|near|loyal)$/.test(tokens[a - 1].lower)
    )
      a--;
    else if (!(a > floor && /^(?:in|at|from|of|for|on|inside|within)$/.test(tokens[a].lower))) a = -1;
    const source = a > floor ? sp.endAt.get(a - 1) : undefined;
    if (source && sp.sources.has(source.start)) return { range: source, bare: false };
    // "Opposition leader Yoshihiko Noda of the Constitutional Democratic Party accused …": the person, not the party
    if (
      source &&
      tokens[a].lower === 'of' &&
      tokens[tokenAt(tokens, source.start)].cap &&
      /^\s+$/.test(text.slice(source.end, tokens[a].start))
    )
      return { range: source, bare: false };
    return { range: r, bare: false };
  }
  if (BARE_SUBJECTS.has(tokens[k].lower)) return { range: { start: tokens[k].start, end: tokens[k].end }, bare: true };
  // "the 45-year-old said", "the veteran diplomat added": a description standing for someone named before
  if (DESCRIBED.test(tokens[k].lower) || DESCRIBED_BODY.test(tokens[k].lower)) {
    for (let d = k - 1; d >= floor && k - d <= 4; d--) {
      if (tokens[d].lower === 'the') return { range: { start: tokens[d].start, end: tokens[k].end }, bare: false };
      // "China's commerce ministry said": a named owner's body or person
      const owner = sp.endAt.get(d);
      if (owner && /^[’'ʼ]s?\s/.test(text.slice(tokens[d].end, tokens[d + 1].start + 1)))
        return { range: { start: owner.start, end: tokens[k].end }, bare: false };
      if (/[,.;:]/.test(text.slice(tokens[d].end, tokens[d + 1].start))) break;
    }
  }
  return null;
}

function verbSpan(tokens: Token[], v: number): Range {
  const t = tokens[v];
  const next = tokens[v + 1];
  // "told reporters", "went on", "pointed out"
  if (
    next &&
    ((LISTENER_VERBS.has(t.lower) &&
      /^(?:reporters|journalists|the|a|an|him|her|them|me|us|parliament|mps|lawmakers|senators)$/i.test(next.lower)) ||
      (/^(?:on|out)$/.test(next.lower) && /^(?:went|goes|pointed|points)$/.test(t.lower)))
  ) {
    const after = tokens[v + 2];
    if (/^(?:the|a|an)$/.test(next.lower) && after && after.cap) return { start: t.start, end: after.end };
    return { start: t.start, end: next.end };
  }
  return { start: t.start, end: t.end };
}

export function findCue(
  text: string,
  tokens: Token[],
  sp: Speakers,
  q: RawQuote,
  sentence: Sentence,
  prevSentence: Sentence | undefined,
): SpeechCue | null {
  const sentFirst = tokenAt(tokens, sentence.start);
  const sentEnd = tokenAt(tokens, sentence.end);
  // 1. right after the closing mark: "…,” he said" / "…,” said Mr Smith"; not after a full stop
  // that ends the quote's sentence ("…countries.” The report also said …" starts another one)
  if (q.close !== null) {
    // (past the closing mark: two of them in the ASCII style of ''…'')
    const shut = q.close + (text[q.close] === "'" && text[q.close + 1] === "'" ? 2 : 1);
    const k = tokenAt(tokens, shut);
    const ended = text[q.close - 1] === '.' && k < tokens.length && tokens[k].start >= sentence.end;
    if (k < tokens.length && !ended && onlyGap(text, shut, tokens[k].start, /^[ \u00a0,—–-]*$/)) {
      // (past a title written in lower case: "…,” press secretary Karoline Leavitt said")
      let named = k;
      while (
        !sp.startAt.get(named) &&
        named < tokens.length &&
        named - k < 3 &&
        !tokens[named].cap &&
        tokens[named].marks & TITLE_WORD
      )
        named++;
      let subj = sp.startAt.get(named);
      let apposed = false;
      // "…,” Aemet spokesman Rubén del Campo told reporters": the person after a body and a job word
      if (subj) {
        let j = tokenAt(tokens, subj.end);
        const from = j;
        while (j < tokens.length && j - from < 3 && !tokens[j].cap && tokens[j].marks & (TITLE_WORD | JOB_WORD)) j++;
        const person = j > from ? sp.startAt.get(j) : undefined;
        if (person && /^\s+$/.test(text.slice(subj.end, tokens[from].start))) subj = person;
        // "…,” Brazil's President Luiz Inácio Lula da Silva said", "…,” Ukraine's commander-in-chief, Oleksandr
        // Syrskyi, said": the person the country's title belongs to
        else if (!person && from < tokens.length && /^[’'ʼ]s\s+$/.test(text.slice(subj.end, tokens[from].start))) {
          let p = from;
          while (p < tokens.length && p - from < 5 && !sp.startAt.get(p) && !tokens[p].cap) p++;
          const owned = sp.startAt.get(p);
          if (owned && /^[\p{Ll}\s-]*,?\s*$/u.test(text.slice(tokens[from].start, owned.start))) {
            subj = owned;
            apposed = /,\s*$/.test(text.slice(tokens[from].start, owned.start)); // (a comma closes it before the verb)
          }
        }
      }
      // ("…,” Senate Majority Leader John Thune (R-S.D.) said": past the party-and-state tag)
      const tag = subj ? /^\s*\([DRI][-‐][^)]{1,10}\)/.exec(text.slice(subj.end, subj.end + 16)) : null;
      if (subj) {
        // "Mr Smith, 45, said" / "Ms Jones, a teacher, said"
        const apposition = /^,\s*[^,“”"\n]{1,60},\s*/.exec(text.slice(subj.end, subj.end + 64));
        const from = apposition ? subj.end + apposition[0].length : tag ? subj.end + tag[0].length : subj.end;
        let v = tokenAt(tokens, from);
        while (v < tokens.length && VERB_FILLERS.has(tokens[v].lower) && v - k < 5) v++;
        if (
          v < tokens.length &&
          SPEECH_VERBS.has(tokens[v].lower) &&
          onlyGap(text, from, tokens[v].start, apposed ? /^,?[\s\p{L}]*$/u : /^[\s\p{L}]*$/u) &&
          isOn('cue:after-quote-said')
        ) {
          return { verb: verbSpan(tokens, v), subject: subj, position: 'after', rule: 'cue:after-quote-said' };
        }
      }
      // (a job or title between the quote and the name: "…,” said campaign chairman Ann Lee")
      const titled = isOn('cue:after-quote-titled') ? titledAfterQuote(text, tokens, sp, k, sentEnd) : null;
      if (titled) return titled;
      let v = k;
      while (v < tokens.length && VERB_FILLERS.has(tokens[v].lower) && v - k < 2) v++;
      if (
        v < tokens.length &&
        SPEECH_VERBS.has(tokens[v].lower) &&
        !/[.!?]/.test(text.slice(shut, tokens[v].start)) &&
        isOn('cue:after-quote-said-x')
      ) {
        const s = sp.startAt.get(v + 1) ?? null;
        return { verb: verbSpan(tokens, v), subject: s, position: 'after', rule: 'cue:after-quote-said-x' };
      }
    }
  }
  // 2. a colon before the opening mark: "the spokesperson told reporters today: “…"
  let before = q.open - 1;
  while (before >= 0 && /\s/.test(text[before])) before--;
  if (text[before] === ':' || text[before] === ',') {
    const end = tokenAt(tokens, before) - 1;
    const floor = text[before] === ':' ? Math.max(0, Math.min(sentFirst, end - 12)) : sentFirst;
    for (let v = end; v >= floor && end - v < 12; v--) {
      if (SPEECH_VERBS.has(tokens[v].lower) && isOn('cue:colon')) {
        const s = subjectBefore(tokens, sp, v, floor, text);
        if (s) return { verb: verbSpan(tokens, v), subject: s.range, position: 'colon', rule: 'cue:colon' };
        const after = sp.startAt.get(v + 1);
        if (after && after.end <= tokens[end].end)
          return { verb: verbSpan(tokens, v), subject: after, position: 'colon', rule: 'cue:colon' };
      }
    }
    if (text[before] === ':' && end >= 0 && isOn('cue:colon-name')) {
      const r = sp.endAt.get(end);
      if (r) return { verb: { start: before, end: before + 1 }, subject: r, position: 'colon', rule: 'cue:colon-name' };
    }
  }
  // 3. a speech verb earlier in the sentence: "Mr Obama said it was “distressing”"
  const openTok = tokenAt(tokens, q.open);
  const earlier = (v: number, rule: 'cue:before-quote' | 'cue:modal-verb'): SpeechCue | null | 'passive' => {
    if (v > sentFirst && PASSIVE_BEFORE.has(tokens[v - 1].lower) && !/^(?:has|have|had)$/.test(tokens[v - 1].lower)) {
      // "was described as “…” by the department"
      const by = isOn('cue:passive-by') ? passiveBy(text, tokens, sp, q, sentEnd) : null;
      return by ? { verb: verbSpan(tokens, v), subject: by, position: 'by', rule: 'cue:passive-by' } : 'passive';
    }
    if (!isOn(rule)) return null;
    const s = subjectBefore(tokens, sp, v, sentFirst, text);
    if (s) return { verb: verbSpan(tokens, v), subject: s.bare ? null : s.range, position: 'before', rule };
    const inv = sp.startAt.get(v + 1);
    return inv && inv.end <= q.open ? { verb: verbSpan(tokens, v), subject: inv, position: 'before', rule } : null;
  };
  // "Peskov said Putin and Trump could speak “in the coming days”": a verb after a modal ("could
  // speak", "would speak") only when no other verb before it gives the words a speaker
  let modal = -1;
  // (within CUE_WINDOW tokens of the opening mark: a sentence that never ends, full of quotes, was read
  // back to its start for each of them)
  const floor = Math.max(sentFirst, openTok - CUE_WINDOW);
  for (let v = openTok - 1; v >= floor; v--) {
    const t = tokens[v];
    if (t.lower === 'to' && v > sentFirst && tokens[v - 1].lower === 'according' && isOn('cue:according-to')) {
      const s = sp.startAt.get(v + 1) ?? sp.startAt.get(v + 2);
      if (s)
        return {
          verb: { start: tokens[v - 1].start, end: t.end },
          subject: s,
          position: 'according-to',
          rule: 'cue:according-to',
        };
    }
    // "…, calling it “blatantly unconstitutional”", "…, saying it was “a betrayal”": the main clause's subject
    if (
      PARTICIPLE_CUES.has(t.lower) &&
      v > sentFirst &&
      /,\s*$/.test(text.slice(tokens[v - 1].end, t.start)) &&
      isOn('cue:participle')
    ) {
      // the subject of the verb of saying before it ("X, the Conservative leader, said …, calling it “…”"),
      // else the one that opens the clause
      let subject: Range | null = null;
      for (let u = v - 1; u > sentFirst && u >= floor && !subject; u--) {
        if (!SPEECH_VERBS.has(tokens[u].lower) || nounUse(text, tokens, u)) continue;
        const s = subjectBefore(tokens, sp, u, sentFirst, text);
        if (s && !s.bare) subject = s.range;
        break;
      }
      // (past a wire dateline: "SEATTLE (AP) — A federal judge …")
      const dateline = datelineAt(text.slice(sentence.start, t.start));
      // (the subject opens the clause, after an article at most: else the sentence gives no speaker)
      const opens = dateline ? tokenAt(tokens, sentence.start + dateline[0].length) : sentFirst;
      for (let j = opens; j < v && j <= opens + 1 && !subject; j++) subject = sp.startAt.get(j) ?? null;
      return { verb: verbSpan(tokens, v), subject, position: 'before', rule: 'cue:participle' };
    }
    if (!SPEECH_VERBS.has(t.lower) || nounUse(text, tokens, v)) continue;
    if (v > sentFirst && MODAL_BEFORE.has(tokens[v - 1].lower)) {
      if (modal < 0) modal = v;
      continue;
    }
    const cue = earlier(v, 'cue:before-quote');
    if (cue && cue !== 'passive') return cue;
  }
  if (modal >= 0) {
    const cue = earlier(modal, 'cue:modal-verb');
    if (cue && cue !== 'passive') return cue;
  }
  // 4. "according to X" or "by X" later in the sentence
  const closeTok = q.close === null ? sentEnd : tokenAt(tokens, q.close);
  for (let v = closeTok; v + 1 < sentEnd && v - closeTok < CUE_WINDOW; v++) {
    if (tokens[v].lower === 'according' && tokens[v + 1].lower === 'to' && isOn('cue:according-to')) {
      const s = sp.startAt.get(v + 2) ?? sp.startAt.get(v + 3);
      if (s)
        return {
          verb: { start: tokens[v].start, end: tokens[v + 1].end },
          subject: s,
          position: 'according-to',
          rule: 'cue:according-to',
        };
    }
  }
  const by = isOn('cue:passive-by') ? passiveBy(text, tokens, sp, q, sentEnd) : null;
  if (by) return { verb: { start: by.start, end: by.start }, subject: by, position: 'by', rule: 'cue:passive-by' };
  // 5. the previous sentence ends with a colon
  if (
    prevSentence &&
    q.open <= sentence.start + 1 &&
    isOn('cue:colon-sentence-before') &&
    /:\s*$/.test(text.slice(prevSentence.start, prevSentence.end))
  ) {
    const cue = findCue(text, tokens, sp, { ...q, open: prevSentence.end, close: null }, prevSentence, undefined);
    if (cue) return { ...cue, position: 'colon', rule: 'cue:colon-sentence-before' };
  }
  return null;
}

/**
 * The end of reported words that hold an opened quotation: past its closing mark when trimming
 * left the mark out ("accused them of “reckless vandalism”", not "… “reckless vandalism").
 */
function closingMarkEnd(text: string, start: number, end: number): number {
  let curly = 0;
  let straight = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201c) curly++;
    else if (c === 0x201d) curly--;
    else if (c === 34) straight++;
  }
  if (curly <= 0 && straight % 2 === 0) return end;
  const close = curly > 0 ? '”' : '"';
  for (let i = end; i < Math.min(text.length, end + 3); i++) if (text[i] === close) return i + 1;
  return end;
}

/** "“heartbreaking” by the conservation department" after a description verb. */
function passiveBy(text: string, tokens: Token[], sp: Speakers, q: RawQuote, sentEnd: number): Range | null {
  if (q.close === null) return null;
  const k = tokenAt(tokens, q.close);
  if (!(k < sentEnd && tokens[k].lower === 'by' && tokens[k].start - q.close < 4)) return null;
  const named = sp.startAt.get(k + 1);
  if (named) return named;
  // "by the conservation department": a lower-case body, resolved later against known names
  if (tokens[k + 1]?.lower !== 'the') return null;
  let e = k + 2;
  while (e < sentEnd && e - k <= 5 && !/[,.;:!?]/.test(text.slice(tokens[e - 1].end, tokens[e].start))) e++;
  return e > k + 2 ? { start: tokens[k + 1].start, end: tokens[e - 1].end } : null;
}

/**
 * The longest stretch of reported words, in characters: far longer than any sentence of news prose
 * (the test pages' longest is 396), and a bound on what each verb of a sentence that never ends reads.
 */
const REPORTED_MAX = 2000;

/**
 * How deep reported words may nest in one sentence: "X said Y told him that …" is two deep; the
 * PolNeAR articles and the test pages have nothing deeper.
 */
const REPORTED_NESTING = 4;

/**
 * How many of a sentence's spans hold `pos` (they start before it, in order, and end after it). A span
 * that ends at or before `pos` holds no later position either (starts only grow): it leaves the list.
 */
function nestedIn(open: ReportedSpan[], pos: number): number {
  let n = 0;
  let kept = 0;
  for (const r of open) {
    if (r.end <= pos) continue;
    open[kept++] = r;
    if (r.start <= pos) n++;
  }
  open.length = kept;
  return n;
}

/** text.indexOf(ch, from) when it is before `to`, else -1: the search stops at `to`. */
function indexWithin(text: string, ch: string, from: number, to: number): number {
  const c = ch.charCodeAt(0);
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === c) return i;
  return -1;
}

/** "X said (that) …", "X has accused Y of …": the reported content and its speaker. */
export function findReported(text: string, tokens: Token[], sp: Speakers, sentences: Sentence[]): ReportedSpan[] {
  const out: ReportedSpan[] = [];
  sentences.forEach((sentence, si) => {
    const first = tokenAt(tokens, sentence.start);
    const last = tokenAt(tokens, sentence.end);
    const before = out.length;
    /** this sentence's spans that may still hold a later one (see nestedIn) */
    const open: ReportedSpan[] = [];
    let clauseCue = false;
    for (let v = first + 1; v < last; v++) {
      const t = tokens[v];
      if (!(t.marks & REPORTING) || nounUse(text, tokens, v)) continue;
      if (PASSIVE_BEFORE.has(tokens[v - 1].lower)) continue;
      let subj = subjectBefore(tokens, sp, v, first, text);
      let coordinated = false;
      if (!subj) {
        // (the second verb of the same speaker: only where the first one's words do not already hold it)
        const prev = out.length ? out[out.length - 1] : null;
        if (prev && prev.sentence === si && prev.start <= t.start && t.start < prev.end) continue;
        subj = isOn('reported:second-verb') ? coordinatedSubject(text, tokens, sp, v, first) : null;
        coordinated = !!subj;
      }
      if (!subj) continue;
      // "“…,” Merz told a press conference": the verb gives the quotation its speaker; it reports nothing more
      if (/(?:[”"’]|''),?\s*$/.test(text.slice(Math.max(sentence.start, subj.range.start - 6), subj.range.start)))
        continue;
      // "I wrote …", "we reported …" outside quotation marks: the writer, not a source
      if (WRITER.test(text.slice(subj.range.start, subj.range.end))) continue;
      // "would not say whether …", "never claimed that …": nothing was said
      if (negatedBefore(tokens, v, tokenAt(tokens, subj.range.end))) continue;
      let c = v + 1;
      if (c >= last) continue;
      // "…, Ukraine's air force said Sunday, as …": the words said come before the speaker (below)
      if (CLAUSE_AFTER_CUE.test(text.slice(t.end, Math.min(sentence.end, t.end + 80)))) {
        clauseCue = true;
        continue;
      }
      const afterVerb = text.slice(t.end, tokens[c].start);
      if (
        /[:“”"‘]/.test(afterVerb) ||
        tokens[c].lower === 'to' ||
        (tokens[c].lower === 'in' &&
          tokens[c + 1]?.lower === 'a' &&
          tokens[c + 2]?.lower === 'statement' &&
          /:/.test(text.slice(tokens[c + 2].end, tokens[c + 3]?.start ?? sentence.end)))
      )
        continue;
      // "accused Putin of …" reads from the verb; "warned that …" as any other verb
      const objectFirst = OBJECT_FIRST_VERBS.has(t.lower) && tokens[c].lower !== 'that';
      if (/[.,;]/.test(afterVerb) && !objectFirst) continue;
      const rule = coordinated ? 'reported:second-verb' : objectFirst ? 'reported:accused-of' : 'reported:verb-that';
      if (!isOn(rule)) continue;
      let start: number;
      if (objectFirst) {
        start = t.start;
      } else {
        if (LISTENER_VERBS.has(t.lower)) {
          const listener = sp.startAt.get(c);
          if (listener) c = tokenAt(tokens, listener.end);
          else {
            c += /^(?:the|a|an)$/.test(tokens[c].lower) ? 2 : 1;
            // "told a joint press conference", "told the BBC's Today programme": the audience, to its head
            for (let k = c - 1; k < Math.min(last, c + 3); k++) {
              if (AUDIENCES.has(tokens[k].lower)) {
                c = k + 1;
                break;
              }
            }
          }
        }
        // "said on Sunday that …": start after a nearby "that"
        let afterThat = false;
        for (let k = c; k < Math.min(last, c + 6); k++) {
          if (tokens[k].lower === 'that') {
            c = k + 1;
            afterThat = true;
            break;
          }
        }
        if (c >= last) continue;
        start = tokens[c].start;
        // "said on Monday it would …", "said in a statement the plan …": when and where, not what
        const lead = WHEN_WHERE.exec(text.slice(start, Math.min(sentence.end, start + 60)));
        if (lead && start + lead[0].length < sentence.end) start += lead[0].length;
        // (what was said opens on a word, not on a stray mark left after "on Monday ,")
        while (start < sentence.end && /[\s,;:.–—-]/.test(text[start])) start++;
        // (a title in quotation marks before "that" is where it was said: 'told CNN's "State of the Union" that …')
        const between = text.slice(t.end, start);
        if (
          between.includes(':') ||
          (/[“”"‘]/.test(between) && !(afterThat && closedQuotes(between))) ||
          /^[^“”"]{0,24}:\s*[“"‘]/.test(text.slice(start, start + 30))
        )
          continue;
        if (/^[“"‘]/.test(text.slice(start - 1, start)) && tokens[c].start > 0) start = tokens[c].start;
      }
      // (to the sentence's end, or REPORTED_MAX characters: the words of each verb of a sentence that
      // never ends were read to its end, each verb's in turn)
      let end = Math.min(sentence.end, start + REPORTED_MAX);
      while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
      // "(Alibaba says it has no plans.)": the bracket that closes the aside is not said
      if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) {
        end--;
        while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
      }
      end = closingMarkEnd(text, start, end);
      // "the proposal was “not serious,” while an Egyptian mediator, speaking anonymously, said …":
      // another speaker's words begin at the conjunction
      // "…,” according to a statement." / "…,” Chinese state media reported.": who passes it on, not what was said
      const passedOn =
        PASSED_ON_HINT.test(text.slice(Math.max(start, end - 14), end)) ||
        text.slice(start, end).includes('according to')
          ? PASSED_ON.exec(text.slice(start, end))
          : null;
      const other = passedOn ?? OTHER_SPEAKER.exec(text.slice(start, end));
      if (other) {
        end = start + other.index;
        while (end > start && /[\s,;”"’]/.test(text[end - 1])) end--;
        end = closingMarkEnd(text, start, end);
      }
      if (splitLength(text, start, end, 3) < 3) continue;
      const content = text.slice(start, end);
      // "conceded defeat shortly after 10pm", "claimed responsibility for the attack": a thing done, no clause said
      if (splitLength(text, start, end, 6) <= 5 && BARE_OBJECT.test(content) && !CLAUSE_WORD.test(content)) continue;
      // "said in a statement", "told the BBC on Sunday": where, not what; "said when asked whether …": when
      if (
        /^(?:in|on|at|during|to|via|through|from|after|before|while|outside|inside|near|behind|beside|across)\s/i.test(
          content,
        ) &&
        splitLength(text, start, end, 8) <= 7
      )
        continue;
      if (
        /^(?:when|after|before|while|as)\s+(?:asked|questioned|pressed|speaking|interviewed|quizzed)\b/i.test(content)
      )
        continue;
      // "… told Mr. Modi, according to Chinese state media": who says so, not what was said
      if (/^according\s+to\b/i.test(content)) continue;
      // "did not say whether …", "asked how …": a question, not a claim
      if (/^(?:whether|if|why|how|what|who|where)\b/i.test(content)) continue;
      // (words reported inside words reported, "X said Y told him that …", go REPORTED_NESTING deep at
      // most: a sentence of nothing but verbs of saying made each verb's words hold all the next ones')
      if (nestedIn(open, start) >= REPORTED_NESTING) continue;
      // a second speaker in the same sentence ends the first one's words: "…, while Macron said …"
      const prev = out[out.length - 1];
      if (prev && prev.sentence === si && subj.range.start < prev.end && subj.range.start > prev.start) {
        // cut at the last comma or conjunction before the second speaker ("…, while French president Macron")
        const head = text.slice(prev.start, subj.range.start);
        let cut = -1;
        for (const m of head.matchAll(/[,;–—]|\s(?:while|whereas|but|although|though)\s/g)) cut = m.index;
        let e = cut > 0 ? prev.start + cut : subj.range.start;
        while (e > prev.start && /[\s,;]/.test(text[e - 1])) e--;
        // (cut to under three words, the first speaker said nothing this sentence shows: no claim)
        if (splitLength(text, prev.start, e, 3) < 3) {
          out.pop();
          const o = open.lastIndexOf(prev);
          if (o >= 0) open.splice(o, 1);
        } else prev.end = e;
      }
      const span = { start, end, cue: { start: t.start, end: t.end }, subject: subj.range, sentence: si, rule };
      out.push(span);
      open.push(span);
    }
    if (clauseCue && isOn('reported:source-then-clause')) {
      const said = trailingCue(text, tokens, sp, sentence, first, last, true);
      if (said && !out.slice(before).some((r) => r.start < said.end && said.start < r.end))
        out.splice(before, 0, { ...said, sentence: si, rule: 'reported:source-then-clause' });
    }
    if (out.length && out[out.length - 1].sentence === si) return;
    // "According to X, …"
    if (
      last - first > 4 &&
      tokens[first].lower === 'according' &&
      tokens[first + 1].lower === 'to' &&
      isOn('reported:according-to-first')
    ) {
      const subject = sp.startAt.get(first + 2) ?? sp.startAt.get(first + 3);
      // (the first comma within 40 characters of the subject, in the sentence: searched there only)
      const comma = subject ? indexWithin(text, ',', subject.end, Math.min(sentence.end, subject.end + 40)) : -1;
      if (subject && comma > 0) {
        let start = comma + 1;
        while (start < sentence.end && /\s/.test(text[start])) start++;
        // "According to the ministry, which is run by Hamas, …": the clause describes the source
        if (/^(?:which|who|whose|where)\b/.test(text.slice(start, start + 6))) {
          const next = indexWithin(text, ',', start, sentence.end);
          if (next > 0) for (start = next + 1; start < sentence.end && /\s/.test(text[start]);) start++;
        }
        let end = sentence.end;
        while (end > start && /[\s.,;:!?”"’]/.test(text[end - 1])) end--;
        // (words in quotation marks there are a quote, found as one)
        if (!/^[“"‘]/.test(text.slice(start, start + 1)) && splitLength(text, start, end, 3) >= 3) {
          out.push({
            start,
            end,
            cue: { start: tokens[first].start, end: tokens[first + 1].end },
            subject,
            sentence: si,
            rule: 'reported:according-to-first',
          });
          return;
        }
      }
    }
    // wire style, the source at the end: "…, the Russian space agency said." / "…, said Mr Smith."
    const trailing =
      (isOn('reported:source-last') ? trailingCue(text, tokens, sp, sentence, first, last) : null) ??
      (isOn('reported:according-to-last') ? accordingToLast(text, tokens, sp, sentence, first, last) : null);
    if (trailing) out.push({ ...trailing, sentence: si });
  });
  return out;
}

/**
 * Wire style, the source last: "More than 44,000 people have been killed, according to the health
 * ministry[, which …]." The words before the comma are what the source says.
 */
function accordingToLast(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  first: number,
  last: number,
): Omit<ReportedSpan, 'sentence'> | null {
  // (the source and a clause describing it fill the sentence's last few words)
  for (let v = last - 2; v > first && last - v <= 28; v--) {
    if (!(tokens[v].marks & ACCORDING) || tokens[v + 1].lower !== 'to') continue;
    if (!/^\s*,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) return null;
    const subject = sp.startAt.get(v + 2) ?? (tokens[v + 2]?.lower === 'the' ? sp.startAt.get(v + 3) : undefined);
    // the source ends the sentence, or a clause describing it does
    // (or a phrase after a comma that describes it or the figure: ", which …", ", driven by higher food prices";
    // not a clause of its own: ", and then left")
    if (!subject || !/^[\s.!?”"’]*$|^,\s*(?!and\b|but\b|or\b|then\b)[a-z]/.test(text.slice(subject.end, sentence.end)))
      return null;
    const commaAt = tokens[v - 1].end + text.slice(tokens[v - 1].end, tokens[v].start).indexOf(',');
    let start = sentence.start;
    const dateline = datelineAt(text.slice(start, commaAt));
    if (dateline) start += dateline[0].length;
    while (start < commaAt && /\s/.test(text[start])) start++;
    let end = commaAt;
    while (end > start && /[\s,]/.test(text[end - 1])) end--;
    // (words in quotation marks there are a quote, found as one)
    if (/^[“"‘]/.test(text.slice(start, start + 1)) || splitLength(text, start, end, 4) < 4) return null;
    return {
      start,
      end,
      cue: { start: tokens[v].start, end: tokens[v + 1].end },
      subject,
      rule: 'reported:according-to-last',
    };
  }
  return null;
}

/**
 * "X described the visit as “historic” and said …": the second verb of X's, after "and" or "but",
 * has the subject of a verb of saying before it in the sentence.
 */
function coordinatedSubject(
  text: string,
  tokens: Token[],
  sp: Speakers,
  v: number,
  first: number,
): { range: Range; bare: boolean } | null {
  const link = tokens[v - 1]?.lower;
  if (v - 1 <= first || (link !== 'and' && link !== 'but')) return null;
  for (let u = v - 2; u > first && v - u <= 24; u--) {
    if (!SPEECH_VERBS.has(tokens[u].lower) || nounUse(text, tokens, u)) continue;
    const s = subjectBefore(tokens, sp, u, first, text);
    return s && !s.bare ? s : null;
  }
  return null;
}

function trailingCue(
  text: string,
  tokens: Token[],
  sp: Speakers,
  sentence: Sentence,
  first: number,
  last: number,
  clauseOnly = false,
): Omit<ReportedSpan, 'sentence'> | null {
  for (let v = last - 1; v > first && (clauseOnly || last - v <= 6); v--) {
    if (!(tokens[v].marks & REPORTING)) continue;
    // after the verb only a time or place: "said on Thursday", "said in a statement"; or (clauseOnly)
    // one and a clause of its own: "said Sunday, as President Zelenskyy urged …"
    const after = text.slice(tokens[v].end, sentence.end);
    if (clauseOnly ? !CLAUSE_AFTER_CUE.test(after) : !/^[^,;:“”"]*$/.test(after)) {
      if (clauseOnly) continue;
      return null;
    }
    let subject: Range | null = null;
    let commaAt = -1;
    const inverted = sp.startAt.get(v + 1);
    if (inverted && /,\s*$/.test(text.slice(tokens[v - 1].end, tokens[v].start))) {
      subject = inverted; // "…, said Mr Smith."
      commaAt = tokens[v - 1].end;
    } else {
      const s = subjectBefore(tokens, sp, v, first, text);
      if (!s || s.bare || WRITER.test(text.slice(s.range.start, s.range.end))) return null;
      // right after the comma, or after a few words describing the source: "…, local health officials said"
      const before = SOURCE_LEAD.exec(text.slice(Math.max(sentence.start, s.range.start - 48), s.range.start));
      if (!before || before[1].split(/\s+/).some((w) => NOT_SOURCE_WORDS.has(w.toLowerCase()))) return null;
      subject = s.range;
      commaAt = text.lastIndexOf(',', s.range.start);
    }
    let start = sentence.start;
    // a wire dateline is not what was said: "ISTANBUL, May 16 (Reuters) - …"
    const dateline = datelineAt(text.slice(start, commaAt));
    if (dateline) start += dateline[0].length;
    while (start < commaAt && /[\s“"‘]/.test(text[start])) start++;
    let end = commaAt;
    while (end > start && /[\s,”"’]/.test(text[end - 1])) end--;
    if (/^[“"‘]/.test(text.slice(sentence.start, sentence.start + 1)) || splitLength(text, start, end, 4) < 4)
      return null;
    return { start, end, cue: { start: tokens[v].start, end: tokens[v].end }, subject, rule: 'reported:source-last' };
  }
  return null;
}
