/**
 * Pass: roles by date. Decides who a role is ("the prime minister", "the Russian defence ministry",
 * "the Trump administration", "the leader of the Labour Party", "PM"): a body the knowledge file knows
 * by that description, the last organisation named with its word, a government, the person the text set
 * beside the title or gave it before, or the office's holder on the article's date (undated: someone the
 * text names who held it, or the one holder in the years it gives, or an office of no name). Reads the
 * role candidate, the name pass's mentions and titles, the article's countries and the knowledge index;
 * writes the actors it picks through the context. Also answers who owns a source ("X's spokesperson").
 */
import type { Entity } from '../knowledge/schema';
import { normalizeKey } from '../knowledge/normalize';
import type { NameCandidate, Range } from '../engine/findings';
import { INSTITUTION_NOUNS, ROLE_NOUNS, SPEECH_VERBS, TITLES } from '../words';
import { AUXILIARIES, namedBy } from '../names/evidence';
import { qualifierCountry, type ActorPassContext } from './context';
import type { LookupContext } from './lookup';
import { RoleLookups } from './role-lookups';
import { sentenceAt } from '../text/sentences';
import { wordAfterSpaces } from '../text/ascii';
import { startsBefore } from './search';
import { TITLE_ALIASES, type ActorDraft, type MentionDraft } from './types';

export class RoleResolver extends RoleLookups {
  /** The body's name inside the last role resolveRole read ("Xinhua" in "the Xinhua news agency"), if any. */
  roleName: Range | null = null;

  constructor(
    ctx: ActorPassContext,
    lookup: LookupContext,
    /** The article's countries, best first. */
    private readonly countries: string[],
    private readonly mainCountry: string | null,
    private readonly personByToken: Map<string, ActorDraft>,
  ) {
    super(ctx, lookup);
  }

  /** The actor a role candidate stands for, or null; sets roleName. */
  resolveRole(c: NameCandidate): ActorDraft | null {
    this.roleName = null;
    const raw = c.title ?? '';
    const title = TITLE_ALIASES[raw] ?? raw;
    const qCountry = qualifierCountry(this.ctx, c.qualifier);
    if (INSTITUTION_NOUNS.has(title) && c.qualifier) return this.describedBody(c, qCountry);
    if (INSTITUTION_NOUNS.has(title) && !qCountry) {
      // "the ministry" / "the company": the last organisation named with that word, or the last one at all
      // for the generic words; never a new actor
      const generic = /^(?:company|firm|organisation|organization|group)$/.test(title);
      // the organisations' mentions in text order (those named with the word), the latest one before the role
      // (found by a binary search: reading back through the others was quadratic in a page of bodies)
      const named = generic ? this.orgMentions() : this.orgMentionsWith(title);
      return named[startsBefore(named, c.start) - 1]?.actor ?? null;
    }
    if (title === 'government' || title === 'administration') return this.government(c, qCountry);
    // a title with its name is that name: "the leader of the party, Ann Lee,", "Ann Lee, the prime minister,"
    const of = this.ofWhom(c.end);
    const apposed = this.apposedName(c.start, of?.end ?? c.end);
    if (apposed) {
      // (only a bare title is the same office again later: not "Hanify, the president of the union,")
      if (of || c.qualifier) return apposed;
      let list = this.apposedTitles.get(title);
      if (!list) this.apposedTitles.set(title, (list = []));
      list.push({ start: c.start, actor: apposed });
      return apposed;
    }
    // "its president", "its governor" (not set beside a name): a body's or a place's office, not the country's
    if (!of && /^its\s/i.test(this.ctx.text.slice(c.start, c.start + 4))) return null;
    // "the leader of the Labour Party", "the chairman of the board": that body's office, never the country's
    let ofCountry = '';
    if (of) {
      const body = of.actor?.entity;
      if (body?.type === 'country') ofCountry = body.id;
      else return body ? this.bodyOffice(title, body.id, c.start) : null;
    }
    // "the Conservative leader", "the Labour leader": the office in the party (or body) the qualifier names
    if (c.qualifier) {
      const { ctx } = this;
      const body = ctx.index.lookupFirst(ctx.text.slice(c.qualifier.start, c.qualifier.end), {
        type: 'organization',
        date: ctx.date,
      });
      if (body?.type === 'organization' && !ctx.dated) {
        // (no date: not whoever holds it on the knowledge file's date)
        if (this.holdingsOf(title, body.id, ctx.date).length)
          return this.undatedOffice(title, body.id, c.start) ?? this.unknownHolder(title, body.id);
      } else {
        const holder = body?.type === 'organization' ? this.holdingsOf(title, body.id, ctx.date)[0]?.entity : undefined;
        if (holder) return this.holderActor(holder);
      }
    }
    return this.titledOrHolder(c, title, qCountry, ofCountry, this.qualifierPlace(c));
  }

