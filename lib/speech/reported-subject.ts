import { beforeRelativeClause, RELATIVE_THEN_VERB } from './subject-relative';
import { tokenAt } from '../text/tokens';
import { ADVERBS_BEFORE_REPORTING_VERB, AUXILIARIES, NEGATIVE_SUBJECTS, VERB_FILLERS } from '../words';
import { isOn } from '../engine/rules/switched-off';
import type { Range } from '../engine/findings';
import { coordinatedSubject, isAdverb, subjectBefore, type Subject } from './subjects';
import { apposedSubject, CHAIN_PREPOSITIONS } from './subject-apposed';
import { negatedBefore, nounUse, PASSIVE_BEFORE, WRITER } from './verbs';
import { describedFirstVerbSubject, mainSubject } from './reported-participle';
import { complementedBefore, describedBefore, describedEndingAt, shareBefore } from './reported-described';
import { describedAfter } from './reported-after';
import { asideSubject, coordinatedStart } from './reported-aside';
import type { ReportedContext } from './reported';
import { trailingCue } from './reported-source';
import { shareEndingBefore } from './subject-share';
import { endBeforeSecondVerb } from './subject-second-verb';

/**
 * The subject of a verb of saying in reported speech: whether the word is a verb of saying here, who
 * its subject is (a name or pronoun, a relative clause's name, a share of a group, a description, the
 * subject of a verb before it), and whether that subject speaks for a source.
 */

