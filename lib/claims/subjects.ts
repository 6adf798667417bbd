import type { Pronoun, Range } from '../engine/findings';
import type { ActorDraft } from '../actors/actors';
import { DESCRIBED_BODY } from '../speech';
import { isOn } from '../engine/rules';
import { resolveBySex } from './pronouns';
import { describedThing, descriptionHead } from './described-thing';
import { titledBefore } from './described-title';
import { lastBefore, mentionWithin, type ClaimState } from './state';
import { describedActor } from './described-actor';
import { alternation, DESCRIBED_WOMEN, GENERIC_BODIES, PARTY_MEMBER } from '../words';

/** How far back (characters) a description looks for the body it names. */
const LOOK_BACK = 2000;
/** Heads of descriptions that may stand for whichever organisation was named last ("the company said"). */
const GENERIC_BODY = new RegExp(`^(?:${alternation(GENERIC_BODIES)})$`);

/** The speaker a cue's subject names: who, the words that name them, and the rule that settled it. */
export interface Subject {
  actor: ActorDraft | null;
  mention: Range | null;
  /** Found by resolving a pronoun or a description. */
  pronoun: boolean;
  rule: string;
}

/** The speaker a cue's subject names, and the rule that settled it (switched off: no one). */
export function subjectActor(st: ClaimState, r: Range | null): Subject {
  const s = subjectOf(st, r);
  return isOn(s.rule) ? s : { actor: null, mention: s.mention, pronoun: false, rule: 'speaker:none' };
}

