/**
 * Which unknown names are no actor: common nouns with a capital, adjectives, describing words, bills
 * and topics, eponyms ("Alzheimer's disease"), shouted page furniture. Reads the NameTable and the
 * text; counts each bare name (all, and mid-sentence, where its capital means something).
 */
import { isCapitals, isPlainCapitalised } from '../text/ascii';
import {
  AUXILIARIES,
  DAY_EVENT_WORDS,
  isGivenName,
  NAME_OPENERS_KEPT,
  NUMBERED_HEADS,
  PARTY_LABELS,
  QUOTE_VERBS,
  BACK_VERBS,
  SENTENCE_WORDS,
  SOURCE_NOUNS,
  SURNAME_HEADS,
  TIME_EVENT_HEADS,
  TITLE_STOP_WORDS,
  TITLES,
} from '../words';
import { isOn } from '../engine/rules';
import {
  ADJECTIVE_ENDING,
  NOT_ACTOR_HEAD,
  NOT_NAMES,
  SAID_AFTER,
  datelineTown,
  typeOfUnknown,
} from '../names/evidence';
import type { ActorPassContext } from './context';
import type { NameTable } from './lookup';
import type { NameCandidate } from '../engine/findings';
import {
  ACRONYM_IN_PROSE,
  APPOSITION_AFTER,
  CAPITAL_WORD_AT_END,
  collectiveAfter,
  ILLNESS_AFTER,
  POSSESSIVE_AFTER,
} from './name-patterns';
import { THE_FIRST } from './plural-groups';
import { quotedTitleKeys } from './quoted-titles';

/** "Jude Law", "Larry Page": a given name and a surname that is also a head of no actor's name. */
function givenThenSurname(core: string): boolean {
  const space = core.indexOf(' ');
  if (space < 0 || core.indexOf(' ', space + 1) >= 0) return false;
  return isGivenName(core.slice(0, space).toLowerCase()) && SURNAME_HEADS.has(core.slice(space + 1).toLowerCase());
}
import { roleWordName } from './role-word-names';
import { hyphenLower, modelCode, thingNamed } from './thing-names';
import { noPersonsName } from './no-persons-name';
import { pluralCommonNoun } from './plural-nouns';
import {
  faithOrPeople,
  numberedWord,
  shoutedLowerWords,
  shoutedNameWords,
  shoutedWords,
  wordsAlsoLower,
} from './word-shapes';

