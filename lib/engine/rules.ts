/**
 * The engine's rules, by id: every finding carries the ids of the rules that made it and, for a
 * claim, attributed its speaker (`why`), and a `confidence` worked out from them (confidenceOf).
 *
 * An id is kebab-case with a family prefix:
 *   quote:     a stretch in quotation marks taken as speech (lib/speech/quotes.ts, kept in claims.ts)
 *   cue:       the words that attribute a quotation ("…,” Smith said) (lib/speech/cues.ts, findCue)
 *   reported:  a pattern of reported speech ("X said that …") (lib/speech/cues.ts, findReported)
 *   speaker:   how a claim's speaker was settled (lib/claims/claims.ts)
 *   figure:    a figure and the claim it sits in (lib/claims/claims.ts)
 *   name:      the kind of name a mention is (lib/actors/actors.ts)
 *   actor:     who a mention is (lib/actors/actors.ts)
 *
 * Every rule can be switched off by id: NEWSLENS_OFF=rule-id,... (read once, here). A rule switched
 * off is skipped where it fires (isOn), so the finding falls to the next rule or disappears.
 *
 * Confidence: a claim's confidence is the base confidence of its speaker rule (explicit evidence
 * next to the quote high, 0.9–0.95; a pronoun or description 0.7; carried over from the paragraph
 * before 0.6; the last person named 0.45; no speaker 0.2–0.3). A mention's is its actor rule's
 * (known to the knowledge file 0.95) else its name rule's.
 */

export type RuleFamily = 'quote' | 'cue' | 'reported' | 'speaker' | 'figure' | 'name' | 'actor';

export interface Rule {
  id: string;
  family: RuleFamily;
  /** Plain words for readers: how the finding was made. `{cue}` and `{speaker}` are filled in where known. */
  says: string;
  /** 0..1: how sure a finding made (or attributed) by this rule is. */
  confidence: number;
  /** A sentence (a short article; paragraphs one a line) on which the rule fires. */
  example: string;
  /** A close sentence on which it does not. */
  counter: string;
  /** It cannot be switched off (it is what the rest stands on). */
  fixed?: true;
  /**
   * Attribution rules only (cue, reported, speaker): how strong the evidence is, one of PRIORITY's
   * tiers (or a step within one). Where rules propose speakers for one quote, the highest wins
   * (attributionPriority, pickAttribution): explicit evidence beats inference.
   */
  priority?: number;
}

/**
 * The order of attribution evidence, strongest first: explicit evidence beats inference. A verb of
 * saying with its subject right next to the quote beats one elsewhere in the sentence, which beats a
 * colon or transcript introduction, then "according to", then resolving a pronoun or description,
 * then carrying the speaker over (same paragraph, then the paragraph before), then guessing the
 * person named before. `speaker:named` sets no bound (the cue's tier stands); `speaker:none`, 0.
 */
export const PRIORITY = {
  adjacent: 100,
  sentence: 90,
  colon: 80,
  accordingTo: 70,
  pronoun: 60,
  sameParagraph: 50,
  paragraphBefore: 40,
  personBefore: 30,
  none: 0,
} as const;

/** The lowest priority of explicit evidence: below it a speaker is inferred (pronoun, carry-over, guess). */
export const EXPLICIT = PRIORITY.accordingTo;

const rule = (
  id: string,
  says: string,
  confidence: number,
  example: string,
  counter: string,
  priority?: number,
): Rule => ({
  id,
  family: id.slice(0, id.indexOf(':')) as RuleFamily,
  says,
  confidence,
  example,
  counter,
  ...(priority === undefined ? {} : { priority }),
});