/** Whether the subject s of the verb at v speaks for a source (not a quotation's speaker, the writer, or a denial). */
export function speaksHere(c: ReportedContext, v: number, s: Subject): boolean {
  const { text, tokens } = c;
  // "“…,” Merz told a press conference": the verb gives the quotation its speaker; it reports nothing more
  if (/(?:[”"’]|''),?\s*$/.test(text.slice(Math.max(c.sentence.start, s.range.start - 6), s.range.start))) return false;
  // "I wrote …", "we reported …" outside quotation marks: the writer, not a source
  if (WRITER.test(text.slice(s.range.start, s.range.end))) return false;
  // "would not say whether …", "never claimed that …": nothing was said; nor by "few" or "no one"
  if (negatedBefore(tokens, v, tokenAt(tokens, s.range.end))) return false;
  if (NEGATIVE_SUBJECTS.has(text.slice(s.range.start, s.range.end).toLowerCase())) return false;
  return !overSourceLast(c, v);
}

/** Each sentence's source named last, read once ("…, the Harbor Times reported."). */
const LAST_SOURCES = new WeakMap<object, { start: number; end: number } | null>();

/**
 * reported:source-over-verb — "Ann Lee told aides she would run, the Harbor Times reported.": where the
 * sentence closes on its source after a comma, that source passes on the whole sentence, the verb at v
 * with its words; the verb reports nothing of its own (its words are the source's).
 */
function overSourceLast(c: ReportedContext, v: number): boolean {
  if (!isOn('reported:source-over-verb') || !isOn('reported:source-last')) return false;
  let last = LAST_SOURCES.get(c.sentence);
  if (last === undefined) {
    const r = trailingCue(c.text, c.tokens, c.sp, c.sentence, c.first, c.last);
    // (the source right after the comma: not "…, a point Lee also acknowledged", "…, something many urged")
    const plain =
      r && r.rule === 'reported:source-last' && /^[\s,”"’]*(?:the\s+)?$/i.test(c.text.slice(r.end, r.subject.start));
    last = r && plain ? { start: r.start, end: r.end } : null;
    LAST_SOURCES.set(c.sentence, last);
  }
  const t = c.tokens[v];
  return !!last && last.start <= t.start && t.end <= last.end;
}

/** The verbs of a relative clause on a description: saying itself ("who wrote the profile", "who argued with her" report nothing). */
const RELATIVE_DESCRIBED_VERBS = /^(?:said|says|say|told|tells)$/;

/**
 * reported:relative-who — "Ann Lee, who said …", "business leaders who say …": the name the relative
 * clause hangs on is the speaker; inCommas when the clause is set in commas (it ends at the next one).
 */
function relativeSubject(
  c: ReportedContext,
  v: number,
): { subject: Subject; inCommas: boolean; how: 'reported:relative-who' | 'reported:relative-described' } | null {
  const { text, tokens, sp, first } = c;
  let k = v - 1;
  while (k > first && VERB_FILLERS.has(tokens[k].lower) && v - k <= 3) k--;
  if (k - 1 < first || tokens[k].lower !== 'who') return null;
  // (a name, or a description: "business leaders who say …", "a young voter, who said …")
  const named = sp.endAt.get(k - 1);
  const name =
    named ??
    (isOn('reported:relative-described') && RELATIVE_DESCRIBED_VERBS.test(tokens[v].lower)
      ? describedEndingAt(text, tokens, k - 1, first, true)?.range
      : undefined);
  if (!name || WRITER.test(text.slice(name.start, name.end))) return null;
  const commas = /^\s*,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start));
  // (a name that opens the sentence: only with the clause in commas, "Lee, who said …, left"; "Voters who
  // say X were divided" runs the clause into the main verb)
  if (k - 1 === first && !commas) return null;
  const how = named ? 'reported:relative-who' : 'reported:relative-described';
  const apposed = named ? relativeOnApposition(c, named, k) : null;
  // (a description's clause ends at the next comma too: "Ann Lee, an aide who said X, left")
  return { subject: apposed ?? { range: name, bare: false }, inCommas: commas || !named, how };
}

/**
 * reported:relative-on-apposition — "Ann Lee, a nurse from Dover, who said …", "Ann Lee, 24, of Dover,
 * who said …": where the name before "who" (at k) is a preposition's object inside an apposition, the
 * relative clause hangs on the name the apposition describes; null where it is not so.
 */
function relativeOnApposition(c: ReportedContext, named: Range, k: number): Subject | null {
  const { text, tokens, sp, first } = c;
  if (!isOn('reported:relative-on-apposition')) return null;
  let p = tokenAt(tokens, named.start) - 1;
  if (p > first && tokens[p].lower === 'the') p--;
  if (p <= first || !CHAIN_PREPOSITIONS.has(tokens[p].lower)) return null;
  const apposed = apposedSubject(text, tokens, sp, k, first);
  if (!apposed || apposed.range.start >= named.start) return null;
  return { ...apposed, head: apposed.head ?? 'reported:relative-on-apposition' };
}

/** "…, said Ann Lee." / "…, said Ann Lee, an analyst at Acme.": a name after the verb, then the sentence's end or its apposition. */
function invertedSource(c: ReportedContext, v: number): boolean {
  const { text, tokens, sp } = c;
  const name = tokens[v + 1]?.cap ? sp.startAt.get(v + 1) : undefined;
  if (!name) return false;
  // (read in the 40 characters after the name only: a sentence of many "…, said Ann Lee, …" read its rest each time)
  const rest = text.slice(name.end, Math.min(c.sentence.end, name.end + 40));
  return (
    /^(?:\s*\([^()]{1,30}\))?\s*(?:,|[.!?]?\s*$)/.test(rest) && (/,/.test(rest) || c.sentence.end - name.end <= 40)
  );
}

/** Whether the reporting word at v is no verb of saying here: a noun, a passive, or a verb whose source comes after it. */
export function notVerbHere(c: ReportedContext, v: number): boolean {
  const { text, tokens, last } = c;
  const t = tokens[v];
  // (not "is saying": a progressive, reported:progressive)
  if (nounUse(text, tokens, v) || (PASSIVE_BEFORE.has(tokens[v - 1].lower) && !t.lower.endsWith('ing'))) return true;
  // "the report states that …": "states" reports only before "that" and a clause ("states that have …" are places)
  if (t.lower === 'states' && !(tokens[v + 1]?.lower === 'that' && !AUXILIARIES.has(tokens[v + 2]?.lower ?? '')))
    return true;
  // "Most states have passed …", "states led by …": a plural noun, not a verb
  if (
    /s$/.test(t.lower) &&
    v + 1 < last &&
    /^\s+$/.test(text.slice(t.end, tokens[v + 1].start)) &&
    (AUXILIARIES.has(tokens[v + 1].lower) || tokens[v + 2]?.lower === 'by')
  )
    return true;
  // "“It is a problem for the party,” said Ann Lee, …": the quotation's verb, its speaker after it (no subject
  // before it: the words before are the quotation's)
  if (/[”"]|''/.test(text.slice(tokens[v - 1].end, t.start))) return true;
  // "…, said one source in the room.", "…, said Ann Lee, an analyst at Acme.": the source after the verb
  // (reported:source-last), not a subject before it
  if (!/,\s*$/.test(text.slice(tokens[v - 1].end, t.start))) return false;
  if (isOn('reported:source-last') && invertedSource(c, v)) return true;
  return isOn('reported:described-subject') && !!describedAfter(text, tokens, v, c.sentence);
}

/** The subject of the verb at v, and how it was found (the rule it gives, unless the verb reads from its object). */
export interface VerbSubject {
  subj: Subject;
  how:
    | 'reported:verb-that'
    | 'reported:relative-who'
    | 'reported:relative-described'
    | typeof RELATIVE_THEN_VERB
    | 'reported:share-subject-more'
    | 'reported:described-subject'
    | 'reported:described-complement'
    | 'reported:share-subject'
    | 'reported:second-verb'
    | 'reported:adverb-before-verb'
    | 'reported:aside-subject'
    | 'reported:coordinated-subject'
    | 'reported:second-verb-described';
  /** "Ann Lee, who said …,": the relative clause is set in commas */
  inCommas: boolean;
}

/**
 * reported:adverb-before-verb — "Ann Lee initially said", "the council has since argued", "Lee and Hale
 * both stressed": where the subject is looked for, back over up to two adverbs joined to the verb by
 * spaces (an adverb in "-ly", or one of ADVERBS_BEFORE_REPORTING_VERB); v itself where there are none.
 */
function pastAdverbs(c: ReportedContext, v: number): number {
  const { text, tokens, first } = c;
  let a = v;
  while (
    a - 1 > first &&
    v - a < 2 &&
    (ADVERBS_BEFORE_REPORTING_VERB.has(tokens[a - 1].lower) || isAdverb(tokens[a - 1])) &&
    /^ +$/.test(text.slice(tokens[a - 1].end, tokens[a].start))
  )
    a--;
  return a;
}

/** The subject of the verb at v: a name or pronoun, a relative clause's name, a description, or the subject of a verb before it. */
export function verbSubject(c: ReportedContext, v: number): VerbSubject | null {
  const found = subjectAt(c, v) ?? pastAdverbsSubject(c, v);
  if (found) return isOn('reported:coordinated-subject') ? coordinated(c, found) : found;
  if (!isOn('reported:aside-subject')) return null;
  // "Ann Lee, a member of the caucus, said …": the subject before an aside set in commas
  const aside = asideSubject(c, v);
  return aside && { subj: aside, how: 'reported:aside-subject', inCommas: false };
}

/**
 * reported:coordinated-subject — "Ann Lee and her aides said", "Current and former officials said":
 * the subject found is the last of coordinated ones that open the clause; the speaker is all of them.
 */
function coordinated(c: ReportedContext, found: VerbSubject): VerbSubject {
  if (found.how !== 'reported:verb-that' && found.how !== 'reported:described-subject') return found;
  const start = coordinatedStart(c, found.subj.range.start);
  if (start === found.subj.range.start) return found;
  return {
    subj: { ...found.subj, range: { start, end: found.subj.range.end }, bare: false },
    how: 'reported:coordinated-subject',
    inCommas: found.inCommas,
  };
}

/** reported:adverb-before-verb — the subject before the adverbs before the verb at v (see pastAdverbs). */
function pastAdverbsSubject(c: ReportedContext, v: number): VerbSubject | null {
  if (!isOn('reported:adverb-before-verb')) return null;
  const a = pastAdverbs(c, v);
  // (not inside words reported before it in the sentence: "X added that Lee still believed that …" is X's)
  if (a === v || c.open.some((r) => r.start <= c.tokens[v].start && c.tokens[v].start < r.end)) return null;
  const past = subjectAt(c, a);
  return past && past.how === 'reported:verb-that' ? { ...past, how: 'reported:adverb-before-verb' } : past;
}

/** The subject of a verb at v (or of the adverbs before it, at v): see verbSubject. */
function subjectAt(c: ReportedContext, v: number): VerbSubject | null {
  const { text, tokens, sp, out, si, first } = c;
  // "47 percent of voters said", "most of the candidates said": the share, not the group's name in it
  const share = isOn('reported:share-subject') ? shareBefore(text, tokens, v, first) : null;
  if (share) return { subj: share, how: 'reported:share-subject', inCommas: false };
  // "Current and former officials who spoke with reporters said": the subject before a relative clause
  // that runs up to the verb, not the clause's object right before it ("who walked to the council said")
  const relativeThen = beforeRelativeClause(text, tokens, v, first);
  if (relativeThen) return { subj: relativeThen, how: RELATIVE_THEN_VERB, inCommas: false };
  const subj = subjectBefore(tokens, sp, v, first, text);
  if (subj) return { subj, how: 'reported:verb-that', inCommas: false };
  const relative = isOn('reported:relative-who') ? relativeSubject(c, v) : null;
  if (relative) return { subj: relative.subject, how: relative.how, inCommas: relative.inCommas };
  // "the group said", "some Democrats said": a subject that is no name
  const described = isOn('reported:described-subject') ? describedBefore(text, tokens, v, first) : null;
  if (described) return { subj: described, how: 'reported:described-subject', inCommas: false };
  // "Some advocates for stem cell research said": a description with its complement
  const complemented = isOn('reported:described-complement') ? complementedBefore(text, tokens, v, first) : null;
  if (complemented) return { subj: complemented, how: 'reported:described-complement', inCommas: false };
  // "16 percent of voters still say", "half of whom said": a share reported:share-subject does not read
  const more = shareEndingBefore(text, tokens, v, first);
  if (more) return { subj: more, how: 'reported:share-subject-more', inCommas: false };
  // (the second verb of the same speaker: only where the first one's words do not already hold it)
  const prev = out.length ? out[out.length - 1] : null;
  if (prev && prev.sentence === si && prev.start <= tokens[v].start && tokens[v].start < prev.end)
    if (!endBeforeSecondVerb(c, prev, v)) return null;
  if (!isOn('reported:second-verb')) return null;
  const coordinated = coordinatedSubject(text, tokens, sp, v, first);
  if (coordinated) return { subj: coordinated, how: 'reported:second-verb', inCommas: false };
  // "Ann Lee toured the plant and said …": the second verb of the main clause's subject
  // (also past an auxiliary or an adverb: "Lee has voiced concerns but has said …")
  let link = v - 1;
  while (link - 1 > first && VERB_FILLERS.has(tokens[link].lower) && v - link <= 2) link--;
  if (!/^(?:and|but)$/.test(tokens[link].lower)) return null;
  const main = mainSubject(c, link);
  if (main) return { subj: { range: main, bare: false }, how: 'reported:second-verb', inCommas: false };
  // "Some officers chafed at the rules and said …": a described subject
  const firstDescribed = isOn('reported:second-verb-described') ? describedFirstVerbSubject(c, link) : null;
  return (
    firstDescribed && {
      subj: { range: firstDescribed, bare: false },
      how: 'reported:second-verb-described',
      inCommas: false,
    }
  );
}