  /** The place (not a country) a role's qualifier names: "Vermont" in "the Vermont senator"; '' for none. */
  private qualifierPlace(c: NameCandidate): string {
    if (!c.qualifier) return '';
    const e = this.ctx.index.lookupFirst(this.ctx.text.slice(c.qualifier.start, c.qualifier.end), {});
    return e?.type === 'place' ? e.name : '';
  }

  /**
   * "the Israeli military", "the Russian defence ministry", "the Labour party": a body of the qualifier's,
   * the one the knowledge file knows by that description, else an actor of its own (never a person
   * holding an office, never whichever body was named last).
   */
  private describedBody(c: NameCandidate, qCountry: string): ActorDraft {
    const { text, index, date } = this.ctx;
    const qualifier = c.qualifier!;
    const description = text.slice(qualifier.start, c.end);
    const qualifierText = text.slice(qualifier.start, qualifier.end);
    // (the qualifier is the body's own name unless it is a country's or a place's: "the Labour party",
    // "the Interfax news agency", not "the Russian defence ministry", "the Moscow club")
    // (an unknown qualifier is taken for the name only when it reads as one: an abbreviation or words
    // in capitals, "the NLD party", "the Freedom Front party"; one word alone may be an adjective,
    // "the Yugoslav news agency")
    const qe = index.lookupFirst(qualifierText, { date });
    const ownName = (
      qe ? qe.type === 'organization' : /\s/.test(qualifierText) || /^[\p{Lu}.&-]{2,}$/u.test(qualifierText)
    )
      ? qualifier
      : null;
    const known = index.lookupFirst(description, { type: 'organization', date, country: qCountry || undefined });
    if (known && known.type === 'organization') {
      if (ownName && namedBy(known, qualifierText)) this.roleName = ownName;
      return this.ctx.entityActor(known);
    }
    // "the Interfax news agency": an organisation named, then what kind it is
    this.roleName = ownName;
    const named = index.lookupFirst(qualifierText, { type: 'organization', date });
    if (named && named.type === 'organization') return this.ctx.entityActor(named);
    const namedHere = this.ctx.byNameKey.get(normalizeKey(qualifierText));
    if (namedHere?.type === 'organization') return namedHere;
    const owner = qCountry ? index.entity(qCountry) : undefined;
    return this.ctx.actorFor(`name:${normalizeKey(description)}`, () => ({
      entity: null,
      name: description,
      type: 'organization',
      unnamed: false,
      gender: null,
      speaksFor: owner ? { id: owner.id, name: owner.name } : null,
    }));
  }

  /** "the Trump administration", "the Starmer government": the government its leader led on the day. */
  private government(c: NameCandidate, qCountry: string): ActorDraft | null {
    const { text, index } = this.ctx;
    const leaderCountry = c.qualifier ? this.countryLedBy(text.slice(c.qualifier.start, c.qualifier.end)) : null;
    if (c.qualifier && !qCountry && !leaderCountry) return null; // "the Tuva government": left to the name
    // a government is an actor where it acts ("the government has said"), not where it is only told or
    // blamed; one named for its leader is one wherever it stands
    const verb = wordAfterSpaces(text.slice(c.end, c.end + 24))?.toLowerCase() ?? '';
    if (!leaderCountry && !(SPEECH_VERBS.has(verb) || AUXILIARIES.has(verb) || /ed$/.test(verb))) return null;
    const cid = leaderCountry || qCountry || this.mainCountry;
    const ce = cid ? index.entity(cid) : undefined;
    const names = ce
      ? [
          `${ce.name} government`,
          ...ce.demonyms.map((d) => `${d} government`),
          ...ce.aliases.map((a) => `${a} government`),
        ]
      : [];
    for (const n of names) {
      const e = index.lookupFirst(n, { type: 'organization' });
      if (e) return this.ctx.entityActor(e);
    }
    const label = ce ? `${ce.name} government` : 'government';
    return this.ctx.actorFor(`name:${normalizeKey(label)}`, () => ({
      entity: null,
      name: label,
      type: 'organization',
      unnamed: false,
      gender: null,
      speaksFor: null,
    }));
  }