export const RULES: readonly Rule[] = [
  // quotation marks
  rule(
    'quote:double-marks',
    'Words in double quotation marks',
    0.9,
    'Maria Lopez said: “We will rebuild the bridge before the winter comes.”',
    'Maria Lopez said the town would rebuild the bridge before the winter comes.',
  ),
  rule(
    'quote:single-marks',
    'Words in single quotation marks',
    0.8,
    'Maria Lopez said: ‘We will rebuild the bridge before the winter comes.’',
    'Maria Lopez said: “We will rebuild the bridge before the winter comes.”',
  ),

  // cues next to a quotation (findCue)
  rule(
    'cue:after-quote-said',
    'Named right after the quote: ‘{cue}’',
    0.95,
    '“The river has never been this low,” Tomas Berg said.',
    '“The river has never been this low.” Tomas Berg walked along the bank.',
    PRIORITY.adjacent,
  ),
  rule(
    'cue:after-quote-said-x',
    'Named right after the quote: ‘{cue}’',
    0.95,
    '“The river has never been this low,” said Tomas Berg.',
    '“The river has never been this low.” Tomas Berg walked along the bank.',
    PRIORITY.adjacent,
  ),
  rule(
    'cue:after-quote-titled',
    'Named right after the quote, after their job: ‘{cue}’',
    0.9,
    '“We will win this county by a mile,” said campaign chairman Ann Lee.',
    '“We will win this county by a mile,” said the campaign in a note to staff.',
    PRIORITY.adjacent,
  ),
  rule(
    'cue:colon',
    'Introduced just before the quote, with a colon or a comma: ‘{cue}’',
    0.9,
    'Tomas Berg told the council: “The river has never been this low.”',
    'Tomas Berg walked to the council. “The river has never been this low.”',
    PRIORITY.colon,
  ),
  rule(
    'cue:colon-name',
    'A name and a colon before the quote',
    0.85,
    'A farmer, Tomas Berg: “The river has never been this low.”',
    'A farmer, Tomas Berg. “The river has never been this low.”',
    PRIORITY.colon,
  ),
  rule(
    'cue:colon-sentence-before',
    'Introduced in the sentence before, which ends with a colon',
    0.8,
    'Tomas Berg said, after a long and tiring meeting with the members of the council on Monday evening in the old town hall:\n“The river has never been this low in all the years we farmed here.”',
    'Tomas Berg spoke after a long and tiring meeting with the members of the council on Monday evening in the old town hall.\n“The river has never been this low in all the years we farmed here.”',
    PRIORITY.colon - 5,
  ),
  rule(
    'cue:before-quote',
    'Named earlier in the sentence: ‘{cue}’',
    0.9,
    'Tomas Berg said the drought was “the worst in living memory” for the valley.',
    'The drought was “the worst in living memory” for the valley.',
    PRIORITY.sentence,
  ),
  rule(
    'cue:modal-verb',
    'Named earlier in the sentence, with a verb of saying that only might happen: ‘{cue}’',
    0.7,
    'Tomas Berg could speak “in the coming days” about the valley.',
    'Tomas Berg walked “in the coming days” about the valley.',
    PRIORITY.sentence - 5,
  ),
  rule(
    'cue:participle',
    'The sentence’s subject, speaking in a clause: ‘{cue}’',
    0.85,
    'Tomas Berg criticised the council, calling its plan “a disgrace to the valley”.',
    'Tomas Berg criticised the council for its plan, “a disgrace to the valley”.',
    PRIORITY.sentence,
  ),
  rule(
    'cue:according-to',
    'Given as the source: ‘according to …’',
    0.9,
    'The drought was “the worst in living memory”, according to Tomas Berg.',
    'The drought was “the worst in living memory”, during the summer.',
    PRIORITY.accordingTo,
  ),
  rule(
    'cue:passive-by',
    'Named after the quote with ‘by’',
    0.85,
    'The plan was described as “a disgrace” by Tomas Berg at the meeting.',
    'The plan was described as “a disgrace” at the meeting.',
    PRIORITY.adjacent,
  ),

  // reported speech (findReported)
  rule(
    'reported:verb-that',
    'Reported speech: ‘{cue}’ followed by what was said',
    0.9,
    'Tomas Berg said that the council would cut the water supply next month.',
    'Tomas Berg walked to the council before the water supply was cut.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:accused-of',
    'Reported speech: a verb like ‘accused … of’',
    0.85,
    'Tomas Berg accused the council of wasting the water of the whole valley.',
    'Tomas Berg visited the council offices in the middle of the valley.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:second-verb',
    'Reported speech: a second verb of the same speaker (‘and said’)',
    0.8,
    'Tomas Berg criticised the plan and said the council would cut the water supply next month.',
    'Tomas Berg criticised the plan and walked out before the water supply was cut.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:according-to-first',
    'Reported speech opening with ‘According to …’',
    0.85,
    'According to Tomas Berg, the council will cut the water supply next month.',
    'Before Tomas Berg arrived, the council had cut the water supply last month.',
    PRIORITY.accordingTo,
  ),
  rule(
    'reported:according-to-last',
    'Reported speech ending with ‘according to …’',
    0.85,
    'The council will cut the water supply in the valley next month, according to Tomas Berg.',
    'The council will cut the water supply in the valley next month, before Tomas Berg returns.',
    PRIORITY.accordingTo,
  ),
  rule(
    'reported:source-last',
    'Reported speech with its source at the end: ‘…, said X’',
    0.85,
    'The council will cut the water supply in the valley next month, Tomas Berg said.',
    'The council will cut the water supply in the valley next month, and Tomas Berg left.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:source-then-clause',
    'Reported speech with its source after it, then another clause: ‘…, X said Sunday, as …’',
    0.8,
    'The council will cut the water supply in the valley, Tomas Berg said Sunday, as the river fell.',
    'The council will cut the water supply in the valley, Tomas Berg said Sunday.',
    PRIORITY.sentence,
  ),

  // the speaker (claims.ts)
  rule(
    'speaker:named',
    'The cue names the speaker',
    0.95,
    '“The river has never been this low,” Tomas Berg said.',
    '“The river has never been this low,” he said.',
    PRIORITY.adjacent,
  ),
  rule(
    'speaker:pronoun',
    'A pronoun: ‘{subject}’ → {speaker}',
    0.7,
    'Tomas Berg stood by the river. “It has never been this low,” he said.',
    'Tomas Berg stood by the river. “It has never been this low,” Tomas Berg said.',
    PRIORITY.pronoun,
  ),
  rule(
    'speaker:description',
    'A description standing for someone named before: ‘{subject}’ → {speaker}',
    0.65,
    'Tomas Berg has farmed here for years. The veteran said that the river had never been this low.',
    'Tomas Berg has farmed here for years. Tomas Berg said that the river had never been this low.',
    PRIORITY.pronoun,
  ),
  rule(
    'speaker:reported-thought',
    'Quoted inside what the speaker said, after a verb of thinking',
    0.8,
    'Tomas Berg said the council expected the river to stay “very low” until spring.',
    'Tomas Berg said the river would stay “very low” until spring.',
    PRIORITY.sentence + 5,
  ),
  rule(
    'speaker:same-paragraph',
    'Carried over from the quote before, in the same paragraph',
    0.7,
    '“The river has never been this low,” Tomas Berg said. “We have never seen anything like it.”',
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday. Its members voted.',
    PRIORITY.sameParagraph,
  ),
  rule(
    'speaker:paragraph-before',
    'Carried over from the paragraph before',
    0.6,
    '“The river has never been this low,” Tomas Berg said.\n“We have never seen anything like it in forty years of farming here.”',
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday.',
    PRIORITY.paragraphBefore,
  ),
  rule(
    'speaker:person-before',
    'The person named just before the quote',
    0.45,
    'Tomas Berg has farmed the valley for forty years.\n“We have never seen anything like it in all that time on the farm.”',
    'The valley has been farmed for forty years.\n“We have never seen anything like it in all that time on the farm.”',
    PRIORITY.personBefore,
  ),
  rule(
    'speaker:recent-speaker',
    'The last speaker, a few paragraphs before',
    0.5,
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday.\nThe vote was close.\n“We have never seen anything like it in forty years of farming here.”',
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday.\nThe vote was close.\nIt rained.\nThe mayor left.\n“We have never seen anything like it in forty years of farming here.”',
    PRIORITY.personBefore - 5,
  ),
  rule(
    'speaker:named-after-continuation',
    'Named after the quote’s next paragraph',
    0.6,
    '“The river has never been this low.\n“We have never seen anything like it,” Tomas Berg said.',
    '“The river has never been this low.”\n“We have never seen anything like it,” Tomas Berg said.',
    PRIORITY.sameParagraph + 5,
  ),
  // (switched off: claims with no speaker are left out)
  rule(
    'speaker:none',
    'No speaker could be found',
    0.2,
    'The council met on Monday. “It was a long meeting for all of us,” they said.',
    '“The river has never been this low,” Tomas Berg said.',
    PRIORITY.none,
  ),

  // figures
  rule(
    'figure:in-claim',
    'A figure in what the speaker said',
    0.6,
    'Tomas Berg said that the council would cut the water supply by 40 per cent.',
    'The council cut the water supply by 40 per cent.',
  ),
  rule(
    'figure:alone',
    'A figure in the article’s own words',
    0.5,
    'The council cut the water supply by 40 per cent.',
    'The council cut the water supply last month.',
  ),

  // names (what kind of name a mention is)
  rule(
    'name:capitalised',
    'A name in capitals',
    0.8,
    'Tomas Berg farms in the valley.',
    'the farmer farms in the valley.',
  ),
  rule(
    'name:acronym',
    'An abbreviation',
    0.8,
    'The town asked the UN for help with the drought.',
    'The town asked the neighbours for help with the drought.',
  ),
  rule(
    'name:role',
    'An office or body named by its role: ‘the prime minister’, ‘the ministry’',
    0.75,
    'The UK prime minister visited the valley on Monday.',
    'The farmer visited the valley on Monday.',
  ),
  rule(
    'name:unnamed-source',
    'An unnamed source: ‘a spokesperson’, ‘officials’',
    0.8,
    'Officials said that the council would cut the water supply next month.',
    'The council would cut the water supply next month.',
  ),
  rule(
    'name:known-phrase',
    'A name the knowledge file knows, written in lower case',
    0.75,
    'Leaders of the coalition of the willing met in Paris on Monday.',
    'Leaders of the willing coalition met in Paris on Monday.',
  ),
  rule(
    'name:quoted-term',
    'A name set in quotation marks once and written plainly elsewhere',
    0.7,
    'Residents joined the “Save Our River” campaign. On Monday the save our river campaign met.',
    'Residents joined the Save Our River campaign. On Monday the campaign met.',
  ),

  // actors (who a mention is)
  {
    ...rule(
      'actor:known',
      'Known to the knowledge file',
      0.95,
      'Keir Starmer visited the valley on Monday.',
      'Tomas Berg visited the valley on Monday.',
    ),
    fixed: true,
  },
  rule(
    'actor:apposition',
    'Described right after the person’s name: ‘X, the spokesman,’',
    0.85,
    'Dmitry Peskov, Vladimir Putin’s spokesman, told reporters that the talks would go on.',
    'Vladimir Putin’s spokesman told reporters that the talks would go on.',
  ),
  rule(
    'actor:spokesperson-for',
    'A spokesperson for the organisation that spoke just before',
    0.7,
    'Apple said it would appeal. “We disagree with the ruling,” a spokesperson said.',
    'The ruling came on Monday. “We disagree with the ruling,” a spokesperson said.',
  ),
  rule(
    'actor:document-author',
    'A document, standing for the body that wrote it',
    0.7,
    'A new report by the Eastfield Poverty Trust was published. The report said that one child in four was poor.',
    'A new report was published. The report said that one child in four was poor.',
  ),
  rule(
    'actor:same-source',
    'The same unnamed source as before: ‘the spokesman’',
    0.65,
    'A Downing Street spokesman said the water would be cut. “It will return in May,” the spokesman said.',
    'A Downing Street spokesman said the water would be cut. “It will return in May,” a farmer said.',
  ),
];

