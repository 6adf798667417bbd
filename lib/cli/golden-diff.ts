import type { toContractJson } from '../notes';

/**
 * What changed between two outputs of the command line (the contract JSON) for the same page:
 * the short summary `npm run golden:update` prints and the golden test shows on failure.
 */

export type ContractJson = ReturnType<typeof toContractJson>;
type ContractActor = ContractJson['actors'][number];
type ContractClaim = ContractJson['claims'][number];

export interface NotesDiff {
  /** Changed page fields: url, title, publishedAt. */
  page: { field: string; before: unknown; after: unknown }[];
  actorsAdded: { name: string; type: string }[];
  actorsRemoved: { name: string; type: string }[];
  actorsRetyped: { name: string; before: string; after: string }[];
  /** Same actor (same id, or same name), other changes: name, known, description, mentions. */
  actorsChanged: { name: string; changes: string[] }[];
  claimsAdded: { kind: string; text: string; speaker: string | null }[];
  claimsRemoved: { kind: string; text: string; speaker: string | null }[];
  /** The same words, another kind (quote → partial-quote). */
  claimsRekinded: { text: string; before: string; after: string }[];
  speakersChanged: { kind: string; text: string; before: string | null; after: string | null }[];
  /** Same words and speaker, other changes: offsets, cue, context, speaker mention. */
  claimsChanged: { kind: string; text: string; changes: string[] }[];
}

