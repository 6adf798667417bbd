import { confidenceWords, explainWhy, offRules } from '../engine/rules';
import type { PageNotes } from '../notes';
import { clip } from '../text/clip';

const pct = (c: number | undefined) => (c === undefined ? '—' : c.toFixed(2));

/**
 * `annotate --explain`: for each claim its text (cut), kind, speaker, cue and confidence, and the
 * rules that made it in plain words with their ids; the quotations set aside as no speech, with the
 * rule that set each aside; for each actor, each mention's rules.
 */
export function formatExplain(notes: PageNotes): string {
  const out: string[] = [];
  out.push(`${notes.title ?? '(untitled)'}`);
  out.push(`${notes.url ?? ''}${notes.publishedAt ? `  ·  published ${notes.publishedAt}` : ''}`);
  const off = offRules();
  if (off.length) out.push(`rules switched off (NEWSLENS_OFF): ${off.join(', ')}`);
  out.push('', `Claims (${notes.claims.length})`);
  for (const c of notes.claims) {
    out.push('', `  “${clip(c.text, 100)}”`);
    out.push(
      `    kind ${c.kind} · speaker ${c.speaker ? c.speaker.name || '(unnamed)' : '—'} · cue ${c.cue ? `‘${clip(c.cue, 40)}’` : '—'} · confidence ${pct(c.confidence)}${c.confidence !== undefined ? ` (${confidenceWords(c.confidence)})` : ''}`,
    );
    const ids = c.why ?? [];
    for (let i = 0; i < ids.length; i++) {
      const plain = explainWhy([ids[i]], {
        cue: c.cue ? clip(c.cue, 40) : null,
        subject: c.speaker?.mention?.text ?? null,
        speaker: c.speaker?.name || null,
      })[0];
      out.push(`    - ${plain ?? ids[i]}  [${ids[i]}]`);
    }
    if (!ids.length) out.push('    - (no rules recorded)');
  }
  const setAside = notes.setAside ?? [];
  const groups = [
    { title: 'quotation marks not read as speech', family: 'quote:' },
    { title: 'names not taken as actors', family: 'name:' },
  ];
  for (const { title, family } of groups) {
    const items = setAside.filter((x) => x.why.some((id) => id.startsWith(family)));
    if (!items.length) continue;
    out.push('', `Set aside: ${title} (${items.length})`);
    for (const x of items)
      out.push(`  “${clip(x.text, 60)}”  ${x.why.map((id) => `${explainWhy([id])[0] ?? id} [${id}]`).join('; ')}`);
  }
  out.push('', `Actors (${notes.actors.length})`);
  for (const a of notes.actors) {
    out.push(
      '',
      `  ${a.name || '(unnamed)'} · ${a.type}${a.known ? ' · known' : ''} · ${a.mentions.length} mention${a.mentions.length === 1 ? '' : 's'}`,
    );
    for (const m of a.mentions) {
      const rules = (m.why ?? []).map((id) => `${explainWhy([id])[0] ?? id} [${id}]`).join('; ');
      out.push(`    ${String(m.start).padStart(6)}  ${clip(m.text, 40)}  ${pct(m.confidence)}  ${rules}`);
    }
  }
  return `${out.join('\n')}\n`;
}
