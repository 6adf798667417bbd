import type { PageNotes, ActorType } from './notes';
import { describeDate } from './article/dates';

const TYPE_LABELS: Record<ActorType, string> = {
  person: 'People',
  organization: 'Organisations',
  country: 'Countries',
  place: 'Places',
  group: 'Groups',
};

export const ACTOR_TYPE_ORDER: ActorType[] = ['person', 'organization', 'group', 'country', 'place'];

export function actorTypeLabel(type: ActorType): string {
  return TYPE_LABELS[type];
}

function pad(s: string, n: number): string {
  return s.length >= n ? `${s.slice(0, n - 1)}…` : s + ' '.repeat(n - s.length);
}

/** The page's notes as a readable plain-text table (the command line's default output). */
export function formatNotesTable(notes: PageNotes): string {
  const out: string[] = [];
  out.push(`${notes.title ?? '(untitled)'}`);
  out.push(`${notes.url ? `${notes.url}  ·  ` : ''}${describeDate(notes)}`);
  out.push('');
  const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
  out.push(
    `${notes.actors.length} actors · ${quotes.length} quotes · ${notes.claims.filter((c) => c.kind === 'reported').length} reported statements · ${notes.claims.filter((c) => c.kind === 'numeric').length} figures`,
  );
  for (const type of ACTOR_TYPE_ORDER) {
    const actors = notes.actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!actors.length) continue;
    out.push('', `${TYPE_LABELS[type]}`);
    for (const a of actors)
      out.push(
        `  ${pad(a.name, 34)} ${String(a.mentions.length).padStart(3)}×  ${a.known ? (a.description ?? '') : '(not in the knowledge file)'}`,
      );
  }
  if (notes.claims.length) {
    out.push('', 'Claims');
    for (const c of notes.claims) {
      const who = c.speaker ? c.speaker.name : '—';
      const text = c.text.replace(/\s+/g, ' ');
      out.push(`  ${pad(c.kind, 14)} ${pad(who, 28)} ${text.length > 90 ? `${text.slice(0, 89)}…` : text}`);
    }
  }
  return `${out.join('\n')}\n`;
}
