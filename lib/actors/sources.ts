/**
 * Pass: roles and unnamed sources, in text order. Decides the actor of each role candidate (through
 * RoleResolver, also for acronyms used as titles, "PM") and of each unnamed source: the person just
 * named beside it ("Dmitry Peskov, Vladimir Putin's spokesman"), the source named before with the same
 * head word ("the official"), or a new unnamed source speaking for its owner ("Tony Abbott's office"),
 * a document's author ("the report" after "a report by Oxfam") or the organisation that spoke just
 * before ("a spokesperson said"). Reads the candidates and the name pass's mentions; writes mentions
 * (with their rules) and unnamed actors through the context.
 */
import { normalizeKey } from '../knowledge/normalize';
import type { NameCandidate, Range } from '../engine/findings';
import { DOCUMENTS } from '../words';
import { sentenceAt } from '../text/sentences';
import { letterOrMarkAt } from '../text/chars';
import { genderOf } from '../names/evidence';
import { isOn } from '../engine/rules';
import type { ActorPassContext } from './context';
import type { RoleResolver } from './roles';
import { lastMentionWithin, mentionAt, startsBefore } from './search';
import type { ActorDraft, MentionDraft } from './types';

const SPOKES = /^(?:spokesperson|spokesman|spokeswoman|spokespeople|press secretary|representative)$/;
/** Unnamed sources that are bodies of people, not one person. */
const BODY_SOURCES = new Set(['office', 'team', 'campaign']);
/** How far back "the report" looks for the report's author. */
const AUTHOR_WINDOW = 4000;

export function addRolesAndSources(
  ctx: ActorPassContext,
  cands: NameCandidate[],
  roleLike: NameCandidate[],
  roles: RoleResolver,
) {
  const pass = new SourcePass(ctx, roles);
  for (const c of roleLike) c.title = normalizeKey(ctx.text.slice(c.start, c.end));
  const roleSet = new Set(roleLike);
  for (const c of cands) {
    if (roleSet.has(c)) {
      const a = roles.resolveRole(c);
      // ("Prime Minister" with no name: a bare title, assign.ts)
      const why = c.kind === 'name' ? ['name:role', 'actor:bare-title'] : undefined;
      if (a) roles.noteOrgMention(ctx.addMention(a, c, c, c.inQuote, why));
      continue;
    }
    if (c.kind === 'role') {
      const a = roles.resolveRole(c);
      if (a) {
        const m = ctx.addMention(a, c, c, c.inQuote);
        if (roles.roleName && a.type === 'organization') m.name = roles.roleName;
        roles.noteOrgMention(m);
        if (!a.gender) a.gender = genderOf(c.title);
      }
    } else if (c.kind === 'source') pass.addSource(c);
  }
}

/** The state of the source pass: the sources met so far, and the speakers of the text. */
class SourcePass {
  /** The name pass's mentions, in text order. */
  private readonly nameMentions: MentionDraft[];
  private lastSource: ActorDraft | null = null;
  /** the last unnamed source by its head word: "the official" after "a senior Israeli official" */
  private readonly lastSourceByHead = new Map<string, ActorDraft>();
  /** the subjects of speech verbs (named ones), in text order, for a spokesperson of no one named */
  private subjects: Range[] | null = null;
  /** by subject: the index of the last subject up to it that holds a mention (-1: none), and that mention */
  private namedUpTo: Int32Array | null = null;
  private namedMention: (MentionDraft | undefined)[] = [];
  /** The rule that chose whom the last source asked about speaks for (set by speaksFor). */
  private forRule: string | null = null;

  constructor(
    private readonly ctx: ActorPassContext,
    private readonly roles: RoleResolver,
  ) {
    this.nameMentions = [...ctx.mentions].sort((a, b) => a.start - b.start);
  }