/** The rule: someone described by an owner's possessive and words after it, no one named. */
const OWNED = 'speaker:owned-description';
/** An owner's possessive inside the subject (not "Mr. Xu and other leaders"). */
const OWNER = /\p{L}[’']s\s/u;
/** "the" and a lower-case owner's possessive, then more words: "the ad’s narrator". */
const THING_OWNER = /^the\s+\p{Ll}+[’']s\s+\p{Ll}/u;
/** Lower-case words after a name inside a cue's subject, up to its end: they describe someone of that name's. */
const OWNED_PERSON_TAIL = /^\s+\p{Ll}[\p{Ll}\s-]*$/u;

/** The subject by name ("Smith said"), by pronoun ("he said") or by description ("the agency said"). */
function subjectOf(st: ClaimState, r: Range | null): Subject {
  if (!r) return { actor: null, mention: null, pronoun: false, rule: 'speaker:none' };
  const { text, pronounAt } = st;
  // "…,” a Texas Democrat said": some member of the party, unnamed, not the party (the article may stand
  // before the cue's subject)
  const some = someMemberSubject(st, withIndefinite(text, r));
  if (some) return some;
  // "The Wisconsin Republican said": one member of the party, described, not the party
  if (onePartyMember(text, r) && isOn('speaker:party-member')) {
    const s = describedSubject(st, withArticle(text, r));
    return s.actor ? { ...s, rule: 'speaker:party-member' } : s;
  }
  const exact = st.set.byStart.get(r.start);
  // "Berg’s former campaign strategist said": a body named by its owner ("Berg’s former campaign") and a
  // person's word after it: the person so described, not the body
  if (
    exact &&
    exact.end < r.end &&
    OWNED_PERSON_TAIL.test(text.slice(exact.end, r.end)) &&
    OWNER.test(text.slice(r.start, r.end)) &&
    isOn(OWNED)
  )
    return described(st, r, text.slice(r.start, r.end), OWNED);
  if (exact)
    return {
      actor: exact.actor,
      mention: { start: exact.start, end: exact.end },
      pronoun: false,
      rule: 'speaker:named',
    };
  // "She and her aides said": the first of coordinated subjects, a pronoun, not a name after it
  const first = pronounAt.get(r.start);
  if (first && r.end > first.end && /^\s+and\s/.test(text.slice(first.end, first.end + 6)))
    return pronounSubject(st, first);
  // "the ad’s narrator said", "the paper's editorial board wrote": someone of a thing's, described, not the
  // person named last
  if (THING_OWNER.test(text.slice(r.start, Math.min(r.end, r.start + 40))) && isOn(OWNED))
    return described(st, r, text.slice(r.start, r.end).replace(/^the\s+/i, ''), OWNED);
  const isDescription = /^the\s/i.test(text.slice(r.start, r.start + 4)) && !pronounAt.has(r.start);
  const m = isDescription ? undefined : mentionWithin(st, r);
  if (m) return { actor: m.actor, mention: { start: m.start, end: m.end }, pronoun: false, rule: 'speaker:named' };
  const p = pronounAt.get(r.start);
  if (p) return pronounSubject(st, p);
  return describedSubject(st, withArticle(text, r));
}

/** The range with the indefinite article before it, where there is one ("a Texas Democrat"). */
function withIndefinite(text: string, r: Range): Range {
  const before = /\b(?:an?|another|one)\s+$/i.exec(text.slice(Math.max(0, r.start - 9), r.start));
  return before ? { start: r.start - before[0].length, end: r.end } : r;
}

/** An unnamed speaker known by the words `words`, mentioned at r, found by `rule`. */
const described = (st: ClaimState, r: Range, words: string, rule: string): Subject => ({
  actor: describedActor(st, words),
  mention: r,
  pronoun: false,
  rule,
});

/** The rule: some member of a party, unnamed ("a Texas Democrat", "another New Hampshire Republican"). */
const SOME_MEMBER = 'speaker:some-party-member';

/** The speaker of the words at r where they are some member of a party (someMember), else null. */
export function someMemberSubject(st: ClaimState, r: Range): Subject | null {
  return someMember(st.text, r) ? described(st, r, st.text.slice(r.start, r.end), SOME_MEMBER) : null;
}

/**
 * speaker:some-party-member — "a Texas Democrat", "an Iowa Democrat", "another New Hampshire Republican":
 * an indefinite article (or "another", "one") and one party member's name, singular: someone of the
 * party no one names, not the party itself.
 */
function someMember(text: string, r: Range): boolean {
  const words = text.slice(r.start, r.end);
  if (words.endsWith('s') || !/^(?:an?|another|one)\s/i.test(words) || !isOn(SOME_MEMBER)) return false;
  return PARTY_MEMBER.test(words) && /^\S+(?:\s\p{Lu}\S*){1,3}$/u.test(words);
}

/**
 * "the Ohio Republican", "The Texas Democrat": "the", a place and one party member's name (singular);
 * not "Ohio Republicans", "the Republican Party", "a Texas Democrat" (one of many, no one named).
 */
function onePartyMember(text: string, r: Range): boolean {
  const words = text.slice(r.start, r.end).replace(/^the\s+/i, '');
  // (the party's word first: the Unicode test after it is then not compiled on a page without one)
  if (words.endsWith('s') || !PARTY_MEMBER.test(words) || !/^\p{Lu}\S*(?:\s\p{Lu}\S*)?\s\p{Lu}\p{Ll}+$/u.test(words))
    return false;
  return (
    /^the\s/i.test(text.slice(r.start, r.start + 4)) || /\bthe\s+$/i.test(text.slice(Math.max(0, r.start - 5), r.start))
  );
}

/** "…,” the Texan said": a capitalised word no actor stands for, read with the "the" before it. */
function withArticle(text: string, r: Range): Range {
  const before = /\bthe\s+$/i.exec(text.slice(Math.max(0, r.start - 5), r.start));
  return before ? { start: r.start - before[0].length, end: r.end } : r;
}

/**
 * "he said": the person the pronoun stands for. Where the sex a given name tells decides it
 * (`speaker:pronoun-sex`, switchable), that rule says so.
 */
function pronounSubject(st: ClaimState, p: Pronoun): Subject {
  const { actor, bySex, rule } = resolveBySex(st, p.start, p.form);
  return {
    actor,
    mention: { start: p.start, end: p.end },
    pronoun: true,
    rule: rule ?? (bySex ? 'speaker:pronoun-sex' : 'speaker:pronoun'),
  };
}

/** "the … woman" (a woman's word, group 1) or "the … X" (any last word, group 2). */
const DESCRIPTION = new RegExp(`^the\\s+(?:.*\\s)?(?:(${alternation(DESCRIBED_WOMEN)})|(\\S+))$`, 'i');

/**
 * A description standing for someone named before: the description's last word ("the 59-year-old",
 * "the Russian space agency", "the businesswoman"), a body the knowledge file knows by it, the same
 * owner's body, or the organisation named last whose name holds the word.
 */
function describedSubject(st: ClaimState, r: Range): Subject {
  const { text } = st;
  const words = text.slice(r.start, r.end);
  const described = /^the\s/i.test(words) ? DESCRIPTION.exec(words) : null;
  if (!described) return { actor: null, mention: r, pronoun: false, rule: 'speaker:none' };
  // "the Russian space agency said": a body named in the article that the knowledge file knows by this description
  const head = described[2]?.toLowerCase() ?? '';
  if (DESCRIBED_BODY.test(head)) {
    const description = text.slice(r.start, r.end).replace(/^the\s+/i, '');
    const e = st.index.lookupFirst(description, { type: 'organization' });
    const named = e && e.type === 'organization' ? st.set.actors.find((a) => a.entity === e) : undefined;
    if (named) return { actor: named, mention: r, pronoun: false, rule: 'speaker:description' };
    // "Ukraine's air force said …" before, then "the air force said": the same owner's body
    const owner = ownerBefore(st, description, r.start);
    if (owner) return { actor: owner, mention: r, pronoun: false, rule: 'speaker:description' };
    // a body of the state ("the air force", "the ministry") is not whichever organisation was named
    // last (a news agency in the dateline, a company): only one whose name holds the word
    if (!GENERIC_BODY.test(head))
      return { actor: lastNamedWith(st, head, r.start), mention: r, pronoun: false, rule: 'speaker:description' };
    // ("the bank said" after "the Reserve Bank of Australia": the body named last whose name holds the word,
    // before whichever spoke last)
    const holding = isOn('speaker:description-name-holds') ? lastNamedWith(st, head, r.start) : null;
    if (holding) return { actor: holding, mention: r, pronoun: false, rule: 'speaker:description-name-holds' };
  }
  const form = described[1] ? 'she' : DESCRIBED_BODY.test(head) ? 'it' : 'someone';
  // "the prince said": the person named before with that title, not whoever was named last
  const titled = form === 'someone' ? titledBefore(st, words, head, r.start) : undefined;
  // ("the campaign said", "the email read": a thing or a body is no person named before)
  if (form === 'someone' && describedThing(descriptionHead(words)))
    return { actor: null, mention: r, pronoun: false, rule: 'speaker:description-thing' };
  // (a title no one named before holds is no one's: unknown, not whoever was named last)
  if (titled !== undefined)
    return titled
      ? { actor: titled, mention: r, pronoun: true, rule: 'speaker:description-title' }
      : { actor: null, mention: r, pronoun: false, rule: 'speaker:none' };
  return { actor: resolveBySex(st, r.start, form).actor, mention: r, pronoun: true, rule: 'speaker:description' };
}

/** The actor X of an earlier "X's <description>" outside quotes, before pos. */
function ownerBefore(st: ClaimState, description: string, pos: number): ActorDraft | null {
  const { text, outsideQuotes } = st;
  const want = description.toLowerCase();
  for (let i = lastBefore(st, pos); i >= 0; i--) {
    const m = outsideQuotes[i];
    if (pos - m.start > LOOK_BACK) break;
    const after = text.slice(m.end, m.end + want.length + 4).toLowerCase();
    if (/^[’'ʼ]s?\s/.test(after) && after.replace(/^[’'ʼ]s?\s+/, '').startsWith(want)) return m.actor;
  }
  return null;
}

/** The organisation named last before pos whose name holds the word ("the ministry" after "Ministry of Health"). */
function lastNamedWith(st: ClaimState, word: string, pos: number): ActorDraft | null {
  const { outsideQuotes } = st;
  let re = st.wordRes.get(word);
  if (!re) st.wordRes.set(word, (re = new RegExp(`\\b${word}\\b`, 'i')));
  for (let i = lastBefore(st, pos); i >= 0; i--) {
    if (pos - outsideQuotes[i].start > LOOK_BACK) break;
    const a = outsideQuotes[i].actor;
    if (a.type === 'organization' && re.test(a.name)) return a;
  }
  return null;
}
