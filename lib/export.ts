import type { AnnotatedPage } from './messages';
import { toContractJson } from './notes';
import { ACTOR_TYPE_ORDER, actorTypeLabel } from './format-notes';
import { summarizeVoices } from './voices';
import { describeDate, sentenceCase } from './article/dates';

/** Markdown special characters in page text are escaped so the export reads as the page wrote it. */
export function escapeMarkdown(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_{}[\]<>()#+!|~])/g, '\\$1');
}

/** The page's notes as a Markdown document a reader can keep. */
export function notesToMarkdown(page: AnnotatedPage): string {
  const { notes } = page;
  const out: string[] = [];
  out.push(`# ${escapeMarkdown(notes.title ?? 'Untitled page')}`, '');
  if (notes.url) out.push(`<${notes.url}>`, '');
  out.push(`${sentenceCase(describeDate(notes))} · notes by News Lens · knowledge as of ${page.knowledgeDate}`, '');
  out.push('## Actors', '');
  for (const type of ACTOR_TYPE_ORDER) {
    const actors = notes.actors.filter((a) => a.type === type).sort((a, b) => b.mentions.length - a.mentions.length);
    if (!actors.length) continue;
    out.push(`### ${actorTypeLabel(type)}`, '');
    for (const a of actors)
      out.push(
        `- **${escapeMarkdown(a.name)}** (${a.mentions.length}×)${a.description ? ` — ${escapeMarkdown(a.description)}` : ''}`,
      );
    out.push('');
  }
  const voices = summarizeVoices(notes);
  if (voices.length) {
    out.push('## Voices', '');
    for (const v of voices)
      out.push(
        `- **${escapeMarkdown(v.name)}**${v.unnamed ? ' (unnamed source)' : ''}: ${v.direct} direct, ${v.partial} partial, ${v.reported} reported (${Math.round(v.share * 100)}% of quotes)`,
      );
    out.push('');
  }
  if (notes.claims.length) {
    out.push('## Claims', '');
    for (const c of notes.claims) {
      const who = c.speaker ? ` — ${escapeMarkdown(c.speaker.name)}` : '';
      const body = c.kind === 'numeric' ? escapeMarkdown(c.text) : `“${escapeMarkdown(c.text)}”`;
      out.push(`- *${c.kind}*: ${body}${who}`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}

export function notesToJson(page: AnnotatedPage): string {
  return `${JSON.stringify(toContractJson(page.notes), null, 2)}\n`;
}

/** A file name for the export, from the page title. */
export function exportFileName(page: AnnotatedPage, ext: 'md' | 'json'): string {
  const base = (page.notes.title ?? 'news-lens-notes')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60);
  return `${base || 'news-lens-notes'}.${ext}`;
}
