import type { KnowledgeIndex } from '../knowledge/index';
import type { Findings, Range } from '../engine/findings';
import type { Claim } from '../notes';
import { startsBefore, type ActorDraft, type ActorSet, type MentionDraft } from '../actors/actors';
import { DESCRIBED_BODY } from '../speech';
import { sentenceAt } from '../text/sentences';
import { THOUGHT_VERBS } from '../words';
import { attributionPriority, confidenceOf, EXPLICIT, isOn, pickAttribution, priorityOf } from '../engine/rules';

interface Attribution {
  actor: ActorDraft | null;
  mention: Range | null;
  cue: Range | null;
  how: string;
  /** The rules that made and attributed it (lib/engine/rules.ts). */
  why: string[];
}

interface Said {
  actor: ActorDraft;
  end: number;
  paragraph: number;
  sentence: number;
}

const PERSONAL = new Set(['he', 'she', 'him', 'her', 'his']);
/** How far back (characters) a description looks for the body it names. */
const LOOK_BACK = 2000;
/** Relation words before a name ("Her husband Mark"). */
const RELATION =
  /^(?:husband|wife|father|mother|son|daughter|brother|sister|partner|boyfriend|girlfriend|grandfather|grandmother|uncle|aunt|friend|colleague|neighbour|neighbor|dad|mum|mom)$/i;
/** Heads of descriptions that may stand for whichever organisation was named last ("the company said"). */
const GENERIC_BODY =
  /^(?:company|firm|organisation|organization|agency|club|network|broadcaster|newspaper|bank|airline|group)$/;
/**
 * Whether the words before a name at a sentence's start only describe it: up to five words, each
 * capitalised or one of the name's title ("Former United captain Gary Neville"), no punctuation.
 */
