import type { Entity, KnowledgeFile, NameTable } from '../schema';
import { computeNameTable, entityKeys, tableFits } from '../name-table';
import { isOpen, type OpenRef } from './types';
import { usableEntry } from '../load';
import { KeyFilter } from './key-filter';

/**
 * Names to entities: a name of one entity in `one`, a name shared by several in `shared` (a few
 * hundred keys). Telling the two apart never reads the entity, which at 100k entities is a cache miss.
 */
export interface NameMaps {
  one: Map<string, Entity>;
  shared: Map<string, Entity[]>;
}
const nameMaps = (): NameMaps => ({ one: new Map(), shared: new Map() });

function addKey(maps: NameMaps, key: string, e: Entity) {
  if (!key) return;
  const list = maps.shared.get(key);
  if (list) {
    if (!list.includes(e)) list.push(e);
    return;
  }
  const had = maps.one.get(key);
  if (!had) maps.one.set(key, e);
  else if (had !== e) {
    maps.one.delete(key);
    maps.shared.set(key, [had, e]);
  }
}

/** The names the index finds entities by. */
export interface NameIndex {
  /** Full names, aliases and demonyms; then surnames where no such name is the key. */
  byName: NameMaps;
  /**
   * Open data (US Congress): entries found by their full names only, never by a surname; a name two
   * of them share is judged by the article's date. A name a hand-written entry has is its.
   */
  openNames: Map<string, OpenRef[]>;
  /** Known multi-word names written in lower case ("coalition of the willing"): first word -> word lists. */
  lowercasePhrases: Map<string, string[][]>;
  /** Every key of byName and openNames: a key it does not hold is in neither (read before them). */
  keys: KeyFilter;
}

/**
 * The names of the entities in `entities` (the file's, with the packs' over them). The bundled
 * entities' names come from the table the build wrote (or are tabled now); an entry a pack replaced
 * is skipped there and tabled from the pack's version.
 */
export function buildNameIndex(file: KnowledgeFile, entities: Map<string, Entity>, packed: boolean): NameIndex {
  const names = new NameIndexBuilder();
  // (a file without the build's table has its names read now, from the entries fit to be read)
  const table =
    file.index && tableFits(file.index, file.entities.length)
      ? file.index
      : computeNameTable(file.entities, usableEntry);
  names.addTable(table, file.entities, entities, packed);
  for (const phrase of table.lowercase) names.addLowercase(phrase);
  // (without packs, every entity is one of the file's, tabled above)
  if (packed) {
    const bundled = new Set(file.entities);
    for (const e of entities.values()) if (!bundled.has(e)) names.addEntity(e);
  }
  return names.done();
}

class NameIndexBuilder {
  readonly byName = nameMaps(); // full names, aliases, demonyms; then surnames
  readonly bySurname = nameMaps(); // a person's last name: weaker, people only (joins byName)
  readonly openNames = new Map<string, OpenRef[]>();
  readonly lowercasePhrases = new Map<string, string[][]>();

  addLowercase(phrase: string) {
    const words = phrase.split(' ');
    if (words.length < 2) return;
    const list = this.lowercasePhrases.get(words[0]);
    if (!list) this.lowercasePhrases.set(words[0], [words]);
    else if (!list.some((w) => w.join(' ') === phrase)) list.push(words);
  }

  addOpen(key: string, ref: OpenRef) {
    if (!key.includes(' ')) return; // full names only ("A. Ferguson" is "ferguson" once its initial reads as an article)
    const list = this.openNames.get(key);
    if (!list) this.openNames.set(key, [ref]);
    else if (!list.includes(ref)) list.push(ref);
  }

  /** The table's names of the file's entities that are still current (not replaced by a pack's). */
  addTable(table: NameTable, list: readonly Entity[], entities: Map<string, Entity>, packed: boolean) {
    // (no pack, and no id twice in the list: every entry of the list is current)
    const all = !packed && entities.size === list.length;
    for (const [map, part] of [
      [this.byName, table.names],
      [this.bySurname, table.surnames],
    ] as const) {
      const { keys, refs } = part;
      for (let i = 0; i < keys.length; i++) {
        const e = list[refs[i]];
        if (!all && entities.get(e.id) !== e) continue;
        if (isOpen(e)) this.addOpen(keys[i], e);
        else addKey(map, keys[i], e);
      }
    }
  }

  /** A pack's entity: its names worked out now. */
  addEntity(e: Entity) {
    const k = entityKeys(e);
    for (const name of k.names) {
      if (isOpen(e)) this.addOpen(name, e);
      else addKey(this.byName, name, e);
    }
    if (k.surname) addKey(this.bySurname, k.surname, e);
    for (const phrase of k.lowercase) this.addLowercase(phrase);
  }

  done(): NameIndex {
    // One map to ask: a surname answers only where no full name, alias or demonym is that key (a
    // lookup then reads one table, not two: at 100k entities each read is a cache miss)
    const { byName, bySurname } = this;
    const named = (key: string) => byName.one.has(key) || byName.shared.has(key);
    for (const [key, e] of bySurname.one) if (!named(key)) byName.one.set(key, e);
    for (const [key, list] of bySurname.shared) if (!named(key)) byName.shared.set(key, list);
    const { openNames, lowercasePhrases } = this;
    const all = function* () {
      yield* byName.one.keys();
      yield* byName.shared.keys();
      yield* openNames.keys();
    };
    const keys = new KeyFilter(all(), byName.one.size + byName.shared.size + openNames.size);
    return { byName, openNames, lowercasePhrases, keys };
  }
}