  addSource(c: NameCandidate) {
    const { ctx } = this;
    // "Dmitry Peskov, Vladimir Putin's spokesman, told reporters": a description of the person just named
    const named = isOn('actor:apposition') ? this.apposedPerson(c) : null;
    if (named) {
      ctx.addMention(named, c, c, c.inQuote, ['name:unnamed-source', 'actor:apposition']);
      return;
    }
    const head = c.title ?? 'source';
    const spokes = SPOKES.test(head);
    const ownerRange = c.owner ?? c.qualifier;
    const forActor = this.speaksFor(c, head, spokes, ownerRange);
    const forRule = this.forRule;
    let actor: ActorDraft | null = null;
    const same = isOn('actor:same-source');
    if (same && !ownerRange && !c.indefinite && spokes && this.lastSource)
      actor = this.lastSource; // "the spokesman"
    else if (same && !ownerRange && !c.indefinite && !c.plural && !DOCUMENTS.has(head))
      actor = this.lastSourceByHead.get(head) ?? null; // "the official"
    const sameSource = actor !== null;
    if (!actor) actor = this.sourceActor(c, head, spokes, ownerRange, forActor);
    if (!actor.gender) actor.gender = /woman$/.test(head) ? 'f' : /man$/.test(head) ? 'm' : null;
    ctx.addMention(actor, c, c, c.inQuote, [
      'name:unnamed-source',
      ...(sameSource ? ['actor:same-source'] : forRule ? [forRule] : []),
    ]);
    if (spokes) this.lastSource = actor;
    if (!c.plural) this.lastSourceByHead.set(head, actor);
  }

  /** Whom a source speaks for: its owner, a document's author, or the organisation that spoke before; sets forRule. */
  private speaksFor(c: NameCandidate, head: string, spokes: boolean, ownerRange: Range | null): ActorDraft | null {
    let forActor: ActorDraft | null = null;
    this.forRule = null;
    if (ownerRange) {
      // the owner's words sit inside the source phrase; they name who it speaks for
      forActor = lastMentionWithin(this.nameMentions, ownerRange)?.actor ?? null;
      if (!forActor) forActor = this.roles.resolveOwner(ownerRange);
    } else if (DOCUMENTS.has(head) && !c.indefinite) {
      // "the report" after "a new report by the Eastfield Poverty Trust": its author
      forActor = isOn('actor:document-author') ? authorOf(this.ctx.text, head, c.start, this.nameMentions) : null;
      if (forActor) this.forRule = 'actor:document-author';
    } else if (spokes) {
      // "Apple said it would appeal. “…,” a spokesperson said.": the organisation that spoke just before
      forActor = isOn('actor:spokesperson-for') ? this.lastOrganisationSpeaker(c.start) : null;
      if (forActor) this.forRule = 'actor:spokesperson-for';
    }
    return forActor;
  }

  /** The unnamed source of this head word speaking for this owner (made once per owner and head word). */
  private sourceActor(
    c: NameCandidate,
    head: string,
    spokes: boolean,
    ownerRange: Range | null,
    forActor: ActorDraft | null,
  ): ActorDraft {
    const { text } = this.ctx;
    const who = forActor
      ? (forActor.entity?.id ?? forActor.key)
      : ownerRange
        ? normalizeKey(text.slice(ownerRange.start, ownerRange.end))
        : '';
    const key = `source:${who}:${spokes ? 'spokes' : head.replace(/s$/, '')}${!who && c.indefinite ? `:${c.start}` : ''}`;
    return this.ctx.actorFor(key, () => ({
      // a document ("the report said") or an office ("Tony Abbott's office") speaks for a body, not as a person
      entity: null,
      name: '',
      type: DOCUMENTS.has(head) || BODY_SOURCES.has(head) ? 'organization' : c.plural ? 'group' : 'person',
      unnamed: true,
      gender: null,
      speaksFor: forActor ? { id: forActor.entity?.id ?? null, name: forActor.name } : null,
    }));
  }

