import { readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { KnowledgeIndex } from '../knowledge/index';
import { toContractJson } from '../notes';
import { annotateTarget, isIsoDate, isUrl } from './annotate-file';

/** The files a batch reads. */
export const BATCH_FILE = /\.(html?|txt)$/i;

/**
 * The inputs of a batch, in order: a folder gives its .html/.htm/.txt files (not its sub-folders),
 * sorted by name; a file or URL is taken as it is. A path that does not exist is kept, so that
 * its failure is reported in the output like any other.
 */
export function collectInputs(targets: string[]): string[] {
  const out: string[] = [];
  for (const t of targets) {
    let dir = false;
    if (!isUrl(t)) {
      try {
        dir = statSync(t).isDirectory();
      } catch {
        dir = false;
      }
    }
    if (!dir) out.push(t);
    else
      for (const name of readdirSync(t).sort()) {
        const p = join(t, name);
        if (BATCH_FILE.test(name) && statSync(p).isFile()) out.push(p);
      }
  }
  return out;
}

/** A dates file: lines of NAME<TAB>YYYY-MM-DD (blank lines and lines starting with # are skipped). */
export function parseDatesFile(text: string, source = 'dates file'): Map<string, string> {
  const dates = new Map<string, string>();
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim() || line.trimStart().startsWith('#')) return;
    const m = /^(.+?)\t\s*(\S+)\s*$/.exec(line);
    if (!m)
      throw new Error(`${source}:${i + 1}: expected NAME<TAB>YYYY-MM-DD, got ${JSON.stringify(line.slice(0, 80))}`);
    if (!isIsoDate(m[2])) throw new Error(`${source}:${i + 1}: ${m[2]} is not a date written YYYY-MM-DD`);
    dates.set(m[1].trim(), m[2]);
  });
  return dates;
}

/** The date given to a file: by its path as written, else by its base name, else the default. */
export function dateFor(file: string, dates: Map<string, string>, fallback: string | null): string | null {
  return dates.get(file) ?? dates.get(basename(file)) ?? fallback;
}

export interface BatchOptions {
  dates?: Map<string, string>;
  date?: string | null;
  /** Receives each output line (no newline). */
  write: (line: string) => void;
  /** Called after each file. */
  onFile?: (done: number, total: number, failed: number) => void;
}

export interface BatchResult {
  files: number;
  failed: number;
  seconds: number;
}

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

/** One JSON line a file: `{"file", ...contract}`, or `{"file", "error"}` when the file fails. */
export async function annotateBatch(files: string[], index: KnowledgeIndex, opts: BatchOptions): Promise<BatchResult> {
  const t0 = performance.now();
  const dates = opts.dates ?? new Map<string, string>();
  let failed = 0;
  for (let i = 0; i < files.length; i++) {
    const file = files[i];
    let line: string;
    try {
      const notes = await annotateTarget(file, index, { publishedAt: dateFor(file, dates, opts.date ?? null) });
      line = JSON.stringify({ file, ...toContractJson(notes) });
    } catch (err) {
      failed++;
      line = JSON.stringify({ file, error: errorText(err) });
    }
    opts.write(line);
    opts.onFile?.(i + 1, files.length, failed);
  }
  return { files: files.length, failed, seconds: (performance.now() - t0) / 1000 };
}

/**
 * Progress for a long batch on stderr (never stdout, which stays pure JSONL): a counter redrawn
 * in place on a terminal, else one line every `every` files.
 */
export function progressReporter(stream: { isTTY?: boolean; write(s: string): unknown }, every = 50) {
  const t0 = performance.now();
  return (done: number, total: number, failed: number) => {
    const s = ((performance.now() - t0) / 1000).toFixed(1);
    const fail = failed ? `, ${failed} failed` : '';
    if (stream.isTTY) {
      stream.write(`\rannotate: ${done}/${total} files${fail}, ${s} s`);
      if (done === total) stream.write('\n');
    } else if (done % every === 0 && done < total) stream.write(`annotate: ${done}/${total} files${fail}, ${s} s\n`);
  };
}
