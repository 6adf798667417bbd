import { emptyFindings, type Findings } from '../engine/findings';
import { extractFindings, type TextRegion } from '../engine/extract';
import { setAsideHeadingEchoes } from '../engine/heading-echo';

/**
 * Long articles are read in paragraph-aligned chunks, so the content script can yield to the
 * page between them (no long task). Context that crosses a chunk boundary (a quote left open,
 * a speaker named in the previous paragraph) is lost only there; chunks are large enough that
 * this is rare, and the resolver still sees the whole text.
 */
export function splitIntoChunks(text: string, maxChars: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + maxChars);
    if (end < text.length) {
      // Cut after a paragraph; a single paragraph longer than a chunk is cut where it must be.
      // (the last line break in the chunk, searched back no further than the chunk's start: lastIndexOf
      // read on to the text's start when a chunk held none, each chunk further than the last)
      let nl = end;
      while (nl > start && text.charCodeAt(nl) !== 10) nl--;
      if (nl > start) end = nl + 1;
    }
    out.push({ start, end });
    start = end;
  }
  return out;
}

const shift = <T extends { start: number; end: number }>(r: T, by: number): T => ({
  ...r,
  start: r.start + by,
  end: r.end + by,
});
const shiftOrNull = <T extends { start: number; end: number }>(r: T | null, by: number): T | null =>
  r ? shift(r, by) : null;

/** Joins the findings of consecutive chunks into the findings of the whole text. */
export function mergeFindings(textLength: number, parts: { offset: number; findings: Findings }[]): Findings {
  const out = emptyFindings(textLength);
  for (const { offset, findings: f } of parts) {
    const p0 = out.paragraphs.length;
    const s0 = out.sentences.length;
    out.paragraphs.push(...f.paragraphs.map((p) => shift(p, offset)));
    out.sentences.push(...f.sentences.map((s) => ({ ...shift(s, offset), paragraph: s.paragraph + p0 })));
    out.names.push(
      ...f.names.map((n) => ({
        ...shift(n, offset),
        nameStart: n.nameStart + offset,
        qualifier: shiftOrNull(n.qualifier, offset),
        owner: shiftOrNull(n.owner, offset),
      })),
    );
    out.pronouns.push(...f.pronouns.map((p) => shift(p, offset)));
    out.quotes.push(
      ...f.quotes.map((q) => ({
        ...shift(q, offset),
        open: q.open + offset,
        close: q.close === null ? null : q.close + offset,
        cue: q.cue ? { ...q.cue, verb: shift(q.cue.verb, offset), subject: shiftOrNull(q.cue.subject, offset) } : null,
        paragraph: q.paragraph + p0,
        sentence: q.sentence + s0,
      })),
    );
    out.reported.push(
      ...f.reported.map((r) => ({
        ...shift(r, offset),
        cue: shift(r.cue, offset),
        subject: shift(r.subject, offset),
        sentence: r.sentence + s0,
      })),
    );
    out.numerics.push(...f.numerics.map((n) => ({ ...shift(n, offset), sentence: n.sentence + s0 })));
  }
  return out;
}

/** The regions (headlines, captions) that fall in [start, end), relative to start. */
export function regionsIn(regions: readonly TextRegion[], start: number, end: number): TextRegion[] {
  const out: TextRegion[] = [];
  for (const r of regions)
    if (r.end > start && r.start < end)
      out.push({ start: Math.max(r.start, start) - start, end: Math.min(r.end, end) - start, kind: r.kind });
  return out;
}

/**
 * extractFindings over a long text in slices, awaiting `pause()` between chunks so the page
 * stays responsive. Short texts take one chunk and give the same findings as extractFindings.
 */
export async function extractFindingsSliced(
  text: string,
  pause: () => Promise<void>,
  chunkChars = 8_000,
  regions: readonly TextRegion[] = [],
): Promise<Findings> {
  const chunks = splitIntoChunks(text, chunkChars);
  if (chunks.length <= 1) return extractFindings(text, regions);
  const parts: { offset: number; findings: Findings }[] = [];
  for (const c of chunks) {
    const inChunk = regionsIn(regions, c.start, c.end);
    parts.push({ offset: c.start, findings: extractFindings(text.slice(c.start, c.end), inChunk) });
    await pause();
  }
  const merged = mergeFindings(text.length, parts);
  // a headline's echo of a quotation further down, in another chunk (quote:heading-echo)
  setAsideHeadingEchoes(text, merged.quotes, merged.paragraphs, regions);
  return merged;
}

/**
 * Reads a text in parts of at most `partChars` (each made of paragraph-aligned chunks, with a
 * pause after each chunk); each part's findings are relative to the part's start. `regions`: the
 * text model's headlines and captions (offsets into the whole text).
 */
export async function extractPartsSliced(
  text: string,
  pause: () => Promise<void>,
  partChars = 32_000,
  chunkChars = 4_000,
  regions: readonly TextRegion[] = [],
): Promise<{ offset: number; text: string; findings: Findings }[]> {
  const out: { offset: number; text: string; findings: Findings }[] = [];
  for (const part of splitIntoChunks(text, partChars)) {
    const partText = text.slice(part.start, part.end);
    out.push({
      offset: part.start,
      text: partText,
      findings: await extractFindingsSliced(partText, pause, chunkChars, regionsIn(regions, part.start, part.end)),
    });
  }
  return out;
}