const actorKey = (a: ContractActor) => (a.id ? `id:${a.id}` : `name:${a.name}`);
const speakerName = (c: ContractClaim) => c.speaker?.name ?? null;
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Items by key; repeated keys numbered in order (the second "said …" claim with the same words is key#2). */
function keyed<T>(items: T[], key: (t: T) => string): Map<string, T> {
  const seen = new Map<string, number>();
  const out = new Map<string, T>();
  for (const it of items) {
    const k = key(it);
    const n = (seen.get(k) ?? 0) + 1;
    seen.set(k, n);
    out.set(n === 1 ? k : `${k}#${n}`, it);
  }
  return out;
}

function actorChanges(b: ContractActor, a: ContractActor): string[] {
  const out: string[] = [];
  if (b.name !== a.name) out.push(`name ${b.name} → ${a.name}`);
  if (b.id !== a.id) out.push(`id ${b.id ?? 'none'} → ${a.id ?? 'none'}`);
  if (b.known !== a.known) out.push(a.known ? 'now known' : 'no longer known');
  if (b.description !== a.description) out.push('description changed');
  const forms = (x: ContractActor) => x.mentions.map((m) => m.text);
  if (!same(forms(b), forms(a))) {
    const fb = new Set(forms(b));
    const fa = new Set(forms(a));
    const gained = [...fa].filter((f) => !fb.has(f));
    const lost = [...fb].filter((f) => !fa.has(f));
    out.push(
      `mentions ${b.mentions.length} → ${a.mentions.length}` +
        (gained.length ? `, new forms ${gained.map((f) => JSON.stringify(f)).join(', ')}` : '') +
        (lost.length ? `, lost forms ${lost.map((f) => JSON.stringify(f)).join(', ')}` : ''),
    );
  } else if (!same(b.mentions.map(spanOf), a.mentions.map(spanOf))) out.push('mention offsets moved');
  else if (!same(b.mentions.map(nameSpanOf), a.mentions.map(nameSpanOf))) out.push('mention name spans changed');
  // (why and confidence: the rules behind the mentions, listed apart from the spans)
  const whyOf = (x: ContractActor) => x.mentions.map((m) => [m.why ?? null, m.confidence ?? null]);
  if (forms(b).length === forms(a).length && !same(whyOf(b), whyOf(a))) out.push('mention why/confidence changed');
  return out;
}

const spanOf = (m: { text: string; start: number; end: number }) => [m.text, m.start, m.end];
/** The bare name's span inside a mention ("John Major" in "Prime Minister John Major"), null when it is the mention's. */
const nameSpanOf = (m: { nameStart?: number; nameEnd?: number }) =>
  m.nameStart === undefined ? null : [m.nameStart, m.nameEnd];

function claimChanges(b: ContractClaim, a: ContractClaim): string[] {
  const out: string[] = [];
  if (b.start !== a.start || b.end !== a.end) out.push(`offsets ${b.start}–${b.end} → ${a.start}–${a.end}`);
  if (b.cue !== a.cue) out.push(`cue ${JSON.stringify(b.cue)} → ${JSON.stringify(a.cue)}`);
  // (a new speaker is listed under speakersChanged; here only the finer changes of the same one)
  if (speakerName(b) !== speakerName(a)) return out.concat(same(b.context, a.context) ? [] : ['context changed']);
  if (!same(b.speaker?.id ?? null, a.speaker?.id ?? null))
    out.push(`speaker id ${b.speaker?.id ?? 'none'} → ${a.speaker?.id ?? 'none'}`);
  if (!same(b.speaker?.mention ?? null, a.speaker?.mention ?? null))
    out.push(
      `speaker mention ${JSON.stringify(b.speaker?.mention?.text ?? null)} → ${JSON.stringify(a.speaker?.mention?.text ?? null)}`,
    );
  if (!same(b.context, a.context)) out.push('context changed');
  if (!same(b.why ?? null, a.why ?? null))
    out.push(`why ${JSON.stringify(b.why ?? null)} → ${JSON.stringify(a.why ?? null)}`);
  if ((b.confidence ?? null) !== (a.confidence ?? null))
    out.push(`confidence ${b.confidence ?? 'none'} → ${a.confidence ?? 'none'}`);
  return out;
}

export function diffNotes(before: ContractJson, after: ContractJson): NotesDiff {
  const d: NotesDiff = {
    page: [],
    actorsAdded: [],
    actorsRemoved: [],
    actorsRetyped: [],
    actorsChanged: [],
    claimsAdded: [],
    claimsRemoved: [],
    claimsRekinded: [],
    speakersChanged: [],
    claimsChanged: [],
  };
  for (const field of ['url', 'title', 'publishedAt', 'dateSource'] as const)
    if (before[field] !== after[field]) d.page.push({ field, before: before[field], after: after[field] });

  // actors: by id, else by name; an actor that gained or lost its id is matched by name
  const bActors = keyed(before.actors, actorKey);
  const aActors = keyed(after.actors, actorKey);
  const bOnly = [...bActors].filter(([k]) => !aActors.has(k)).map(([, v]) => v);
  const aOnly = [...aActors].filter(([k]) => !bActors.has(k)).map(([, v]) => v);
  const pairs: [ContractActor, ContractActor][] = [...bActors]
    .filter(([k]) => aActors.has(k))
    .map(([k, v]) => [v, aActors.get(k)!]);
  for (const b of [...bOnly]) {
    const i = aOnly.findIndex((a) => a.name === b.name);
    if (i < 0) continue;
    pairs.push([b, aOnly[i]]);
    aOnly.splice(i, 1);
    bOnly.splice(bOnly.indexOf(b), 1);
  }
  d.actorsAdded = aOnly.map((a) => ({ name: a.name, type: a.type }));
  d.actorsRemoved = bOnly.map((a) => ({ name: a.name, type: a.type }));
  for (const [b, a] of pairs) {
    if (b.type !== a.type) d.actorsRetyped.push({ name: a.name, before: b.type, after: a.type });
    const changes = actorChanges(b, a);
    if (changes.length) d.actorsChanged.push({ name: a.name, changes });
  }

  // claims: by kind and words; the same words under another kind are one claim re-kinded
  const claimKey = (c: ContractClaim) => `${c.kind}|${c.text}`;
  const bClaims = keyed(before.claims, claimKey);
  const aClaims = keyed(after.claims, claimKey);
  const removed = [...bClaims].filter(([k]) => !aClaims.has(k)).map(([, v]) => v);
  const added = [...aClaims].filter(([k]) => !bClaims.has(k)).map(([, v]) => v);
  const claimPairs: [ContractClaim, ContractClaim][] = [...bClaims]
    .filter(([k]) => aClaims.has(k))
    .map(([k, v]) => [v, aClaims.get(k)!]);
  for (const b of [...removed]) {
    const i = added.findIndex((a) => a.text === b.text);
    if (i < 0) continue;
    const a = added[i];
    d.claimsRekinded.push({ text: a.text, before: b.kind, after: a.kind });
    claimPairs.push([b, a]);
    added.splice(i, 1);
    removed.splice(removed.indexOf(b), 1);
  }
  const brief = (c: ContractClaim) => ({ kind: c.kind, text: c.text, speaker: speakerName(c) });
  d.claimsAdded = added.map(brief);
  d.claimsRemoved = removed.map(brief);
  for (const [b, a] of claimPairs) {
    if (speakerName(b) !== speakerName(a))
      d.speakersChanged.push({ kind: a.kind, text: a.text, before: speakerName(b), after: speakerName(a) });
    const changes = claimChanges(b, a);
    if (changes.length) d.claimsChanged.push({ kind: a.kind, text: a.text, changes });
  }
  return d;
}

export function isEmptyDiff(d: NotesDiff): boolean {
  return Object.values(d).every((v) => v.length === 0);
}

const clip = (s: string, n = 60) => {
  const t = s.replace(/\s+/g, ' ');
  return JSON.stringify(t.length > n ? `${t.slice(0, n - 1)}…` : t);
};
const who = (s: string | null) => s ?? '(no speaker)';

/**
 * The diff in a few lines: one per kind of change, each listing its items (at most `max`, then "+N
 * more"). An empty diff gives "unchanged".
 */
export function formatNotesDiff(d: NotesDiff, max = 8): string {
  if (isEmptyDiff(d)) return 'unchanged';
  const lines: string[] = [];
  const list = <T>(label: string, items: T[], show: (t: T) => string) => {
    if (!items.length) return;
    const shown = items.slice(0, max).map(show);
    if (items.length > max) shown.push(`+${items.length - max} more`);
    lines.push(`${label} (${items.length}): ${shown.join('; ')}`);
  };
  list('page', d.page, (p) => `${p.field} ${JSON.stringify(p.before)} → ${JSON.stringify(p.after)}`);
  list('actors added', d.actorsAdded, (a) => `${a.name} (${a.type})`);
  list('actors removed', d.actorsRemoved, (a) => `${a.name} (${a.type})`);
  list('actors retyped', d.actorsRetyped, (a) => `${a.name}: ${a.before} → ${a.after}`);
  list('actors changed', d.actorsChanged, (a) => `${a.name}: ${a.changes.join(', ')}`);
  list('claims added', d.claimsAdded, (c) => `${c.kind} ${clip(c.text)} (${c.speaker ?? 'no speaker'})`);
  list('claims removed', d.claimsRemoved, (c) => `${c.kind} ${clip(c.text)} (${c.speaker ?? 'no speaker'})`);
  list('claims re-kinded', d.claimsRekinded, (c) => `${clip(c.text)}: ${c.before} → ${c.after}`);
  list('speakers changed', d.speakersChanged, (c) => `${c.kind} ${clip(c.text)}: ${who(c.before)} → ${who(c.after)}`);
  list('claims changed', d.claimsChanged, (c) => `${c.kind} ${clip(c.text)}: ${c.changes.join(', ')}`);
  return lines.join('\n');
}

/** Counts for one line: "+2 −1 actors, 1 retyped; +0 −3 claims; 2 speakers changed". */
export function countNotesDiff(d: NotesDiff): string {
  const parts = [
    `actors +${d.actorsAdded.length} −${d.actorsRemoved.length}, ${d.actorsRetyped.length} retyped, ${d.actorsChanged.length} otherwise changed`,
    `claims +${d.claimsAdded.length} −${d.claimsRemoved.length}, ${d.claimsRekinded.length} re-kinded, ${d.claimsChanged.length} otherwise changed`,
    `${d.speakersChanged.length} speakers changed`,
  ];
  if (d.page.length) parts.unshift(`page: ${d.page.map((p) => p.field).join(', ')}`);
  return parts.join('; ');
}