  /** The holder of an office in a body named after the role ("the leader of the Labour Party"). */
  private bodyOffice(title: string, bodyId: string, pos: number): ActorDraft | null {
    const { date, dated } = this.ctx;
    if (dated) {
      const holder = this.holdingsOf(title, bodyId, date)[0]?.entity;
      return holder ? this.holderActor(holder) : null;
    }
    const named = this.undatedOffice(title, bodyId, pos);
    if (named) return named;
    return this.holdingsOf(title, bodyId, date).length ? this.unknownHolder(title, bodyId) : null;
  }

  /** Someone the text gave the title before, else the office's holder in the qualifier's country or the article's. */
  private titledOrHolder(
    c: NameCandidate,
    title: string,
    qCountry: string,
    ofCountry: string,
    place: string,
  ): ActorDraft | null {
    const { date, dated } = this.ctx;
    // someone the text gave this title, most recently before, outside quotes
    // (a title with another country's qualifier, "French president Macron", only when nothing better turns up)
    const list = this.titledAs(title);
    // (a title the text gave with no country fits a qualified role only where the person is of that country:
    // not Erdoğan, "Turkey's President", for "the Ukrainian president"; nor of another place than the
    // title's: "the Vermont senator")
    // the entries that fit, kept per title and country: a binary search finds the last before the role
    // (reading back through those that do not fit was quadratic in a page of titled names)
    const own = qCountry || ofCountry;
    const fitting = this.titledFitting(title, own, place);
    const lo = startsBefore(list, c.start);
    const fit = startsBefore(fitting, c.start);
    // (or set beside the title before: "Lee, the prime minister, … the prime minister said", the later of the two)
    const beside = this.apposedTitles.get(title)?.at(-1);
    const titled =
      beside && this.fitsPlace(beside.actor, place) && (fit === 0 || fitting[fit - 1].start < beside.start)
        ? beside.actor
        : fit > 0
          ? fitting[fit - 1].actor
          : null;
    if (titled) return (dated && this.holderNamedNow(c, titled, title, own, place)) || titled;
    // (none fits before it: the last before it, whatever its country, when the role names none)
    const foreign: ActorDraft | null = !qCountry && !place && lo > 0 ? list[lo - 1].actor : null;
    /** someone given the title only later in the text: the last of them */
    const later = (): ActorDraft | null => (fitting.length > fit ? fitting[fitting.length - 1].actor : null);
    // knowledge: who held the office in the qualifier's country or the article's
    const scope = own ? [own] : this.countries;
    if (!dated) {
      // no date: never the holder on the knowledge file's date; someone the text gives the title who held the
      // office at some time, else the one holder in the years the text gives, else the office with no name
      const main = own || this.mainCountry;
      const heldNow = main ? this.holdingsOf(title, main, date).length > 0 : false;
      if (foreign && !heldNow) return foreign;
      // (of several given the title later, the first: a summary's "the president" is the body's next one)
      const a = this.undatedHolder(title, scope, place, c.start) ?? (fitting.length > fit ? fitting[fit].actor : null);
      if (a) return a;
      if (!main || !heldNow) return null;
      const e = this.yearHolder(title, main, c.start, place);
      return e ? this.holderActor(e) : this.unknownHolder(title, main);
    }
    let fallback: Entity | null = null;
    for (const cid of scope) {
      const holders = this.holdingsOf(title, cid, date).filter((h) =>
        this.fitsPlace({ entity: h.entity, titles: [] }, place),
      );
      for (const h of holders) if (this.ctx.byKey.has(h.entity.id)) return this.ctx.byKey.get(h.entity.id)!;
      if (!fallback && holders[0] && (own || cid === this.mainCountry)) fallback = holders[0].entity;
    }
    if (foreign && !fallback) return foreign; // "US president Joe Biden … the president said"
    return later() ?? (fallback ? this.ctx.entityActor(fallback) : null);
  }

