import type { PageNotes } from './notes';

/** A speaker's identity within one article: the entity id when known, else the name. */
export function speakerKey(s: { id: string | null; name: string }): string {
  return s.id ? `id:${s.id}` : `name:${s.name.toLowerCase()}`;
}

/** Indexes of each speaker's direct and partial quotes, in reading order. */
export function quotesBySpeaker(notes: PageNotes): Map<string, number[]> {
  const out = new Map<string, number[]>();
  notes.claims.forEach((c, i) => {
    if (!c.speaker || (c.kind !== 'quote' && c.kind !== 'partial-quote')) return;
    const k = speakerKey(c.speaker);
    const list = out.get(k) ?? [];
    list.push(i);
    out.set(k, list);
  });
  return out;
}

export interface Voice {
  key: string;
  id: string | null;
  name: string;
  direct: number;
  partial: number;
  reported: number;
  /** Share of all direct and partial quotes in the article, 0..1. */
  share: number;
  unnamed: boolean;
}

/**
 * Who is quoted, directly or indirectly, and how often; unnamed sources flagged: the actors the page
 * lists as unnamed ("a Downing Street spokesman"), and speakers known only by the words of their
 * description, whom the page lists as no actor ("several nations", "local residents").
 */
export function summarizeVoices(notes: PageNotes): Voice[] {
  const byKey = new Map<string, Voice>();
  const unnamedKeys = new Set(notes.actors.filter((a) => a.unnamed).map((a) => speakerKey(a)));
  const actorKeys = new Set(notes.actors.map((a) => speakerKey(a)));
  let quoteTotal = 0;
  for (const c of notes.claims) {
    if (!c.speaker || c.kind === 'numeric') continue;
    const k = speakerKey(c.speaker);
    const v = byKey.get(k) ?? {
      key: k,
      id: c.speaker.id,
      name: c.speaker.name,
      direct: 0,
      partial: 0,
      reported: 0,
      share: 0,
      unnamed: unnamedKeys.has(k) || (!c.speaker.id && !actorKeys.has(k)),
    };
    if (c.kind === 'quote') v.direct++;
    else if (c.kind === 'partial-quote') v.partial++;
    else v.reported++;
    if (c.kind !== 'reported') quoteTotal++;
    byKey.set(k, v);
  }
  const voices = [...byKey.values()];
  for (const v of voices) v.share = quoteTotal ? (v.direct + v.partial) / quoteTotal : 0;
  return voices.sort((a, b) => b.direct + b.partial - (a.direct + a.partial) || b.reported - a.reported);
}