const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export const ruleById = (id: string): Rule | undefined => BY_ID.get(id);
export const ruleIds = (): string[] => RULES.map((r) => r.id);

/** The rules switched off: NEWSLENS_OFF=id,id (read once; unknown ids are kept in `offProblem`). */
let off = new Set<string>();
let offProblem: string | null = null;

/** Parses a NEWSLENS_OFF value: the ids, or a message naming the unknown ones and the known ones. */
export function parseOff(value: string | undefined | null): { ids: Set<string>; problem: string | null } {
  const ids = new Set(
    (value ?? '')
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );
  const unknown = [...ids].filter((id) => !BY_ID.has(id));
  const fixed = [...ids].filter((id) => BY_ID.get(id)?.fixed);
  return {
    ids,
    problem: unknown.length
      ? `NEWSLENS_OFF: unknown rule ${unknown.join(', ')}; the rules are: ${ruleIds().join(', ')}`
      : fixed.length
        ? `NEWSLENS_OFF: ${fixed.join(', ')} cannot be switched off`
        : null,
  };
}

{
  // (in the browser there is no process: every rule is on)
  const env = (globalThis as { process?: { env?: Record<string, string | undefined> } }).process?.env;
  const parsed = parseOff(env?.NEWSLENS_OFF);
  off = parsed.ids;
  offProblem = parsed.problem;
}