  /**
   * A dated text: when the person the text titled before is known to the knowledge file and held no such
   * office on the date, the holder on the date whom the text names, unless the text is speaking of the
   * titled one in this paragraph ("When scandal engulfed Mr. Lee's White House, … the president's defense").
   */
  private holderNamedNow(c: NameCandidate, titled: ActorDraft, title: string, own: string, place: string) {
    const e = titled.entity;
    if (!e || !e.roles.length) return null;
    const { findings } = this.ctx;
    const scope = own ? [own] : this.countries;
    let named: ActorDraft | null = null;
    for (const cid of scope)
      for (const h of this.holdingsOf(title, cid, this.ctx.date)) {
        if (h.entity.id === e.id) return null;
        const a = this.ctx.byKey.get(h.entity.id);
        if (!named && a && a.mentions.length && this.fitsPlace(a, place)) named = a;
      }
    if (!named) return null;
    const para = sentenceAt(findings.paragraphs, c.start);
    const here = titled.mentions.some((m) => m.start < c.start && sentenceAt(findings.paragraphs, m.start) === para);
    return here ? null : named;
  }

  /** "of the Conservative Party" right after a role: the body (or country) named there, '' for "of the party" */
  private ofWhom(end: number): { actor: ActorDraft | null; end: number } | null {
    const { text } = this.ctx;
    const of = /^\s+of\s+(?:the\s+)?/i.exec(text.slice(end, end + 12));
    if (!of) return null;
    const at = end + of[0].length;
    const list = this.nameList;
    const m = list[startsBefore(list, at)];
    if (m && m.start === at) return { actor: m.actor, end: m.end };
    const word = /^[\p{L}-]+/u.exec(text.slice(at, at + 40));
    if (word && /^\p{Ll}+ing$/u.test(word[0])) return null; // "accused the president of politicizing it"
    // "the president of the country", "of your country": the country's own office
    if (
      !word ||
      /^(?:(?:your|our|their|its|this|that)\s+)?(?:country|nation|state|republic)\b/i.test(text.slice(at, at + 24))
    )
      return null;
    // (what it is of runs to the next comma: "the president of the local football club, said")
    const rest = /^[^,;.:()“”"]{0,60}?(?=\s*[,;.])/.exec(text.slice(at, at + 64));
    return { actor: null, end: at + (rest ? rest[0].length : word[0].length) };
  }

  /** The person a title is set beside: "the leader of the party, Ann Lee," or "Ann Lee, the prime minister," */
  private apposedName(start: number, end: number): ActorDraft | null {
    const { text } = this.ctx;
    const list = this.nameList;
    const isPerson = (m: MentionDraft | undefined) => m && m.actor.type === 'person' && !m.actor.unnamed;
    const closes = (at: number) =>
      /^(?:\s*[,;.)—–]|\s+(?:said|says|told|added|wrote)\b|\s*$)/.test(text.slice(at, at + 12));
    const after = list[startsBefore(list, end)];
    if (isPerson(after) && /^\s*,\s*$/.test(text.slice(end, after!.start)) && closes(after!.end)) return after!.actor;
    const before = list[startsBefore(list, start) - 1];
    // (or a relative clause after the title: "Ann Lee, the party leader who founded it,")
    if (
      isPerson(before) &&
      /^\s*,\s*$/.test(text.slice(before!.end, start)) &&
      /^(?:\s*[,;.)—–]|\s+(?:who|whose)\b)/.test(text.slice(end, end + 7))
    )
      return before!.actor;
    return null;
  }

  /** Who "X" is in "X's spokesperson": a role ("the Prime Minister") or a name with its titles. */
  resolveOwner(r: Range): ActorDraft | null {
    const { text, index, date } = this.ctx;
    const ownerText = text.slice(r.start, r.end);
    const words = ownerText.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/);
    let n = 0;
    for (let len = 3; len >= 1 && n < words.length; len--) {
      if (n + len > words.length) continue;
      const head = words
        .slice(n, n + len)
        .join(' ')
        .toLowerCase();
      if (TITLES.has(head) || ROLE_NOUNS.has(head)) {
        n += len;
        len = 4;
      }
    }
    if (n === words.length) {
      const title = words.join(' ').toLowerCase();
      return this.resolveRole({
        start: r.start,
        end: r.end,
        kind: 'role',
        nameStart: r.start,
        title,
        qualifier: null,
        owner: null,
        sentenceStart: false,
        inQuote: false,
        indefinite: false,
        plural: false,
      });
    }
    const core = words.slice(n).join(' ');
    const e = index.lookupFirst(ownerText, { date }) ?? index.lookupFirst(core, { date });
    if (e) return this.ctx.entityActor(e);
    return this.ctx.byNameKey.get(normalizeKey(core)) ?? this.personByToken.get(normalizeKey(core)) ?? null;
  }
}
