import { extractFindings } from '../../lib/engine/extract';

/** Findings with their spans as text, for readable assertions. */
export function extractAsText(text: string) {
  const f = extractFindings(text);
  const sl = (r: { start: number; end: number } | null | undefined) => (r ? text.slice(r.start, r.end) : null);
  return {
    findings: f,
    names: f.names.map((n) => ({ kind: n.kind, text: sl(n), title: n.title })),
    nameTexts: f.names.map((n) => sl(n)),
    quotes: f.quotes.map((q) => ({
      text: sl(q),
      kind: q.kind,
      reason: q.reason,
      subject: sl(q.cue?.subject),
      cue: sl(q.cue?.verb),
      position: q.cue?.position ?? null,
      continues: q.continues,
    })),
    reported: f.reported.map((r) => ({ text: sl(r), subject: sl(r.subject), cue: sl(r.cue) })),
    numerics: f.numerics.map((n) => sl(n)),
  };
}