/** Throws when NEWSLENS_OFF names a rule that does not exist (the command line calls it first). */
export function assertOffSwitches(): void {
  if (offProblem) throw new Error(offProblem);
}

/** Whether rule `id` is switched on. */
export const isOn = (id: string): boolean => off.size === 0 || !off.has(id);

/** Switches rules off (tests and the eval); [] switches every rule back on. */
export function setOff(ids: Iterable<string>): void {
  const parsed = parseOff([...ids].join(','));
  if (parsed.problem) throw new Error(parsed.problem);
  off = parsed.ids;
  offProblem = null;
}

export const offRules = (): string[] => [...off];

/** The base confidence of a rule (0.5 for an id the registry does not hold). */
export const baseConfidence = (id: string): number => BY_ID.get(id)?.confidence ?? 0.5;

/** A rule's attribution priority (undefined for a rule that attributes nothing: quote, figure, name, actor). */
export const priorityOf = (id: string): number | undefined => BY_ID.get(id)?.priority;

/**
 * How strong the evidence for a speaker is, from the rules that found it: the lowest priority among
 * them, so "…,” he said" stands at the pronoun's tier (a cue right after the quote, but resolved by
 * inference) and "…,” Smith said" at the cue's. No attribution rule: PRIORITY.none.
 */
