/**
 * Pass: contained names. Decides that an unknown person's shorter name ("Te Kaurinui", "Te Kaurinui
 * Robert") is the one longer name holding its words in a row ("Te Kaurinui Robert Parata"). Reads the
 * actors' names and mentions; writes the mentions over to the longer name's actor (the shorter one is
 * left with none).
 */
import { normalizeKey } from '../knowledge/normalize';
import type { ActorDraft } from './types';

/** "Te Kaurinui" and "Te Kaurinui Robert" are the "Te Kaurinui Robert Parata" named elsewhere. */
export function mergeContainedNames(actors: ActorDraft[]) {
  const persons = actors.filter((a) => a.type === 'person' && !a.unnamed);
  // each name's words, spaced at both ends, worked out once (names do not change here)
  const words = new Map(persons.map((a) => [a, ` ${normalizeKey(a.name)} `]));
  // The names that hold a name's words in a row are found by an index of the runs of words of every
  // name, by a hash of each run, for the lengths (in words) of the names that may merge: comparing
  // every name with every other took seconds on a page of 10,000 names. A run's hash only picks the
  // names to compare; the comparison is the one it always was.
  const ids = new Map<string, number>();
  const wordIds = new Map<ActorDraft, number[]>();
  for (const [a, spaced] of words) {
    wordIds.set(
      a,
      spaced
        .slice(1, -1)
        .split(' ')
        .map((w) => {
          let id = ids.get(w);
          if (id === undefined) ids.set(w, (id = ids.size + 1));
          return id;
        }),
    );
  }
  const mergeable = (a: ActorDraft) => !a.entity && a.name.includes(' ');
  const lengths = new Set<number>();
  for (const a of persons) if (mergeable(a)) lengths.add(wordIds.get(a)!.length);
  /** length in words -> hash of a run of that many words -> the names holding such a run (each once) */
  const holders = new Map<number, Map<number, ActorDraft[]>>();
  for (const len of lengths) holders.set(len, new Map());
  for (const b of persons) {
    const w = wordIds.get(b)!;
    for (const len of lengths) {
      if (len >= w.length) continue; // only longer names hold a name
      const runs = holders.get(len)!;
      let h = 0;
      let top = 1; // RUN_BASE ** (len - 1)
      for (let i = 0; i < len; i++) {
        h = (Math.imul(h, RUN_BASE) + w[i]) | 0;
        if (i > 0) top = Math.imul(top, RUN_BASE);
      }
      for (let i = len; ; i++) {
        let list = runs.get(h);
        if (!list) runs.set(h, (list = []));
        if (list[list.length - 1] !== b) list.push(b);
        if (i >= w.length) break;
        h = (Math.imul(h - Math.imul(w[i - len], top), RUN_BASE) + w[i]) | 0;
      }
    }
  }
  const runHash = (w: number[]) => {
    let h = 0;
    for (const id of w) h = (Math.imul(h, RUN_BASE) + id) | 0;
    return h;
  };
  for (const a of persons) {
    if (!mergeable(a) || a.mentions.length === 0) continue;
    const inner = words.get(a)!;
    const w = wordIds.get(a)!;
    // the names that hold it: exactly one, or none is merged
    let into: ActorDraft | null = null;
    let count = 0;
    for (const b of holders.get(w.length)!.get(runHash(w)) ?? []) {
      if (b !== a && b.mentions.length > 0 && words.get(b)!.length > inner.length && words.get(b)!.includes(inner)) {
        into = b;
        if (++count > 1) break;
      }
    }
    if (count !== 1) continue;
    for (const m of a.mentions) {
      m.actor = into!;
      into!.mentions.push(m);
    }
    a.mentions = [];
  }
}
/** The base of mergeContainedNames' hash of a run of words (a prime). */
const RUN_BASE = 1_000_003;
