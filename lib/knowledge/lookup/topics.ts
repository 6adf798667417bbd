import type { Topic } from '../schema';
import { normalizeKey, normalizeName } from '../normalize';
import { topicFitsDate } from '../time';

/** Slots of topicsFor's word filter (a power of two). */
const USE_FILTER_SIZE = 4096;
/** The filter slot of the word s[a, b) (not empty): its first and last characters. */
const useSlot = (s: string, a: number, b: number) =>
  (s.charCodeAt(a) * 31 + s.charCodeAt(b - 1)) & (USE_FILTER_SIZE - 1);
const lengthBit = (len: number) => 1 << Math.min(len, 31);

/**
 * What a sentence's word can start, in one table so each word costs one read: the topics of the
 * one-word keyword it is, whether a keyword of more words starts with it, and the phrases that do.
 */
interface WordUse {
  topics: Topic[] | null;
  startsKeyword: boolean;
  phrases: { topic: Topic; words: string[] }[] | null;
}

/** A sentence in normal form, read word by word: a word runs from a to the next space (or the end). */
class Words {
  readonly n: number;
  constructor(readonly s: string) {
    this.n = s.length;
  }
  endFrom(a: number) {
    const e = this.s.indexOf(' ', a);
    return e < 0 ? this.n : e;
  }
}

/** The topics' names, keywords and phrases, and which of them a sentence holds. */
export class TopicIndex {
  readonly #byName = new Map<string, Topic>();
  readonly #keywords = new Map<string, Topic[]>();
  readonly #wordUses = new Map<string, WordUse>();
  // the table's words by a hash of their first and last characters, a bit for each length (bit 31:
  // 31 or more): most words of a sentence are ruled out without being cut from it
  readonly #useFilter = new Uint32Array(USE_FILTER_SIZE);

  constructor(topics: Iterable<Topic>) {
    const list = [...topics];
    for (const t of list) for (const n of [t.name, ...t.aliases]) this.#byName.set(normalizeKey(n), t);
    for (const t of list) {
      for (const k of t.keywords) {
        const key = normalizeName(k);
        const found = this.#keywords.get(key);
        if (found) found.push(t);
        else this.#keywords.set(key, [t]);
      }
    }
    for (const [key, found] of this.#keywords) {
      const space = key.indexOf(' ');
      if (space < 0) this.#useOf(key).topics = found;
      else this.#useOf(key.slice(0, space)).startsKeyword = true;
    }
    for (const t of list) {
      for (const p of t.phrases) {
        const w = normalizeName(p).split(' ');
        const u = this.#useOf(w[0]);
        (u.phrases ??= []).push({ topic: t, words: w });
      }
    }
    for (const w of this.#wordUses.keys()) this.#useFilter[useSlot(w, 0, w.length)] |= lengthBit(w.length);
  }

  #useOf(word: string): WordUse {
    let u = this.#wordUses.get(word);
    if (!u) this.#wordUses.set(word, (u = { topics: null, startsKeyword: false, phrases: null }));
    return u;
  }

  /** The topic or event with this name or alias ("Brexit"), if any. */
  named(name: string): Topic | undefined {
    return this.#byName.get(normalizeKey(name));
  }

  /**
   * Topics whose keywords or phrases match the sentence, best first. With `on`, only those that fit
   * an article of that date (null: undated; lib/knowledge/time.ts topicFitsDate).
   */
  topicsFor(sentence: string, on?: { date: string | null }): Topic[] {
    const words = new Words(normalizeName(sentence));
    const { hits, phraseHit } = this.#scan(words);
    if (!hits && !phraseHit) return [];
    // a topic of two or more keywords needs two of them, or one of its phrases (most hits are one word)
    let out: { t: Topic; score: number }[] | null = null;
    const judge = (t: Topic, count: number) => {
      const need = Math.min(2, t.keywords.length);
      const score = count + (phraseHit?.has(t) ? need : 0);
      if (score >= need) (out ??= []).push({ t, score });
    };
    if (hits) for (const [t, c] of hits) judge(t, c);
    if (phraseHit) for (const t of phraseHit) if (!hits?.has(t)) judge(t, 0);
    if (!out) return [];
    let found = out as { t: Topic; score: number }[];
    if (on) found = found.filter((x) => topicFitsDate(x.t, on.date, words.s));
    return found.sort((a, b) => b.score - a.score).map((x) => x.t);
  }

  /** The sentence's keyword hits per topic (each keyword once) and the topics whose phrases it holds. */
  #scan(words: Words): { hits: Map<Topic, number> | null; phraseHit: Set<Topic> | null } {
    const { s, n } = words;
    // (made on the first hit: most sentences have none)
    let hits = null as Map<Topic, number> | null; // (set in count: typed so, not narrowed to null)
    let seen = null as Set<string> | null;
    const count = (key: string, list: Topic[] | null | undefined) => {
      if (!list || seen?.has(key)) return;
      (seen ??= new Set()).add(key);
      hits ??= new Map();
      for (const t of list) hits.set(t, (hits.get(t) ?? 0) + 1);
    };
    // exact phrases, found from their first word
    let phraseHit: Set<Topic> | null = null;
    for (let a = 0, b = words.endFrom(0); a <= n; a = b + 1, b = a <= n ? words.endFrom(a) : n) {
      if (a < b && !(this.#useFilter[useSlot(s, a, b)] & lengthBit(b - a))) continue; // most words start nothing
      const word = s.slice(a, b);
      const u = this.#wordUses.get(word);
      if (!u) continue;
      // single words, and two- and three-word keywords from the words that start one
      count(word, u.topics);
      if (u.startsKeyword && b < n) {
        const b2 = words.endFrom(b + 1);
        const two = s.slice(a, b2);
        count(two, this.#keywords.get(two));
        if (b2 < n) {
          const three = s.slice(a, words.endFrom(b2 + 1));
          count(three, this.#keywords.get(three));
        }
      }
      if (!u.phrases) continue;
      for (const { topic, words: p } of u.phrases) {
        if (phraseHit?.has(topic)) continue;
        if (phraseFollows(words, b, p)) (phraseHit ??= new Set()).add(topic);
      }
    }
    return { hits, phraseHit };
  }
}

/** Whether the phrase's next words (after its first, which ends at b) are the next words of the sentence. */
function phraseFollows(words: Words, b: number, p: string[]): boolean {
  const { s, n } = words;
  let e = b;
  for (let k = 1; k < p.length; k++) {
    if (e >= n) return false; // s has no more words
    const start = e + 1;
    e = words.endFrom(start);
    if (!(e - start === p[k].length && s.startsWith(p[k], start))) return false;
  }
  return true;
}