export function attributionPriority(why: readonly string[]): number {
  let min = Infinity;
  for (const id of why) {
    const p = priorityOf(id);
    if (p !== undefined) min = Math.min(min, p);
  }
  return min === Infinity ? PRIORITY.none : min;
}

/** A proposed speaker for one quote: who, and the rules that found them. */
export interface Proposal<A> {
  actor: A | null;
  why: readonly string[];
}

/**
 * The decision among the speakers proposed for one quote, read from the registry's priorities: the
 * highest priority wins (the first proposed on a tie); a proposal without a speaker never wins. An
 * inference (below EXPLICIT) whose speaker differs from the one explicit evidence in the same
 * sentence names (`explicitInSentence`) is dropped, and so is every inference where that evidence
 * names someone: the sentence says who spoke.
 */
export function pickAttribution<A, P extends Proposal<A>>(
  proposals: readonly (P | null | undefined)[],
  explicitInSentence: A | null = null,
): P | null {
  let best: P | null = null;
  let bestPriority = -Infinity;
  for (const p of proposals) {
    if (!p || p.actor == null) continue;
    const priority = attributionPriority(p.why);
    if (explicitInSentence != null && priority < EXPLICIT && p.actor !== explicitInSentence) continue;
    if (priority > bestPriority) {
      best = p;
      bestPriority = priority;
    }
  }
  return best;
}

const familyOf = (id: string) => id.slice(0, id.indexOf(':'));
/** The families whose rules attribute a claim: a claim is as sure as the least sure of them. */
const ATTRIBUTING = new Set(['cue', 'reported', 'speaker', 'figure']);

/**
 * A finding's confidence from its `why`. A claim (its rules attribute it: cue, reported, speaker,
 * figure): the lowest base confidence among those, so "…,” he said" is as sure as the pronoun
 * (0.7) and "…,” Smith said" as the cue (0.95). A mention: its last actor rule's, else its last
 * name rule's. No rule: 0.5.
 */
export function confidenceOf(why: readonly string[]): number {
  let min = Infinity;
  for (const id of why) if (ATTRIBUTING.has(familyOf(id))) min = Math.min(min, baseConfidence(id));
  if (min !== Infinity) return min;
  for (let i = why.length - 1; i >= 0; i--) if (familyOf(why[i]) === 'actor') return baseConfidence(why[i]);
  return why.length ? baseConfidence(why[why.length - 1]) : 0.5;
}

/** How sure, in words: "sure" (≥ 0.85), "fairly sure" (≥ 0.6), else "a guess". */
export function confidenceWords(c: number): 'sure' | 'fairly sure' | 'a guess' {
  return c >= 0.85 ? 'sure' : c >= 0.6 ? 'fairly sure' : 'a guess';
}

/** What explainWhy fills in: the cue's words ("said"), the subject's ("he"), the speaker's name. */
export interface WhyFill {
  cue?: string | null;
  subject?: string | null;
  speaker?: string | null;
}

/**
 * A `why` in plain words for readers, one line a rule (unknown ids are left out, so an internal
 * label never reaches a reader): `{cue}`, `{subject}` and `{speaker}` are filled in when given, and
 * left out with the words that frame them when not ("A pronoun: ‘he’ → Ann Lee", "A pronoun").
 */
export function explainWhy(why: readonly string[] | undefined, fill: WhyFill = {}): string[] {
  const out: string[] = [];
  for (const id of why ?? []) {
    const r = BY_ID.get(id);
    if (!r) continue;
    let s = r.says;
    for (const key of ['speaker', 'subject', 'cue'] as const) {
      const v = fill[key];
      if (!s.includes(`{${key}}`)) continue;
      if (v) s = s.replace(`{${key}}`, v);
      else if (key === 'speaker') s = s.replace(/\s*→\s*\{speaker\}/, '');
      else s = s.replace(new RegExp(`:?\\s*‘\\{${key}\\}’(\\s*→[^,;]*)?`), '');
    }
    if (!out.includes(s)) out.push(s);
  }
  return out;
}
