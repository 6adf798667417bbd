import type { KnowledgeFile } from './schema';

/**
 * The bundled file's written form. Firefox's add-on checks refuse to parse a file of 5 MiB or more
 * (addons-linter's FILE_TOO_LARGE, an error on addons.mozilla.org), so the build leaves out what the
 * loader can put back: arrays that are empty (an entry without aliases, roles, demonyms, facts or
 * related entries; a role without other ways to write its title) and a fact's source where it is
 * the entry's own Wikipedia link, as most hand-written facts are. `compactBundle` writes that form;
 * `expandBundle` restores the full form in place, before validation (parseKnowledgeFile), so the
 * index and the cards read exactly what the build produced.
 */

/** Arrays an entry may leave out when empty, restored as []. */
const ENTITY_LISTS = ['aliases', 'roles', 'demonyms', 'facts', 'related'] as const;
const TOPIC_LISTS = ['aliases', 'phrases', 'related'] as const;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

function compactEntry(e: Json, lists: readonly string[]): Json {
  const out: Json = {};
  const wiki = isObject(e.links) ? e.links.wikipedia : undefined;
  for (const [k, v] of Object.entries(e)) {
    if (lists.includes(k) && Array.isArray(v) && v.length === 0) continue;
    if (k === 'links' && isObject(v) && Object.keys(v).length === 0) continue;
    if (k === 'roles' && Array.isArray(v))
      out[k] = v.map((r: Json) => {
        const { titleAliases, ...rest } = r;
        return Array.isArray(titleAliases) && titleAliases.length === 0 ? rest : r;
      });
    else if (k === 'facts' && Array.isArray(v) && typeof wiki === 'string')
      out[k] = v.map((f: Json) => {
        const { source, ...rest } = f;
        return source === wiki ? rest : f;
      });
    else out[k] = v;
  }
  return out;
}

/** The file as the build writes it: the same data, with what expandBundle restores left out. */
export function compactBundle(file: KnowledgeFile): Json {
  return {
    ...file,
    entities: file.entities.map((e) => compactEntry(e as unknown as Json, ENTITY_LISTS)),
    topics: file.topics.map((t) => compactEntry(t as unknown as Json, [...TOPIC_LISTS, 'facts'])),
  };
}

function expandEntry(e: Json, lists: readonly string[]): void {
  for (const k of lists) if (e[k] === undefined) e[k] = [];
  if (e.links === undefined) e.links = {};
  if (Array.isArray(e.roles))
    for (const r of e.roles) if (isObject(r) && r.titleAliases === undefined) r.titleAliases = [];
  const wiki = isObject(e.links) ? e.links.wikipedia : undefined;
  if (Array.isArray(e.facts) && typeof wiki === 'string')
    for (const f of e.facts) if (isObject(f) && f.source === undefined) f.source = wiki;
}

/** Restores, in place, what compactBundle left out; anything else is left for validation to judge. */
export function expandBundle(json: unknown): void {
  if (!isObject(json)) return;
  if (Array.isArray(json.entities)) for (const e of json.entities) if (isObject(e)) expandEntry(e, ENTITY_LISTS);
  if (Array.isArray(json.topics)) for (const t of json.topics) if (isObject(t)) expandEntry(t, TOPIC_LISTS);
}

/**
 * The bundled file is written in parts, each under the 5 MiB limit above: `knowledge.json` holds
 * everything but the former members of Congress, `knowledge-formers.json` holds those. Each part is
 * an object of some of the file's top-level keys; joining them gives the file back.
 */
export const BUNDLE_PARTS: readonly { file: string; keys: readonly string[] | 'rest' }[] = [
  { file: 'knowledge.json', keys: 'rest' },
  { file: 'knowledge-formers.json', keys: ['formers'] },
];

/** The compact file cut into its parts, in the order of BUNDLE_PARTS. */
export function splitBundle(compact: Json): { file: string; json: Json }[] {
  const named = new Set(BUNDLE_PARTS.flatMap((p) => (p.keys === 'rest' ? [] : p.keys)));
  return BUNDLE_PARTS.map((p) => ({
    file: p.file,
    json: Object.fromEntries(
      Object.entries(compact).filter(([k]) => (p.keys === 'rest' ? !named.has(k) : p.keys.includes(k))),
    ),
  }));
}

/** The parts, as read (in the order of BUNDLE_PARTS), joined into one file in compact form. */
export function joinBundle(parts: readonly unknown[]): unknown {
  const out: Json = {};
  for (const part of parts) if (isObject(part)) Object.assign(out, part);
  return out;
}