  /** The person named right before a source phrase set in commas ("X, Y's spokesman, said"), if any. */
  private apposedPerson(c: NameCandidate): ActorDraft | null {
    const { text } = this.ctx;
    const nameMentions = this.nameMentions;
    if (!/^\s*,/.test(text.slice(c.end, c.end + 3))) return null;
    const i = startsBefore(nameMentions, c.start);
    const person = (m: MentionDraft | undefined) => m && m.actor.type === 'person' && !m.actor.unnamed;
    // before it: "X, Y's spokesman, said"
    const before = nameMentions[i - 1];
    if (person(before) && /^\s*,\s*$/.test(text.slice(before!.end, c.start))) return before!.actor;
    // or after it: "The Liberal Democrats' Treasury spokesperson, Daisy Cooper, said"
    const after = nameMentions[startsBefore(nameMentions, c.end)];
    if (
      person(after) &&
      /^\s*,\s*$/.test(text.slice(c.end, after!.start)) &&
      /^\s*,/.test(text.slice(after!.end, after!.end + 3))
    )
      return after!.actor;
    return null;
  }

  /** The organisation named as the last speaker before pos, in this paragraph or the one before. */
  private lastOrganisationSpeaker(pos: number): ActorDraft | null {
    const { findings } = this.ctx;
    if (!this.subjects || !this.namedUpTo) {
      const subjects = [
        ...findings.reported.map((r) => r.subject),
        ...findings.quotes.flatMap((q) => (q.cue?.subject ? [q.cue.subject] : [])),
      ].sort((a, b) => a.start - b.start);
      this.subjects = subjects;
      this.namedMention = subjects.map((r) => lastMentionWithin(this.nameMentions, r));
      const namedUpTo = (this.namedUpTo = new Int32Array(subjects.length));
      for (let i = 0, last = -1; i < subjects.length; i++) namedUpTo[i] = last = this.namedMention[i] ? i : last;
    }
    const { subjects, namedUpTo } = this;
    // the last subject before pos that holds a mention, if it is in this paragraph or the one before
    // (found at once: reading back over subjects with none, "he", "they", was quadratic in a long paragraph)
    const para = sentenceAt(findings.paragraphs, pos);
    const before = startsBefore(subjects, pos) - 1;
    const i = before >= 0 ? namedUpTo[before] : -1;
    if (i < 0 || sentenceAt(findings.paragraphs, subjects[i].start) < para - 1) return null; // (this paragraph or the one before)
    const m = this.namedMention[i]!;
    return m.actor.type === 'organization' ? m.actor : null; // the last one named speaks; a person has no spokesperson here
  }
}

/** "… by the", "… from": where a document's author is named after its head word (made once, not per call). */
const BY_AUTHOR = /^[^.;:“”"]{0,40}?\b(?:by|from)\s+(?:the\s+)?/i;

/**
 * Who wrote the document a text calls "the <head>": the name after the last "<head> by" or
 * "<head> from" before it ("a new report by the Eastfield Poverty Trust", "a study published on
 * Monday by Oxfam"), from the sorted outside-quote mentions.
 */
function authorOf(text: string, head: string, before: number, sorted: MentionDraft[]): ActorDraft | null {
  const re = BY_AUTHOR;
  let author: ActorDraft | null = null;
  let authorAt = -1;
  // each "<head>" ("report", "Report") in the few thousand characters before the mention, read where
  // the word stands (no pass over the whole text, so long pages stay linear)
  const from = Math.max(0, before - AUTHOR_WINDOW);
  for (const word of [head, head[0].toUpperCase() + head.slice(1)]) {
    for (let i = text.indexOf(word, from); i >= 0 && i < before; i = text.indexOf(word, i + word.length)) {
      if (letterOrMarkAt(text, i - 1) || letterOrMarkAt(text, i + word.length)) continue;
      const m = re.exec(text.slice(i + word.length, i + word.length + 64));
      if (!m) continue;
      const at = i + word.length + m[0].length;
      const mention = mentionAt(sorted, at);
      if (mention && at > authorAt && mention.actor.type !== 'place' && mention.actor.type !== 'country') {
        author = mention.actor;
        authorAt = at;
      }
    }
  }
  return author;
}
