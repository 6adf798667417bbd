import type { Topic } from '../schema';
import { normalizeKey, normalizeName } from '../normalize';
import { topicFitsDate } from '../time';
import { FNV_START, fnvStep, KeyFilter } from './key-filter';

/**
 * A keyword ("ceasefire", "peace deal") and its topics. `seenIn` is the last scan that counted it:
 * a sentence counts each keyword once, without a set of the keywords it has met.
 */
interface Keyword {
  topics: Topic[];
  seenIn: number;
}

/**
 * What a sentence's word can start, in one table so each word costs one read: the one-word keyword
 * it is, whether a keyword of more words starts with it, and the phrases that do.
 */
interface WordUse {
  keyword: Keyword | null;
  startsKeyword: boolean;
  phrases: { topic: Topic; words: string[] }[] | null;
}

/** A sentence's keyword hits per topic (in the order first hit) and the topics whose phrases it holds. */
interface Scan {
  hits: Map<Topic, number> | null;
  phraseHit: Set<Topic> | null;
}

/** Where the word of s that starts at a ends: the next space, or the end. */
const wordEnd = (s: string, a: number) => {
  const e = s.indexOf(' ', a);
  return e < 0 ? s.length : e;
};

/** The topics' names, keywords and phrases, and which of them a sentence holds. */
export class TopicIndex {
  readonly #byName = new Map<string, Topic>();
  readonly #keywords = new Map<string, Keyword>();
  readonly #wordUses = new Map<string, WordUse>();
  // the table's words in a bit filter (some 64 bits a word): most words of a sentence are ruled out,
  // hashed in place, without being cut from it and looked up
  readonly #useFilter: KeyFilter;
  /** The scans made so far: the number of the current one marks the keywords it has counted. */
  #scans = 0;

  constructor(topics: Iterable<Topic>) {
    const list = [...topics];
    for (const t of list) for (const n of [t.name, ...t.aliases]) this.#byName.set(normalizeKey(n), t);
    for (const t of list) {
      for (const k of t.keywords) {
        const key = normalizeName(k);
        const found = this.#keywords.get(key);
        if (found) found.topics.push(t);
        else this.#keywords.set(key, { topics: [t], seenIn: 0 });
      }
    }
    for (const [key, found] of this.#keywords) {
      const space = key.indexOf(' ');
      if (space < 0) this.#useOf(key).keyword = found;
      else this.#useOf(key.slice(0, space)).startsKeyword = true;
    }
    for (const t of list) {
      for (const p of t.phrases) {
        const w = normalizeName(p).split(' ');
        const u = this.#useOf(w[0]);
        (u.phrases ??= []).push({ topic: t, words: w });
      }
    }
    this.#useFilter = new KeyFilter(this.#wordUses.keys(), this.#wordUses.size, 64);
  }

  #useOf(word: string): WordUse {
    let u = this.#wordUses.get(word);
    if (!u) this.#wordUses.set(word, (u = { keyword: null, startsKeyword: false, phrases: null }));
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
    const s = normalizeName(sentence);
    const { hits, phraseHit } = this.#scan(s);
    if (!hits && !phraseHit) return [];
    // a topic of two or more keywords needs two of them, or one of its phrases (most hits are one word)
    const out: { t: Topic; score: number }[] = [];
    if (hits) for (const [t, c] of hits) judge(out, t, c, phraseHit);
    if (phraseHit) for (const t of phraseHit) if (!hits?.has(t)) judge(out, t, 0, phraseHit);
    if (!out.length) return [];
    const found = on ? out.filter((x) => topicFitsDate(x.t, on.date, s)) : out;
    return found.sort((a, b) => b.score - a.score).map((x) => x.t);
  }

  /** The sentence's (in normal form) keyword hits per topic (each keyword once) and the topics whose phrases it holds. */
  #scan(s: string): Scan {
    const n = s.length;
    const scan: Scan = { hits: null, phraseHit: null };
    const no = ++this.#scans;
    // each word's end and hash in one read of its characters; most words start nothing, told by the filter
    for (let a = 0, b = 0; a <= n; a = b + 1) {
      let h = FNV_START;
      for (b = a; b < n; b++) {
        const c = s.charCodeAt(b);
        if (c === 32) break;
        h = fnvStep(h, c);
      }
      if (a < b && !this.#useFilter.mayHoldHash(h >>> 0)) continue;
      const u = this.#wordUses.get(s.slice(a, b));
      if (!u) continue;
      // single words, and two- and three-word keywords from the words that start one
      if (u.keyword) count(scan, u.keyword, no);
      if (u.startsKeyword && b < n) {
        const b2 = wordEnd(s, b + 1);
        const two = this.#keywords.get(s.slice(a, b2));
        if (two) count(scan, two, no);
        if (b2 < n) {
          const three = this.#keywords.get(s.slice(a, wordEnd(s, b2 + 1)));
          if (three) count(scan, three, no);
        }
      }
      // exact phrases, found from their first word
      if (u.phrases) {
        for (const { topic, words } of u.phrases) {
          if (scan.phraseHit?.has(topic)) continue;
          if (phraseFollows(s, b, words)) (scan.phraseHit ??= new Set()).add(topic);
        }
      }
    }
    return scan;
  }
}

/** Counts a keyword's hit for its topics, unless this scan (number `no`) has counted it. */
function count(scan: Scan, k: Keyword, no: number) {
  if (k.seenIn === no) return;
  k.seenIn = no;
  const hits = (scan.hits ??= new Map());
  for (const t of k.topics) hits.set(t, (hits.get(t) ?? 0) + 1);
}

/** Keeps the topic if it has enough: two keyword hits (one if it has one keyword), or a phrase. */
function judge(out: { t: Topic; score: number }[], t: Topic, count: number, phraseHit: Set<Topic> | null) {
  const need = Math.min(2, t.keywords.length);
  const score = count + (phraseHit?.has(t) ? need : 0);
  if (score >= need) out.push({ t, score });
}

/** Whether the phrase's next words (after its first, which ends at b) are the next words of s. */
function phraseFollows(s: string, b: number, p: string[]): boolean {
  const n = s.length;
  let e = b;
  for (let k = 1; k < p.length; k++) {
    if (e >= n) return false; // s has no more words
    const start = e + 1;
    e = wordEnd(s, start);
    if (!(e - start === p[k].length && s.startsWith(p[k], start))) return false;
  }
  return true;
}
