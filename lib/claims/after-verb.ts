import type { Range, SpeechCue } from '../engine/findings';
import type { MentionDraft } from '../actors/actors';
import { isOn } from '../engine/rules';
import { NAME_DETERMINERS, PHRASE_ENDS } from '../words';
import { sentenceOf, type ClaimState } from './state';
import { someMemberSubject, subjectActor, type Subject } from './subjects';
import { describedActor } from './described-actor';

/** How far (characters) the words naming a speaker after the verb may run. */
const PHRASE_MAX = 160;
/** Punctuation that ends them ("said Ann Lee, who …", "said Ann Lee (R-Ohio)"). */
const PHRASE_STOP = /[,;:!?()[\]“”"\n—–]/;
/** A word of them: up to a space or a stop. */
const WORD = /^[^\s,;:!?()[\]“”"—–]+/;
/** A possessive right after a name ("Clinton’s top aide Jake Sullivan"). */
const POSSESSIVE = /^[’'ʼ]s?(?=\s)/;
/** An apposition after a described speaker: ", Ann Lee," or ", Ann Lee." */
const APPOSITION_GAP = /^,\s+$/;

/** The words after a verb of saying that name its speaker, and the names in them. */
interface Phrase {
  start: number;
  end: number;
  /** The mentions outside quotation marks in it, in order; `owner` when a possessive follows. */
  names: { m: MentionDraft; owner: boolean }[];
  /** Words that are no name, written in lower case ("spokesman", "former"). */
  lower: number;
  /** Where the last word in lower case ends. */
  lowerEnd: number;
  /** Why it ended: a punctuation mark, a word (PHRASE_ENDS) or the sentence's end. */
  stop: string;
}

/**
 * The speaker a cue names after its verb ("…,” said Acme spokesman Tom Hale"), where findCue gave
 * another name or none: the person the words end on, behind an employer, a place or a title
 * (`speaker:behind-title`), or, where they name no person, the one they describe
 * (`speaker:described-after-verb`). Null: the cue's own subject stands.
 */
export function afterVerbSubject(st: ClaimState, cue: SpeechCue): Subject | null {
  if (cue.rule === 'cue:after-quote-described' && cue.subject)
    return describedBeforeVerb(st, cue.subject, 'speaker:described-after-verb');
  if (cue.position !== 'after' || (cue.subject && cue.subject.start < cue.verb.end)) return null;
  const phrase = phraseAfter(st, cue.verb.end);
  if (!phrase || phrase.end <= phrase.start) return null;
  const some = someMemberSubject(st, { start: phrase.start, end: phrase.end });
  if (some) return some;
  const head = headPerson(st, phrase);
  if (head) {
    if (
      cue.subject &&
      (head.actor === st.set.byStart.get(cue.subject.start)?.actor || head.start === cue.subject.start)
    )
      return null;
    if (!isOn('speaker:behind-title')) return null;
    return {
      actor: head.actor,
      mention: { start: head.start, end: head.end },
      pronoun: false,
      rule: 'speaker:behind-title',
    };
  }
  return cue.subject ? null : describedAfterVerb(st, phrase, 'speaker:described-after-verb');
}

/**
 * "…,” the ministry said" (or "a man yelled “…”") where no one is found for the description: the
 * unnamed speaker those words describe (`speaker:described-after-verb`; before the quote,
 * `speaker:described-before-quote`), not someone carried over. Null: no such subject.
 */
export function unresolvedDescription(st: ClaimState, cue: SpeechCue): Subject | null {
  const r = cue.subject;
  if (!r || r.end > cue.verb.start) return null;
  const det = /^(\S+)\s/.exec(st.text.slice(r.start, r.end))?.[1].toLowerCase();
  if (cue.position === 'after')
    return det === 'the' ? describedBeforeVerb(st, r, 'speaker:described-after-verb') : null;
  // (before it, any determiner: "a man yelled “…”", "one aide said: “…")
  if (!det || !NAME_DETERMINERS.has(det)) return null;
  return describedBeforeVerb(st, r, 'speaker:described-before-quote');
}

/**
 * "…,” one longtime aide told reporters", "…,” his brother Tom Hale said": the words before the verb
 * (cue:after-quote-described), read as the words after one are: the person they end on, else the one
 * they describe (`rule`). Null: the subject is read as any other.
 */
function describedBeforeVerb(st: ClaimState, subject: Range, rule: DescribedRule): Subject | null {
  const phrase = phraseAfter(st, subject.start, subject.end);
  if (!phrase || phrase.end <= phrase.start || phrase.end < subject.end) return null;
  const some = someMemberSubject(st, { start: phrase.start, end: phrase.end });
  if (some) return some;
  const head = headPerson(st, phrase);
  if (head)
    return { actor: head.actor, mention: { start: head.start, end: head.end }, pronoun: false, rule: 'speaker:named' };
  return describedAfterVerb(st, phrase, rule);
}

/**
 * "…, said Acme chief economist Ann Lee.", "according to Fox News analyst Tom Hale, …": reported speech
 * whose source follows its cue, where the words there end on a person behind an employer, a place or a
 * title (`speaker:behind-title`): that person, not the first name. Null: the subject found stands.
 */
export function reportedBehindTitle(st: ClaimState, from: number, found: Subject): Subject | null {
  if (!found.actor || (found.actor.type === 'person' && !found.actor.unnamed) || !found.mention) return null;
  if (!isOn('speaker:behind-title')) return null;
  const phrase = phraseAfter(st, from);
  if (!phrase || phrase.start !== found.mention.start) return null;
  const head = headPerson(st, phrase);
  if (!head || head.actor === found.actor) return null;
  return {
    actor: head.actor,
    mention: { start: head.start, end: head.end },
    pronoun: false,
    rule: 'speaker:behind-title',
  };
}

/** The words from `from` (the verb's end) to a stop: a punctuation mark, a PHRASE_ENDS word, the sentence's end (or `upTo`). */
function phraseAfter(st: ClaimState, from: number, upTo = Infinity): Phrase | null {
  const { text } = st;
  const sentence = st.findings.sentences[sentenceOf(st, from)];
  if (!sentence) return null;
  const limit = Math.min(sentence.end, from + PHRASE_MAX, upTo);
  let i = skipSpace(text, from, limit);
  const start = i;
  let end = i;
  let lower = 0;
  let lowerEnd = -1;
  let stop = 'end';
  const names: Phrase['names'] = [];
  while (i < limit) {
    const m = st.set.byStart.get(i);
    if (m && !m.inQuote && m.end <= limit) {
      const owner = POSSESSIVE.exec(text.slice(m.end, m.end + 3));
      names.push({ m, owner: !!owner });
      end = i = m.end + (owner ? owner[0].length : 0);
    } else if (PHRASE_STOP.test(text[i])) {
      stop = text[i];
      break;
    } else {
      const word = WORD.exec(text.slice(i, Math.min(limit, i + 40)))?.[0] ?? text[i];
      const bare = word.replace(/\.$/, '').toLowerCase();
      if (PHRASE_ENDS.has(bare)) {
        stop = bare;
        break;
      }
      end = i += word.length;
      if (/^\p{Ll}/u.test(word)) {
        lower++;
        lowerEnd = end;
      }
    }
    i = skipSpace(text, i, limit);
  }
  // (a full stop that ends the sentence is no part of the phrase)
  const lastName = names.length ? names[names.length - 1].m.end : -1;
  while (end > start && end !== lastName && /[.\s]/.test(text[end - 1])) end--;
  return { start, end, names, lower, lowerEnd, stop };
}

const skipSpace = (text: string, i: number, limit: number) => {
  while (i < limit && /\s/.test(text[i])) i++;
  return i;
};

/**
 * The person the words name: the last person in them that owns nothing ("Clinton ally James
 * Carville", "Sen. Ann Lee of Ohio", "Air Force Lt. Tom Hale"); else, after a description, the
 * person set beside it in commas ("another user, Ann Lee,").
 */
function headPerson(st: ClaimState, phrase: Phrase): MentionDraft | null {
  let head: MentionDraft | null = null;
  for (const { m, owner } of phrase.names) if (!owner && m.actor.type === 'person' && !m.actor.unnamed) head = m;
  // (words in lower case after the name: it was not the head, "the Vox Populi column")
  if (head && phrase.lowerEnd > head.end) head = null;
  if (head || phrase.stop !== ',' || !phrase.lower) return head;
  // "said another Twitter user, Ann Lee." / "said his campaign manager, Tom Hale, who …"
  const comma = phrase.end + st.text.slice(phrase.end).indexOf(',');
  let next = comma + 1;
  while (/\s/.test(st.text[next] ?? '')) next++;
  const m = st.set.byStart.get(next);
  if (!m || m.inQuote || m.actor.type !== 'person' || m.actor.unnamed) return null;
  if (!APPOSITION_GAP.test(st.text.slice(comma, m.start))) return null;
  const after = st.text.slice(m.end, m.end + 12);
  return /^(?:\s*[,.;]|\s*$|\s+(?:of|at|from|for|who)\b)/.test(after) ? m : null;
}

/**
 * Words after the verb that describe the speaker without naming a person: "the 46-year-old"
 * (resolved as a description), "a Nevada Democrat" (some member of the party, unnamed), "one White House
 * official" (the body its name stands for), "one former official" (an unnamed speaker of its own, by those words).
 */
/** A lone determiner that stands for someone ("said one of the aides", "tweeted another"). */
const LONE = /^(?:one|another)$/i;

type DescribedRule = 'speaker:described-after-verb' | 'speaker:described-before-quote';

function describedAfterVerb(st: ClaimState, phrase: Phrase, rule: DescribedRule): Subject | null {
  const { text } = st;
  const words = text.slice(phrase.start, phrase.end);
  // "…,” said one of those advisers, who …", "…,” tweeted another.": a lone "one" or "another"
  if (LONE.test(words) && isOn(rule)) {
    const whole = { start: phrase.start, end: complementEnd(st, phrase) };
    return { actor: describedActor(st, text.slice(whole.start, whole.end)), mention: whole, pronoun: false, rule };
  }
  const det = /^(\S+)\s+\S/.exec(words)?.[1].toLowerCase();
  if (!det || !NAME_DETERMINERS.has(det) || !isOn(rule)) return null;
  const range: Range = { start: phrase.start, end: phrase.end };
  if (det === 'the') {
    const s = subjectActor(st, range);
    if (s.actor) return s;
  }
  // (the head of the words is a name: "one White House official")
  const last = phrase.names[phrase.names.length - 1];
  if (last && last.m.end === phrase.end && !last.owner)
    return { actor: last.m.actor, mention: range, pronoun: false, rule };
  // (its last word a noun written in lower case: "one former senior official", "a narrator")
  if (!/\s\p{Ll}[\p{L}-]*$/u.test(words) || words.split(/\s+/).length > 8) return null;
  const whole = { start: phrase.start, end: complementEnd(st, phrase) };
  const described = text.slice(whole.start, whole.end);
  return { actor: describedActor(st, described), mention: whole, pronoun: false, rule };
}

/** Prepositions whose words complete a description ("a longtime adviser to the senator"). */
const COMPLEMENT = new Set(['of', 'to', 'for', 'at', 'from', 'with', 'in']);

/** The end of a description with its complement, up to punctuation or a clause ("…, who", "… who declined"). */
function complementEnd(st: ClaimState, phrase: Phrase): number {
  if (!COMPLEMENT.has(phrase.stop)) return phrase.end;
  const { text } = st;
  const sentence = st.findings.sentences[sentenceOf(st, phrase.end)];
  const limit = Math.min(sentence?.end ?? text.length, phrase.end + 80);
  let i = phrase.end;
  let end = phrase.end;
  let words = 0;
  while (i < limit && words < 7) {
    i = skipSpace(text, i, limit);
    const word = WORD.exec(text.slice(i, limit))?.[0];
    if (!word) break;
    const bare = word.replace(/\.$/, '').toLowerCase();
    if (words > 0 && PHRASE_ENDS.has(bare) && !COMPLEMENT.has(bare)) break;
    end = i += word.length;
    words++;
  }
  if (words < 2) return phrase.end;
  while (end > phrase.end && text[end - 1] === '.' && !st.set.mentions.some((m) => m.end === end)) end--;
  return end;
}
