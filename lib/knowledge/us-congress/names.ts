/** The names members of Congress are found by: as papers write them, and the former members' keys. */
import type { FormerMember } from '../schema';
import { normalizeKey } from '../normalize';
import type { UsName } from './data';

export const clean = (s: string | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/**
 * The name a paper writes ("Bernie Sanders"), and the other full names the person is found by. With
 * `bare: false`, someone with a suffix ("Jesse Jackson Jr.") is not found by the name without it, which
 * is often a father's ("Jesse Jackson"): for former members, whom no date tells apart.
 */
export function namesOfUs(n: UsName, fullName?: string, bare = true): { name: string; others: string[] } {
  const initial = /^\p{Lu}\.$/u;
  const first = clean(n.first);
  const last = clean(n.last);
  const nick = clean(n.nickname);
  const suffix = clean(n.suffix);
  const middle = clean(n.middle);
  // "A. Drew Ferguson", "J. Danforth Quayle": the middle name is the one in use
  const given = nick || (initial.test(first) && middle ? middle : first);
  const plain = `${given} ${last}`.trim();
  bare ||= !suffix; // (only a suffix makes the name without it another person's)
  const name = suffix && !bare ? `${plain} ${suffix}` : plain;
  const candidates = bare ? [plain, `${first} ${last}`, n.official ?? '', fullName ?? ''] : [];
  if (suffix)
    candidates.push(
      `${plain} ${suffix}`,
      `${plain}, ${suffix}`,
      ...(bare ? [] : [fullName ?? '', n.official ?? ''].filter((f) => f.includes(suffix))),
    );
  const seen = new Set([normalizeKey(name)]);
  const others: string[] = [];
  for (const c of candidates.map(clean)) {
    const k = normalizeKey(c);
    // full names only: two words or more, never a lone initial ("A. Ferguson" would be "Ferguson")
    if (!k || !k.includes(' ') || seen.has(k) || initial.test(c.split(' ')[0])) continue;
    seen.add(k);
    others.push(c);
  }
  return { name, others };
}

const NAME_SUFFIX = /^(?:jr|sr|ii|iii|iv|v)$/;
/** A name's surname, normalised, without a generational suffix ("Joe Manchin III": "manchin"). */
const surnameKey = (name: string) => {
  const words = normalizeKey(name)
    .split(' ')
    .filter((w) => !NAME_SUFFIX.test(w));
  return words[words.length - 1] ?? '';
};

/**
 * The name the person's Wikipedia article goes by, where the data's name is another ("Newt Gingrich" for
 * Newton Gingrich, "Chris Murphy" for Christopher Murphy, "Joe Manchin" for Joe Manchin III): the title
 * without its qualifier ("(Florida politician)"), when it is a full name with the same surname.
 */
export function wikiName(title: string | null | undefined, name: string): string | undefined {
  if (!title) return undefined;
  const t = clean(title.replace(/_/g, ' ').replace(/\s*\([^)]*\)\s*$/, ''));
  const key = normalizeKey(t);
  if (!key.includes(' ') || /^\p{Lu}\.$/u.test(t.split(' ')[0]) || key === normalizeKey(name)) return undefined;
  return surnameKey(t) === surnameKey(name) ? t : undefined;
}

/**
 * The former members' names in normal form, each with its row: the full name, the other full
 * names, and the name the Wikipedia article goes by. The build writes them into the file
 * (FormerMembers.keys); the index computes them itself for a file without them.
 */
/** A generational suffix ending a name: ", Jr.", " Sr.", " III". */
const SUFFIX_AT_END = /,?\s+(?:Jr|Sr)\.?$|\s+(?:II|III|IV)$/;
/** A name led by initials written together: "G.K. Butterfield", "J.D. Hayworth". */
const INITIALS_FIRST = /^(?:\p{Lu}\.){2,}\s/u;

export function formerKeys(rows: readonly FormerMember[]): { keys: string[]; refs: number[] } {
  const pairs: [string, number][] = [];
  const add = (name: string, i: number) => {
    const key = normalizeKey(name);
    if (key.includes(' ')) pairs.push([key, i]); // full names only: never a surname alone
  };
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    add(row[1], i);
    for (const other of row[2]) add(other, i);
    const wiki = row[8] && wikiName(row[8], row[1]);
    if (wiki) add(wiki, i);
  }
  // "G.K. Butterfield" for "G.K. Butterfield Jr.": a name led by initials without its suffix, where no
  // other row has it (not "Barry Goldwater" for Barry Goldwater Jr., whose father's row has that name;
  // nor a plain "Don Johnson" for Don Johnson Jr., a name others bear)
  const taken = new Set(pairs.map((p) => p[0]));
  const bare = new Map<string, number[]>();
  for (let i = 0; i < rows.length; i++) {
    const m = INITIALS_FIRST.test(rows[i][1]) ? SUFFIX_AT_END.exec(rows[i][1]) : null;
    const key = m ? normalizeKey(rows[i][1].slice(0, m.index)) : '';
    if (key.includes(' ') && !taken.has(key)) bare.set(key, [...(bare.get(key) ?? []), i]);
  }
  for (const [key, list] of bare) if (list.length === 1) pairs.push([key, list[0]]);
  // sorted by key (code units, as `<` compares: the same in every engine), then by row
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
  return { keys: pairs.map((p) => p[0]), refs: pairs.map((p) => p[1]) };
}

/**
 * The former members' keys as a file carries them, if they can be used as they are: as many refs
 * as keys, every ref a row, the keys sorted (checked in one pass). Otherwise null.
 */
export function usableFormerKeys(
  formers: { keys?: { keys: string[]; refs: number[] } } | undefined,
  rowCount: number,
): { keys: string[]; refs: number[] } | null {
  const given = formers?.keys;
  if (!given || given.keys.length !== given.refs.length) return null;
  const { keys, refs } = given;
  for (let i = 0; i < keys.length; i++) {
    if (!(refs[i] >= 0 && refs[i] < rowCount)) return null;
    if (i && keys[i - 1] > keys[i]) return null;
  }
  return given;
}

/** namesOfUs's answer with the Wikipedia title's name among the others, when it is one more. */
export function withWikiName(names: { name: string; others: string[] }, title: string | undefined) {
  const w = wikiName(title, names.name);
  if (w && !names.others.some((o) => normalizeKey(o) === normalizeKey(w))) names.others.push(w);
  return names;
}

/** "G.K. Butterfield" for "G.K. Butterfield Jr.": the name without its suffix, for a name led by initials. */
export function initialsName(name: string): string[] {
  const m = INITIALS_FIRST.test(name) ? SUFFIX_AT_END.exec(name) : null;
  return m ? [name.slice(0, m.index)] : [];
}