function titleLead(lead: string, title: string | null): boolean {
  // (five words are far shorter than TITLE_LEAD_MAX: a longer lead is none, and is not read)
  if (lead.length > TITLE_LEAD_MAX || !/^(?:[\p{L}’'.-]+\s+){1,5}$/u.test(lead)) return false;
  const titleWords = title ? title.split(' ') : [];
  return lead
    .trim()
    .split(/\s+/)
    .every((w) => /^\p{Lu}/u.test(w) || titleWords.includes(w.toLowerCase()) || RELATION.test(w));
}

const TITLE_LEAD_MAX = 200;

const paragraphOf = (findings: Findings, pos: number) => sentenceAt(findings.paragraphs, pos);

/** What a pronoun asks of the person it stands for (resolvePronoun's `fits`, by the pronoun's form). */
type Want = 'we' | 'they' | 'it' | 'm' | 'f' | 'any';
const wantOf = (form: string): Want =>
  form === 'we'
    ? 'we'
    : form === 'they'
      ? 'they'
      : form === 'it'
        ? 'it'
        : form === 'she' || form === 'her'
          ? 'f'
          : PERSONAL.has(form)
            ? 'm'
            : 'any';

/**
 * Speakers for quotes, reported speech and figures. Quotes are attributed in text order, so a
 * pronoun or a cue-less paragraph can lean on whoever spoke last.
 */

export function buildClaims(
  text: string,
  findings: Findings,
  set: ActorSet,
  index: KnowledgeIndex,
  date: string | null = null,
): Claim[] {
  const { byStart, mentions } = set;
  const outsideQuotes = mentions.filter((m) => !m.inQuote);
  const pronounAt = new Map(findings.pronouns.map((p) => [p.start, p]));
  /** Index of the last outside-quote mention starting before pos, or -1. */
  const lastBefore = (pos: number) => startsBefore(outsideQuotes, pos) - 1;
  const mentionWithin = (r: Range): MentionDraft | undefined => {
    const m = mentions[startsBefore(mentions, r.start)];
    return m && m.end <= r.end ? m : undefined;
  };
  const said: Said[] = [];
  const sentenceOf = (pos: number) => sentenceAt(findings.sentences, pos);

  const lastSaid = (before: number): Said | undefined => {
    for (let i = said.length - 1; i >= 0; i--) if (said[i].end <= before) return said[i];
    return undefined;
  };

  /** The person a pronoun at `pos` stands for: whoever spoke just before, else the last person named. */
  const resolvePronoun = (pos: number, form: string): ActorDraft | null => {
    // (officials, critics, sources: unnamed people in the plural are "they", never "he" or "she")
    // ("they" is no person named singly: a body, a group or people in the plural)
    const want = wantOf(form);
    const fits = (a: ActorDraft) => fitsWant(want, a);
    const s = lastSaid(pos);
    const para = paragraphOf(findings, pos);
    // someone who became the subject since the last speaker spoke ("Putin disagreed. “…,” he said.")
    // (read from the persons who open their sentences and fit, one to the next: reading back through every
    // mention since the last speaker was quadratic where pronouns found no one)
    if (s) {
      const prev = subjectsFitting(want);
      for (let i = prev[lastBefore(pos) + 1]; i >= 0 && outsideQuotes[i].start > s.end; i = prev[i]) {
        if (outsideQuotes[i].actor !== s.actor) return outsideQuotes[i].actor;
      }
    }
    if (s && fits(s.actor) && para - s.paragraph <= 1 && sentenceOf(pos) - s.sentence <= 2) return s.actor;
    for (let i = lastBefore(pos); i >= 0; i--) {
      const m = outsideQuotes[i];
      if (form === 'they' && para - paragraphOf(findings, m.start) > 1) break; // (a body named paragraphs ago is no "they")
      if (fits(m.actor)) return m.actor;
      if (pos - m.start > 2000) break;
    }
    return s && fits(s.actor) ? s.actor : null;
  };

  /** fits, by what the pronoun wants */
  const fitsWant = (want: Want, a: ActorDraft): boolean =>
    want === 'we'
      ? true
      : want === 'they'
        ? a.type !== 'person' || a.unnamed
        : want === 'it'
          ? a.type === 'organization' || a.type === 'group'
          : a.type === 'person' && (!a.gender || want === 'any' || a.gender === want) && !pluralSource(a);
  /**
   * By what a pronoun wants: for each k, the index of the last outside-quote mention before k (k - 1 or
   * earlier) that is a person opening its sentence (at its start, or after a few words of title:
   * "Former United captain Gary Neville") and fits; -1 for none. Worked out on first need.
   */
  const fittingSubjects = new Map<Want, Int32Array>();
  let opensSentence: Uint8Array | null = null;
  const subjectsFitting = (want: Want): Int32Array => {
    let prev = fittingSubjects.get(want);
    if (prev) return prev;
    if (!opensSentence) {
      opensSentence = new Uint8Array(outsideQuotes.length);
      outsideQuotes.forEach((m, i) => {
        const sent = findings.sentences[sentenceOf(m.start)];
        opensSentence![i] =
          m.actor.type === 'person' &&
          sent &&
          (m.start - sent.start <= 1 || titleLead(text.slice(sent.start, m.start), m.cand?.title ?? null))
            ? 1
            : 0;
      });
    }
    prev = new Int32Array(outsideQuotes.length + 1);
    prev[0] = -1;
    for (let k = 0; k < outsideQuotes.length; k++)
      prev[k + 1] = opensSentence[k] && fitsWant(want, outsideQuotes[k].actor) ? k : prev[k];
    fittingSubjects.set(want, prev);
    return prev;
  };

  /** The speaker a cue's subject names, and the rule that settled it (switched off: no one). */
  const subjectActor = (
    r: Range | null,
  ): { actor: ActorDraft | null; mention: Range | null; pronoun: boolean; rule: string } => {
    const s = subjectOf(r);
    return isOn(s.rule) ? s : { actor: null, mention: s.mention, pronoun: false, rule: 'speaker:none' };
  };
  const subjectOf = (
    r: Range | null,
  ): { actor: ActorDraft | null; mention: Range | null; pronoun: boolean; rule: string } => {
    if (!r) return { actor: null, mention: null, pronoun: false, rule: 'speaker:none' };
    const exact = byStart.get(r.start);
    if (exact)
      return {
        actor: exact.actor,
        mention: { start: exact.start, end: exact.end },
        pronoun: false,
        rule: 'speaker:named',
      };
    const isDescription = /^the\s/i.test(text.slice(r.start, r.start + 4)) && !pronounAt.has(r.start);
    const m = isDescription ? undefined : mentionWithin(r);
    if (m) return { actor: m.actor, mention: { start: m.start, end: m.end }, pronoun: false, rule: 'speaker:named' };
    const p = pronounAt.get(r.start);
    if (p)
      return {
        actor: resolvePronoun(p.start, p.form),
        mention: { start: p.start, end: p.end },
        pronoun: true,
        rule: 'speaker:pronoun',
      };
    // (the description's last word: "the 59-year-old", "the Russian space agency", "the businesswoman")
    const described =
      /^the\s+(?:.*\s)?(?:(woman|girl|mother|mum|wife|daughter|actress|grandmother|businesswoman)|(\S+))$/i.exec(
        text.slice(r.start, r.end),
      );
    if (described) {
      // "the Russian space agency said": a body named in the article that the knowledge file knows by this description
      const head = described[2]?.toLowerCase() ?? '';
      if (DESCRIBED_BODY.test(head)) {
        const description = text.slice(r.start, r.end).replace(/^the\s+/i, '');
        const e = index.lookupFirst(description, { type: 'organization' });
        const named = e && e.type === 'organization' ? set.actors.find((a) => a.entity === e) : undefined;
        if (named) return { actor: named, mention: r, pronoun: false, rule: 'speaker:description' };
        // "Ukraine's air force said …" before, then "the air force said": the same owner's body
        const owner = ownerBefore(description, r.start);
        if (owner) return { actor: owner, mention: r, pronoun: false, rule: 'speaker:description' };
        // a body of the state ("the air force", "the ministry") is not whichever organisation was named
        // last (a news agency in the dateline, a company): only one whose name holds the word
        if (!GENERIC_BODY.test(head))
          return { actor: lastNamedWith(head, r.start), mention: r, pronoun: false, rule: 'speaker:description' };
      }
      const form = described[1] ? 'she' : DESCRIBED_BODY.test(head) ? 'it' : 'someone';
      return { actor: resolvePronoun(r.start, form), mention: r, pronoun: true, rule: 'speaker:description' };
    }
    return { actor: null, mention: r, pronoun: false, rule: 'speaker:none' };
  };

  /** Whether an unnamed source is plural ("officials"), worked out once per actor. */
  const plural = new Map<ActorDraft, boolean>();
  const pluralSource = (a: ActorDraft): boolean => {
    if (!a.unnamed) return false;
    let p = plural.get(a);
    if (p === undefined) plural.set(a, (p = a.mentions.some((m) => m.cand?.plural)));
    return p;
  };

  /** The actor X of an earlier "X's <description>" outside quotes, before pos. */
  const ownerBefore = (description: string, pos: number): ActorDraft | null => {
    const want = description.toLowerCase();
    for (let i = lastBefore(pos); i >= 0; i--) {
      const m = outsideQuotes[i];
      if (pos - m.start > LOOK_BACK) break;
      const after = text.slice(m.end, m.end + want.length + 4).toLowerCase();
      if (/^[’'ʼ]s?\s/.test(after) && after.replace(/^[’'ʼ]s?\s+/, '').startsWith(want)) return m.actor;
    }
    return null;
  };
  /** The organisation named last before pos whose name holds the word ("the ministry" after "Ministry of Health"). */
  const wordRes = new Map<string, RegExp>();
  const lastNamedWith = (word: string, pos: number): ActorDraft | null => {
    let re = wordRes.get(word);
    if (!re) wordRes.set(word, (re = new RegExp(`\\b${word}\\b`, 'i')));
    for (let i = lastBefore(pos); i >= 0; i--) {
      if (pos - outsideQuotes[i].start > LOOK_BACK) break;
      const a = outsideQuotes[i].actor;
      if (a.type === 'organization' && re.test(a.name)) return a;
    }
    return null;
  };

  /** For each k, the index of the last outside-quote mention of a person before k (k - 1 or earlier); -1 for none. */
  let personsBefore: Int32Array | null = null;
  const personsUpTo = (): Int32Array => {
    if (!personsBefore) {
      personsBefore = new Int32Array(outsideQuotes.length + 1);
      personsBefore[0] = -1;
      for (let k = 0; k < outsideQuotes.length; k++)
        personsBefore[k + 1] = outsideQuotes[k].actor.type === 'person' ? k : personsBefore[k];
    }
    return personsBefore;
  };

  const claims: Claim[] = [];
  const claimActors: (ActorDraft | null)[] = [];
  const quoteClaims = new Map<Findings['quotes'][number], { claim: Claim; index: number }>();
  const sentenceText = (si: number) => {
    const s = findings.sentences[si];
    return s ? text.slice(s.start, s.end) : '';
  };
  const topicsBySentence = new Map<number, ReturnType<KnowledgeIndex['topicsFor']>>();
  const contextFor = (actor: ActorDraft | null, si: number) => {
    const ctx: { id: string; title: string }[] = [];
    if (actor?.entity) ctx.push({ id: actor.entity.id, title: actor.entity.name });
    else if (actor?.speaksFor?.id) ctx.push({ id: actor.speaksFor.id, title: actor.speaksFor.name });
    let topics = topicsBySentence.get(si);
    if (!topics) {
      topics = index.topicsFor(sentenceText(si)).filter((t) => !t.from || !date || t.from <= date); // no event before it began
      topicsBySentence.set(si, topics);
    }
    for (const t of topics.slice(0, 3)) if (!ctx.some((c) => c.id === t.id)) ctx.push({ id: t.id, title: t.name });
    return ctx;
  };
  const speakerOf = (a: Attribution): Claim['speaker'] =>
    a.actor
      ? {
          id: a.actor.entity?.id ?? null,
          name: a.actor.name,
          mention: a.mention
            ? { text: text.slice(a.mention.start, a.mention.end), start: a.mention.start, end: a.mention.end }
            : null,
        }
      : null;

  // events in text order: quotes and reported speech interleaved, so "he" finds the last speaker
  type Ev = { pos: number; kind: 'q'; i: number } | { pos: number; kind: 'r'; i: number };
  const events: Ev[] = [
    ...findings.quotes.map((q, i) => ({ pos: q.open, kind: 'q' as const, i })),
    ...findings.reported.map((r, i) => ({ pos: r.cue.start, kind: 'r' as const, i })),
  ].sort((a, b) => a.pos - b.pos);

  let lastQuote: { actor: ActorDraft | null; paragraph: number; end: number; mention: Range | null } | null = null;
  const reportedSpans: {
    start: number;
    end: number;
    actor: ActorDraft | null;
    mention: Range | null;
    cue: Range;
    rule: string;
    sentence: number;
    why: string[];
  }[] = [];
  for (const ev of events) {
    if (ev.kind === 'r') {
      const r = findings.reported[ev.i];
      const s = subjectActor(r.subject);
      const speaker = s.actor;
      const rule = r.rule ?? 'reported:verb-that';
      const why = [rule, speaker ? s.rule : 'speaker:none'];
      if (!speaker && !isOn('speaker:none')) continue;
      claims.push({
        kind: 'reported',
        text: text.slice(r.start, r.end),
        start: r.start,
        end: r.end,
        speaker: speakerOf({ actor: speaker, mention: s.mention, cue: r.cue, how: 'cue', why }),
        cue: text.slice(r.cue.start, r.cue.end),
        context: contextFor(speaker, r.sentence),
        why,
        confidence: confidenceOf(why),
        attribution: s.pronoun ? 'pronoun' : 'cue',
      });
      claimActors.push(speaker);
      if (speaker)
        said.push({ actor: speaker, end: r.cue.end, paragraph: paragraphOf(findings, r.start), sentence: r.sentence });
      reportedSpans.push({
        start: r.start,
        end: r.end,
        actor: speaker,
        mention: s.mention,
        cue: r.cue,
        rule,
        sentence: r.sentence,
        why,
      });
      continue;
    }
    const q = findings.quotes[ev.i];
    if (q.kind === 'not-speech') continue;
    const quoteRule = q.mark === 'single' ? 'quote:single-marks' : 'quote:double-marks';
    if (!isOn(quoteRule)) continue;
    // every rule that can name a speaker proposes one; the registry's priorities decide
    // (pickAttribution: explicit evidence beats inference)
    const proposals: Attribution[] = [];
    let cueAtt: Attribution | null = null;
    if (q.cue) {
      const s = subjectActor(q.cue.subject);
      const cueRule = q.cue.rule ?? 'cue:before-quote';
      cueAtt = {
        actor: s.actor,
        mention: s.mention,
        cue: q.cue.verb,
        how: s.pronoun
          ? 'pronoun'
          : q.cue.position === 'according-to'
            ? 'according-to'
            : q.cue.position === 'colon'
              ? 'colon'
              : 'cue',
        why: [quoteRule, cueRule, s.actor ? s.rule : 'speaker:none'],
      };
      proposals.push(cueAtt);
      // "Bessent said the administration expected inflation to remain “well contained”": words quoted
      // inside what someone said, after a verb of thinking, are the words of the one who said it
      const outer = reportedSpans.length ? reportedSpans[reportedSpans.length - 1] : null;
      if (
        outer?.actor &&
        outer.start <= q.open &&
        q.end <= outer.end &&
        q.cue.verb.start >= outer.start &&
        THOUGHT_VERBS.has(text.slice(q.cue.verb.start, q.cue.verb.end).toLowerCase()) &&
        isOn('speaker:reported-thought')
      ) {
        // (proposed first: at the tier of the verb that reported it, it wins the tie with the thought's own cue)
        proposals.unshift({
          actor: outer.actor,
          mention: outer.mention,
          cue: outer.cue,
          how: 'cue',
          why: [quoteRule, outer.rule, 'speaker:reported-thought'],
        });
      }
    }
    if (lastQuote && (q.continues || lastQuote.paragraph === q.paragraph) && isOn('speaker:same-paragraph')) {
      proposals.push({
        actor: lastQuote.actor,
        mention: lastQuote.mention,
        cue: null,
        how: 'continuation',
        why: [quoteRule, 'speaker:same-paragraph'],
      });
    }
    // ("“…,” they said" where no body or group fits "they": nobody, rather than the last person who spoke)
    const theyUnresolved =
      !cueAtt?.actor && !!q.cue?.subject && /^they$/i.test(text.slice(q.cue.subject.start, q.cue.subject.end));
    if (q.kind === 'quote' && !theyUnresolved) {
      // a paragraph of speech with no cue: whoever spoke in the paragraph before, else the person it
      // was about, else the last speaker close by
      const s = lastSaid(q.open);
      const prevPara = q.paragraph - 1;
      // the last person named before the quote, in this paragraph or the one before (one jump back to the
      // last person: reading back through every other mention was quadratic in a long paragraph)
      let named: MentionDraft | undefined;
      const persons = personsUpTo();
      for (let i = persons[lastBefore(q.open) + 1]; i >= 0 && !named; i = persons[i]) {
        const m = outsideQuotes[i];
        if (paragraphOf(findings, m.start) < prevPara) break;
        if (m.end <= q.open) named = m;
      }
      if (s && s.paragraph >= prevPara && isOn('speaker:paragraph-before'))
        proposals.push({
          actor: s.actor,
          mention: null,
          cue: null,
          how: 'continuation',
          why: [quoteRule, 'speaker:paragraph-before'],
        });
      if (named && isOn('speaker:person-before'))
        proposals.push({
          actor: named.actor,
          mention: null,
          cue: null,
          how: 'sentence-before',
          why: [quoteRule, 'speaker:person-before'],
        });
      if (s && q.paragraph - s.paragraph <= 3 && isOn('speaker:recent-speaker'))
        proposals.push({
          actor: s.actor,
          mention: null,
          cue: null,
          how: 'continuation',
          why: [quoteRule, 'speaker:recent-speaker'],
        });
    }
    // explicit evidence in the quote's sentence (a verb of saying with its subject named) drops an
    // inference that names someone else
    let explicit: ActorDraft | null = null;
    for (let i = reportedSpans.length - 1; i >= 0 && reportedSpans[i].sentence >= q.sentence; i--) {
      const r = reportedSpans[i];
      if (r.sentence === q.sentence && r.actor && attributionPriority(r.why) >= EXPLICIT) explicit = r.actor;
    }
    const att: Attribution = pickAttribution<ActorDraft, Attribution>(proposals, explicit) ??
      cueAtt ?? { actor: null, mention: null, cue: null, how: 'none', why: [quoteRule] };
    if (!att.actor && q.kind === 'partial-quote' && !q.cue) continue; // a phrase in quotation marks nobody said
    // (no one found: the quotation's rule and its cue's, then none)
    if (!att.actor && !isOn('speaker:none')) continue;
    const why = att.actor ? att.why : [quoteRule, ...(q.cue?.rule ? [q.cue.rule] : []), 'speaker:none'];
    claims.push({
      kind: q.kind === 'quote' ? 'quote' : 'partial-quote',
      text: text.slice(q.start, q.end),
      start: q.start,
      end: q.end,
      speaker: speakerOf(att),
      cue: att.cue ? text.slice(att.cue.start, att.cue.end) : null,
      context: contextFor(att.actor, q.sentence),
      why,
      confidence: confidenceOf(why),
      attribution: att.actor ? att.how : null,
    });
    claimActors.push(att.actor);
    quoteClaims.set(q, { claim: claims[claims.length - 1], index: claims.length - 1 });
    if (att.actor) {
      said.push({ actor: att.actor, end: q.close ?? q.end, paragraph: q.paragraph, sentence: q.sentence });
      lastQuote = { actor: att.actor, paragraph: q.paragraph, end: q.end, mention: att.mention };
    }
  }

  // a paragraph of speech left open takes the speaker named after its continuation ("“…\n“…,” he said")
  for (let i = findings.quotes.length - 1; i > 0; i--) {
    const q = findings.quotes[i];
    const prev = findings.quotes[i - 1];
    if (!q.continues || prev.close !== null) continue;
    const later = quoteClaims.get(q);
    const earlier = quoteClaims.get(prev);
    // (the name after the continuation beats a carried-over or guessed speaker: by the registry's priorities)
    const guessed =
      !earlier?.claim.speaker ||
      attributionPriority(earlier.claim.why ?? []) < (priorityOf('speaker:named-after-continuation') ?? 0);
    if (
      later?.claim.speaker &&
      earlier &&
      guessed &&
      later.claim.attribution !== 'continuation' &&
      isOn('speaker:named-after-continuation')
    ) {
      earlier.claim.speaker = later.claim.speaker;
      earlier.claim.attribution = 'continuation';
      earlier.claim.why = [
        ...(earlier.claim.why ?? []).filter((id) => id.startsWith('quote:')),
        'speaker:named-after-continuation',
      ];
      earlier.claim.confidence = confidenceOf(earlier.claim.why);
      claimActors[earlier.index] = claimActors[later.index];
    }
  }

  // figures: spoken by whoever says the claim they sit in
  const spoken = claims.filter((c) => c.speaker).sort((a, b) => a.start - b.start);
  const actorOfClaim = new Map<Claim, ActorDraft | null>(claims.map((c, i) => [c, claimActors[i]]));
  let k = 0;
  for (const n of [...findings.numerics].sort((a, b) => a.start - b.start)) {
    while (k < spoken.length && spoken[k].start <= n.start) k++;
    let holder: Claim | undefined;
    if (isOn('figure:in-claim'))
      for (let i = k - 1; i >= 0 && i >= k - 12 && !holder; i--) if (spoken[i].end >= n.end) holder = spoken[i];
    if (!holder && !isOn('figure:alone')) continue;
    const actor = holder ? (actorOfClaim.get(holder) ?? null) : null;
    // (the figure's speaker came by its claim's rules: those, then the figure's own)
    const why = holder
      ? [...(holder.why ?? []).filter((id) => !id.startsWith('quote:')), 'figure:in-claim']
      : ['figure:alone'];
    claims.push({
      kind: 'numeric',
      text: text.slice(n.start, n.end),
      start: n.start,
      end: n.end,
      speaker: holder?.speaker ?? null,
      cue: holder?.cue ?? null,
      context: contextFor(actor, n.sentence),
      why,
      confidence: confidenceOf(why),
      attribution: holder ? (holder.attribution ?? null) : null,
    });
  }
  return claims.sort((a, b) => a.start - b.start || a.end - b.end);
}