/** A weekday's name after a space: "Super| Tuesday". */
const WEEKDAY_AFTER = /^ (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;
/** "secretary of" in lower case right before a word: with it, a title (titles.json) ends. */
const TITLE_OF_BEFORE = /(?:^|[^\p{L}])(\p{Ll}+ of) $/u;
/** Whether the word w (its key) at `start` ends a title written in lower case ("the secretary of State"). */
function titleEnd(text: string, start: number, w: string): boolean {
  const before = TITLE_OF_BEFORE.exec(text.slice(Math.max(0, start - 24), start));
  return !!before && TITLES.has(`${before[1]} ${w}`);
}

/** A name written with its title: "Mr. Kwan" (not "major European cities": a lower-case title before the word). */
const titledName = (text: string, c: { start: number; title: string | null }) =>
  !!c.title && text.slice(c.start, c.start + c.title.length).toLowerCase() === c.title;
/** The two words after a mention: a verb of saying, or an adverb in -ly and one ("Lee said", "Lee quickly added"). */
const TWO_WORDS_AFTER = /^\s+(\p{Ll}+)(?![A-Z0-9_])(?:\s+(\p{Ll}+)(?![A-Z0-9_]))?/u;
/**
 * Whether a verb of saying follows, after an adverb in -ly or not. (A lookup of the words, not one
 * regex of every verb: that regex took some 7 ms to compile on a page's first run, in every tab.)
 */
function saysAfter(after: string): boolean {
  const m = TWO_WORDS_AFTER.exec(after);
  if (!m) return false;
  if (QUOTE_VERBS.has(m[1])) return !BACK_VERBS.has(m[1]) || m[2] === 'back';
  return !!m[2] && m[1].length > 2 && m[1].endsWith('ly') && QUOTE_VERBS.has(m[2]);
}

/**
 * A name of two or more words opening with a small word of a clause, not a given name: a headline's
 * words with capitals ("That Happened", "Are Sorry", "While Voters Wait"); not "The", "His" (titles
 * and nicknames: "The Rock"), nor "Will Smith", "Said Ann Lee".
 */
function functionWordFirst(core: string): boolean {
  const space = core.indexOf(' ');
  if (space < 0) return false;
  const first = core.slice(0, space).toLowerCase();
  // (nor a verb of saying before a person's name, "Said Ann Lee", nor "Will", "May", "Can" as given names)
  if (NAME_OPENERS_KEPT.has(first) || isGivenName(first)) return false;
  return TITLE_STOP_WORDS.has(first) || AUXILIARIES.has(first);
}

/** After a description's capitalised start: a lower-case word or an office's short title ("caucus", "Sen."). */
const DESCRIBED_AFTER = /^\s+(?:\p{Ll}|(?:Sen|Sens|Rep|Reps|Gov|Del|Lt|Atty)\.)/u;

/**
 * "the Republican Iowa caucus", "Independent Westland Sen. Ann Lee", "Democratic House delegation": two
 * words, a party's word and one that is no given name, before a lower-case word or an office's short title.
 */
function partyWords(core: string, after: string): boolean {
  const space = core.indexOf(' ');
  if (space < 0 || core.indexOf(' ', space + 1) >= 0) return false;
  if (!PARTY_LABELS.has(core.slice(0, space).toLowerCase()) || isGivenName(core.slice(space + 1).toLowerCase()))
    return false;
  return DESCRIBED_AFTER.test(after);
}

/** A verb of saying right before a name ("said Ann Lee", "according to Ann Lee"). */
const SAID_BEFORE = /\b(?:said|says|told|wrote|asked|added|according to)\s+$/;

/** The not-a-name tests of the name pass, with what they read of the whole text worked out once. */
/** A name as nameAside's tests read it: its candidate, bare words, key, and whether it is a plain name (no title, no acronym). */
interface NameAt {
  c: NameCandidate;
  core: string;
  key: string;
  plain: boolean;
}

export class NotNames {
  /** how often each bare name occurs, and how often where its capital means something (mid-sentence) */
  private readonly keyCount = new Map<string, { all: number; mid: number }>();
  /** Names the text uses for an illness ("Alzheimer's disease"), read after the names at first need. */
  private eponymNames: Set<string> | null = null;
  /** (scanned for at first need: a text whose single words are all known never reads it) */
  private lowerWords: Set<string> | null = null;
  /** The words of two-word names also written in lower case (scanned for at first need). */
  private lowerPairWords: Set<string> | null = null;
  /** The names that stand as a title in quotation marks, and never speak (read at first need). */
  private titleKeys: Set<string> | null = null;
  /** The words of the names in capitals that the text also writes in lower case (scanned for at first need). */
  private lowerShouted: Set<string> | null = null;
  /** The first words of numbered names ("Plan B") that the text also writes in lower case (scanned for at first need). */
  private lowerNumbered: Set<string> | null = null;
  /** The names opening with "The" that speak or show a body at a mention (read at first need). */
  private theActors: Set<string> | null = null;

  /** The names taken only because a verb of saying follows them (name:says-after), by index. */
  readonly saysAfter = new Set<number>();

  constructor(
    private readonly ctx: ActorPassContext,
    private readonly table: NameTable,
  ) {}

  /** Counts the name at i (its key as it is now). */
  count(i: number) {
    const k = this.table.keys[i];
    const n = this.keyCount.get(k) ?? { all: 0, mid: 0 };
    n.all++;
    if (!this.table.nameCands[i].sentenceStart) n.mid++;
    this.keyCount.set(k, n);
  }

  /** How often the bare name `key` occurs. */
  occurrences(key: string): number {
    return this.keyCount.get(key)?.all ?? 0;
  }

  /**
   * Why an unknown single word is no name (a common noun with a capital, an adjective, a describing
   * word): the id of the rule that sets it aside, or null for a name. A rule switched off sets nothing aside.
   */
  singleAside(ci: number): string | null {
    const { text } = this.ctx;
    const c = this.table.nameCands[ci];
    const w = this.table.keys[ci];
    const count = this.keyCount.get(w);
    if (datelineTown(text, c)) return null; // "NORTHBY, Westland (Reuters) –": a town, though it opens the line
    if (
      isOn('name:aside-common-word') &&
      (SENTENCE_WORDS.has(w) || TITLES.has(w) || (this.lowerWords ??= wordsAlsoLower(text, this.table.cores)).has(w))
    )
      return 'name:aside-common-word'; // "Kauri" where "kauri trees" is a common noun
    // (a word opening a sentence is a name only where the text says so elsewhere, or describes it:
    // "Mayorkas, the homeland security secretary, told reporters")
    // (or where a verb of saying follows it: "Carson said", "Cruz openly admitted …")
    if (
      isOn('name:aside-sentence-opener') &&
      c.sentenceStart &&
      !c.title &&
      !(count?.mid ?? 0) &&
      !APPOSITION_AFTER.test(text.slice(c.end, c.end + 40))
    ) {
      if (!saysAfter(text.slice(c.end, c.end + 30)) || SOURCE_NOUNS.has(w) || !isOn('name:says-after'))
        return 'name:aside-sentence-opener';
      // "Mourners say …", "Projections show …": a plural common noun, though a verb of saying follows
      if (isOn('name:aside-plural-noun') && pluralCommonNoun(text, this.table.cores[ci], this.table))
        return 'name:aside-plural-noun';
      this.saysAfter.add(ci);
    }
    // "Gulf allies": said once, as a word describing a group, it names no actor of the story
    if (isOn('name:aside-collective') && (count?.all ?? 0) < 2 && collectiveAfter(text.slice(c.end, c.end + 16)))
      return 'name:aside-collective';
    const next = text.slice(c.end, c.end + 2);
    // "Western peacekeeping", "Kenyan" (not a name after a title, or before a verb of saying: "Mr. Kwan
    // said", "Sullivan told")
    if (
      isOn('name:aside-adjective') &&
      ADJECTIVE_ENDING.test(w) &&
      /^\s\p{Ll}/u.test(next) &&
      !/[’'ʼ]s$/.test(text.slice(c.end - 2, c.end)) && // ("at Dolan’s in Westby": a shop, name:business-alone)
      c.kind !== 'acronym' &&
      !titledName(text, c) &&
      !SAID_AFTER.test(text.slice(c.end, c.end + 12))
    )
      return 'name:aside-adjective';
    // "Lee, a Republican,", "most are Democratic": a party's word alone, a description, unless it speaks
    // ("a Democrat said"; the plural is the party: "Republicans")
    if (isOn('name:aside-party-word') && PARTY_LABELS.has(w) && !c.title && !this.speaks(c.start, c.end))
      return 'name:aside-party-word';
    // "Super Tuesday", "Black Friday": a day's or an event's word before a weekday
    if (isOn('name:aside-day-event') && DAY_EVENT_WORDS.has(w) && WEEKDAY_AFTER.test(text.slice(c.end, c.end + 11)))
      return 'name:aside-day-event';
    // "the secretary of State": the last word of a title written in lower case
    if (isOn('name:aside-title-end') && !c.title && titleEnd(text, c.start, w)) return 'name:aside-title-end';
    // "the Pou", "the Aunties": once, after "the", unknown: a common noun with a capital more likely than a name
    return isOn('name:aside-after-the') &&
      c.kind !== 'acronym' &&
      /\bthe\s+$/i.test(text.slice(Math.max(0, c.start - 5), c.start)) &&
      (count?.all ?? 0) < 2
      ? 'name:aside-after-the'
      : null;
  }

  /** The tests of nameAside, in the order they decide: each rule's id and its test (made once, not per name). */
  private static readonly NAME_TESTS: readonly [string, (n: NotNames, x: NameAt) => boolean][] = [
    // "Data Retention Bill", "the Bill"
    // (not a given name and a surname that is such a head: "Jude Law", "Larry Page")
    [
      'name:aside-bill',
      (_, { core }) => (NOT_ACTOR_HEAD.test(core) || NOT_ACTOR_HEAD.test(` ${core}`)) && !givenThenSurname(core),
    ],
    // "Covid", "Brexit": things and events, not actors
    ['name:aside-thing', (n, { core, key }) => NOT_NAMES.test(key) || !!n.ctx.index.topicNamed(core)],
    // "H-1B", "Progress MS-04": a model's or a class's code, a thing
    ['name:aside-model-code', (_, { core, plain }) => plain && modelCode(core)],
    // "Spanish-language", "Census-takers": a word made of a name, a hyphen and lower-case words
    ['name:aside-hyphen-lower', (_, { core, plain }) => plain && hyphenLower(core)],
    // "the Soyuz-FG rocket", "the Cadillac tax", "the drug Zelvix": written only as a thing's name
    [
      'name:aside-thing-head',
      (n, { key, plain }) => plain && thingNamed(n.ctx.text, n.table, key, (s, e) => n.speaks(s, e)),
    ],
    // "Eastern Standard Time", "Christmas Eve", "Industrial Revolution": a time, an era, an event
    [
      'name:aside-time-event',
      (_, { c, key }) => !c.title && TIME_EVENT_HEADS.has(key.slice(key.lastIndexOf(' ') + 1)) && key.includes(' '),
    ],
    // "New Yorkers", a headline
    ['name:aside-people-word', (n, { c, core }) => !c.title && noPersonsName(n.ctx.text, core, c.end, n.ctx.index)],
    // "Civil Rights", "Walking Dead"; not a name that speaks or is described ("Grant Green said", "Grant Green, a farmer,")
    ['name:aside-lower-words', (n, { c, core, plain }) => plain && n.wordsOnly(core) && !n.speaks(c.start, c.end)],
    ['name:aside-clause-words', (_, { core, plain }) => plain && functionWordFirst(core)], // "That Happened", "Are Sorry"
    // "National Committeeman", "Westland Governor": a role written with capitals, where it does not speak
    ['name:aside-role-words', (n, { c, key, plain }) => plain && roleWordName(key) && !n.speaks(c.start, c.end)],
    // "The Long Dock", "The Harbor Game": a work's title, where no mention speaks or shows a body
    ['name:aside-the-title', (n, { core, key, plain }) => plain && THE_FIRST.test(core) && !n.theActor(key)],
    // "the show “Harbor Week”", "his book ''The Long Dock''": a title in quotation marks, no one's name
    ['name:aside-quoted-title', (n, { key, plain }) => plain && n.quotedTitle(key)],
    // "the Republican Iowa caucus", "Independent Westland Sen. Ann Lee": a party's word and one more, a description's start
    [
      'name:aside-party-words',
      // (a name taken for a person's only: not "Republican Jews", "the Democratic Senate")
      (n, { c, core, plain }) =>
        plain &&
        partyWords(core, n.ctx.text.slice(c.end, c.end + 8)) &&
        !faithOrPeople(core) &&
        typeOfUnknown(n.ctx.text, c, core, false) === 'person',
    ],
    // "Plan B", "Title IX", "Round Two": a thing numbered by a letter, a numeral or a number word
    ['name:aside-numbered', (n, { core, plain }) => plain && n.numbered(core)],
  ];

  /**
   * Why an unknown name is no actor (a bill, a topic, an eponym, shouted page furniture): the id of
   * the rule that sets it aside, or null for an actor. A rule switched off sets nothing aside.
   */
  nameAside(ci: number): string | null {
    const { text } = this.ctx;
    const c = this.table.nameCands[ci];
    const core = this.table.cores[ci];
    const key = this.table.keys[ci];
    const at: NameAt = { c, core, key, plain: !c.title && c.kind === 'name' };
    for (const [id, test] of NotNames.NAME_TESTS) if (isOn(id) && test(this, at)) return id;
    if (datelineTown(text, c)) return null; // "PHNOM PENH, Cambodia (AP) –": shouted, and a town
    // "Alzheimer's disease", "Tourette's syndrome"; "New Alzheimer's drug" in a headline
    if (
      isOn('name:aside-eponym') &&
      (this.eponym(core) ||
        (POSSESSIVE_AFTER.test(text.slice(c.end, c.end + 3)) && this.eponym(core.slice(core.lastIndexOf(' ') + 1))))
    )
      return 'name:aside-eponym';
    const shouted = isOn('name:aside-shouted');
    if (shouted && shoutedWords(core) >= 2) return 'name:aside-shouted'; // "LEARN MORE", "BREAKING NEWS"
    // "TOP STORIES", "LET HIM IN": words in capitals, a sentence's small word among them or all written in lower case too
    if (isOn('name:aside-shouted-lower') && shoutedLowerWords(core, this.shoutedLower()))
      return 'name:aside-shouted-lower';
    if (!shouted) return null;
    // "HIGH", "WARNING": a shouted word said once; not "the RSPCA said", "the NSPCC" (an organisation's letters)
    return c.kind === 'acronym' &&
      key.length >= 4 &&
      (this.keyCount.get(key)?.all ?? 0) < 2 &&
      !ACRONYM_IN_PROSE.test(text.slice(Math.max(0, c.start - 4), c.end + 12))
      ? 'name:aside-shouted'
      : null;
  }

  /**
   * A name of two words, neither a given name, both written in lower case elsewhere in the text (or the
   * first a party word): words with capitals ("Civil Rights", "That Happened", "Republican Presidential"),
   * not a person's name ("Ann Lee").
   */
  private wordsOnly(core: string): boolean {
    const words = core.split(' ');
    if (words.length !== 2 || !words.every(isPlainCapitalised)) return false;
    if (words.some((w) => isGivenName(w.toLowerCase()))) return false;
    if (!this.lowerPairWords) {
      const pairs = this.table.cores.filter((k) => /^\S+ \S+$/.test(k)).flatMap((k) => k.split(' '));
      this.lowerPairWords = wordsAlsoLower(this.ctx.text, pairs);
    }
    // (a party word counts as a word: "Republican Presidential", "Democratic House")
    return words.every(
      (w, i) => this.lowerPairWords!.has(w.toLowerCase()) || (i === 0 && PARTY_LABELS.has(w.toLowerCase())),
    );
  }

  /**
   * "Plan B", "TARP II": a thing numbered by a letter, a numeral or a number word (numberedWord), its first
   * word in capitals, a common noun numbered so (numbered-heads.json) or one the text also writes in lower
   * case (not "Banc One", "Alicia M").
   */
  numbered(core: string): boolean {
    const first = numberedWord(core);
    if (!first) return false;
    if (isCapitals(first) || NUMBERED_HEADS.has(first.toLowerCase())) return true;
    if (!this.lowerNumbered) {
      const firsts = this.table.cores.map(numberedWord).filter((w): w is string => !!w);
      this.lowerNumbered = wordsAlsoLower(this.ctx.text, firsts);
    }
    return this.lowerNumbered.has(first.toLowerCase());
  }

  /** The words of the names in capitals that the text also writes in lower case, lower-cased (word-shapes.ts). */
  private shoutedLower(): Set<string> {
    if (!this.lowerShouted) {
      const words = shoutedNameWords(this.table.cores);
      this.lowerShouted = words.length ? wordsAlsoLower(this.ctx.text, words) : new Set();
    }
    return this.lowerShouted;
  }

  /** Whether the name stands as a title in quotation marks and never speaks (quoted-titles.ts). */
  private quotedTitle(key: string): boolean {
    this.titleKeys ??= quotedTitleKeys(this.ctx.text, this.ctx.findings.quotes, this.table, (s, e) =>
      this.speaks(s, e),
    );
    return this.titleKeys.has(key);
  }

  /**
   * Whether a name opening with "The" speaks, is described or shows a body at one of its mentions ("The
   * Northby Courier reported", "told The Harbor", "the magazine The Westlander"): a paper, a body.
   */
  private theActor(key: string): boolean {
    if (!this.theActors) {
      const { text } = this.ctx;
      const { nameCands, cores, keys } = this.table;
      this.theActors = new Set();
      for (let i = 0; i < nameCands.length; i++) {
        const c = nameCands[i];
        if (!THE_FIRST.test(cores[i])) continue;
        if (this.speaks(c.start, c.end) || typeOfUnknown(text, c, cores[i], false) !== 'person')
          this.theActors.add(keys[i]);
      }
    }
    return this.theActors.has(key);
  }

  /** A verb of saying or an apposition right after the mention, or a verb of saying right before it. */
  private speaks(start: number, end: number): boolean {
    const { text } = this.ctx;
    const after = text.slice(end, end + 40);
    return (
      saysAfter(after) || APPOSITION_AFTER.test(after) || SAID_BEFORE.test(text.slice(Math.max(0, start - 16), start))
    );
  }

  /** Whether the text uses the word for an illness ("Alzheimer's disease"). */
  private eponym(core: string): boolean {
    if (!this.eponymNames) {
      const { text } = this.ctx;
      const { nameCands, cores } = this.table;
      this.eponymNames = new Set();
      // a name's last word right before "'s disease" (the tokens end before the possessive)
      for (let i = 0; i < nameCands.length; i++) {
        const end = nameCands[i].end;
        if (!ILLNESS_AFTER.test(text.slice(end, end + 12))) continue;
        const m = CAPITAL_WORD_AT_END.exec(cores[i]);
        if (m) this.eponymNames.add(m[1]);
      }
    }
    return this.eponymNames.has(core);
  }
}
