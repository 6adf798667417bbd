import type { PageNotes, ActorType, Claim } from './notes';
import { sureLabel } from './sureness';
import { describeDate } from './article/dates';
import { clip } from './text/clip';
import { notEnglishLine } from './article/language-names';

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

/** A column `n` wide: never cut (a column is as wide as its longest cell). */
function pad(s: string, n: number): string {
  return s + ' '.repeat(Math.max(0, n - s.length));
}

const widest = (cells: string[], min = 0) => cells.reduce((w, c) => Math.max(w, c.length), min);

/** A row of the claims table. */
interface Row {
  kind: string;
  who: string;
  cue: string;
  sure: string;
  text: string;
}

/** How sure a claim's speaker is: "0.95 sure", "0.70 fairly sure", "0.45 not sure"; "—" for no speaker or no confidence. */
function sureCell(c: Claim): string {
  if (c.confidence === undefined || c.kind === 'numeric' || !c.speaker) return '—';
  return `${c.confidence.toFixed(2)} ${sureLabel(c.confidence)}`;
}

/** The page's notes as a readable plain-text table (the command line's default output). */
export function formatNotesTable(notes: PageNotes): string {
  const out: string[] = [];
  out.push(`${notes.title ?? '(untitled)'}`);
  out.push(`${notes.url ? `${notes.url}  ·  ` : ''}${describeDate(notes)}`);
  out.push('');
  if (notes.language && !notes.language.english) out.push(notEnglishLine(notes.language), '');
  const quotes = notes.claims.filter((c) => c.kind === 'quote' || c.kind === 'partial-quote');
  out.push(
    `${notes.actors.length} actors · ${quotes.length} quotes · ${notes.claims.filter((c) => c.kind === 'reported').length} reported statements · ${notes.claims.filter((c) => c.kind === 'numeric').length} figures`,
  );
  const nameWidth = widest(
    notes.actors.map((a) => a.name),
    20,
  );
  for (const type of ACTOR_TYPE_ORDER) {
    const actors = notes.actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!actors.length) continue;
    out.push('', `${TYPE_LABELS[type]}`);
    for (const a of actors)
      out.push(
        `  ${pad(a.name, nameWidth)}  ${String(a.mentions.length).padStart(3)}×  ${a.known ? (a.description ?? '') : '(not in the knowledge file)'}`,
      );
  }
  if (notes.claims.length) {
    const rows: Row[] = notes.claims.map((c) => ({
      kind: c.kind,
      who: c.speaker ? c.speaker.name : '—',
      cue: c.cue ? c.cue.replace(/\s+/g, ' ').trim() : '—',
      sure: sureCell(c),
      text: clip(c.text, 90),
    }));
    const head: Row = { kind: 'kind', who: 'speaker', cue: 'cue', sure: 'confidence', text: 'words' };
    const width = (k: keyof Row) => widest([head, ...rows].map((r) => r[k]));
    const w = { kind: width('kind'), who: width('who'), cue: width('cue'), sure: width('sure') };
    const line = (r: Row) =>
      `  ${pad(r.kind, w.kind)}  ${pad(r.who, w.who)}  ${pad(r.cue, w.cue)}  ${pad(r.sure, w.sure)}  ${r.text}`.trimEnd();
    out.push('', 'Claims', line(head));
    for (const r of rows) out.push(line(r));
  }
  return `${out.join('\n')}\n`;
}
