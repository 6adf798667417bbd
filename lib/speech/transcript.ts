import type { NameCandidate, Range, SpeechCue } from '../engine/findings';
import { isOn } from '../engine/rules/switched-off';
import { TITLES, TRANSCRIPT_NOT_LABELS } from '../words';
import type { RawQuote } from './quotes';

/**
 * quote:transcript-turn — the turns of a transcript: paragraphs that open with a speaker's name in
 * capitals and a colon ("HARTLEY: Will the ferry run this year?", "SEN. ANN LEE: It will."). The words
 * after the colon, to the paragraph's end, are the speaker's; the name is a mention of them
 * (cue:transcript-label). Read only where the text holds two turns or more: one such line is a label
 * ("UPDATE: …") more often than a transcript; and where three or more are all different, they are
 * datelines or sections, not speakers taking turns.
 */

/** A transcript's turn: its speaker's label (the name, after any title) and its words. */
export interface TranscriptTurn {
  /** the label, a title in it too ("SEN. ANN LEE") */
  label: Range;
  /** where the name starts, after the title */
  nameStart: number;
  /** the title before the name, lower case, without dots ("sen"), or null */
  title: string | null;
  /** the colon */
  colon: number;
  /** the words: from the first after the colon to the paragraph's end, or the end of those it runs on over */
  words: Range;
  paragraph: number;
}

/** A paragraph's opening label: a quotation mark at most, one to four words in capitals, a colon, words. */
const LABEL = /^(["“]?)\s*([A-Z][A-Z.’'-]*(?: [A-Z][A-Z.’'-]*){0,3}):[ \t]+(?=\S)/;

/** The title of a label's first words ("SEN.", "VICE PRESIDENT"), as TITLES holds it; how many words. */
function titleOf(words: readonly string[]): { title: string; n: number } | null {
  for (let n = Math.min(2, words.length - 1); n >= 1; n--) {
    const title = words
      .slice(0, n)
      .map((w) => w.replace(/\./g, '').toLowerCase())
      .join(' ');
    if (TITLES.has(title)) return { title, n };
  }
  return null;
}

/** The turn that paragraph p opens, or null. */
function turnAt(text: string, p: Range, paragraph: number): TranscriptTurn | null {
  const m = LABEL.exec(text.slice(p.start, Math.min(p.end, p.start + 60)));
  if (!m) return null;
  const label = m[2];
  const words = label.split(' ');
  // (a name has a word of three letters or more; no word of the label is a heading's: "UPDATE", "READ MORE")
  if (!words.some((w) => w.replace(/[^A-Z]/g, '').length >= 3)) return null;
  if (words.some((w) => TRANSCRIPT_NOT_LABELS.has(w.replace(/[.’'-]+$/, '').toLowerCase()))) return null;
  const start = p.start + m[0].indexOf(label, m[1].length);
  const title = titleOf(words);
  // (a title alone is no name: "PRESIDENT: …")
  if (title && title.n >= words.length) return null;
  const nameStart = title ? start + words.slice(0, title.n).join(' ').length + 1 : start;
  let end = p.end;
  while (end > p.start && /\s/.test(text[end - 1])) end--;
  const wordsStart = p.start + m[0].length;
  if (end - wordsStart < 2) return null;
  return {
    label: { start, end: start + label.length },
    nameStart,
    title: title?.title ?? null,
    colon: start + label.length,
    words: { start: wordsStart, end },
    paragraph,
  };
}

/** The turns of the text's transcript, in order; none where fewer than two paragraphs open as one. */
export function findTranscriptTurns(text: string, paragraphs: readonly Range[]): TranscriptTurn[] {
  if (!isOn('quote:transcript-turn')) return [];
  const turns: TranscriptTurn[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    // (a cheap look first: a capital, after a quotation mark at most)
    const c = text[p.start] === '"' || text[p.start] === '“' ? text[p.start + 1] : text[p.start];
    if (!c || c < 'A' || c > 'Z') continue;
    const turn = turnAt(text, p, i);
    if (turn) turns.push(turn);
  }
  if (turns.length < 2) return [];
  // (three labels or more, none said twice, are no speakers taking turns: datelines of a roundup,
  // "ISLAMABAD: …", "LAHORE: …", "KARACHI: …")
  const names = new Set(turns.map((t) => text.slice(t.nameStart, t.label.end)));
  if (turns.length >= 3 && names.size === turns.length) return [];
  for (let i = 0; i + 1 < turns.length; i++) runOn(text, paragraphs, turns[i], turns[i + 1].paragraph);
  return turns;
}

/** How many paragraphs a turn may run on over before the next turn. */
const RUN_ON_PARAGRAPHS = 4;

/**
 * A turn runs on over the paragraphs between it and the next turn (a speaker's answer of several
 * paragraphs), a few at most, up to a stage direction in brackets ("(CROSSTALK)", "(BEGIN VIDEO CLIP)").
 * The words after the last turn stay the article's: nothing says where the transcript ends.
 */
function runOn(text: string, paragraphs: readonly Range[], turn: TranscriptTurn, next: number): void {
  if (next - turn.paragraph - 1 > RUN_ON_PARAGRAPHS) return;
  for (let j = turn.paragraph + 1; j < next; j++) {
    const line = text.slice(paragraphs[j].start, paragraphs[j].end).trim();
    if (!line) continue;
    if (/^["“]?\s*\(/.test(line)) return;
    let end = paragraphs[j].end;
    while (end > paragraphs[j].start && /\s/.test(text[end - 1])) end--;
    turn.words = { start: turn.words.start, end };
  }
}

/** The name candidate of a turn's label: a person's name, in capitals (matched to the article's by lower case). */
export function labelName(turn: TranscriptTurn): NameCandidate {
  return {
    start: turn.label.start,
    end: turn.label.end,
    kind: 'name',
    nameStart: turn.nameStart,
    title: turn.title,
    qualifier: null,
    owner: null,
    sentenceStart: false,
    inQuote: false,
    indefinite: false,
    plural: false,
    label: true,
  };
}

/** The cue of a turn: its colon, its speaker the label. */
export function turnCue(turn: TranscriptTurn): SpeechCue {
  return {
    verb: { start: turn.colon, end: turn.colon + 1 },
    subject: { start: turn.label.start, end: turn.label.end },
    position: 'colon',
    rule: 'cue:transcript-label',
  };
}

/**
 * The quotations with the turns in them: a quotation opening a turn's paragraph before its label (an
 * archive's mark that opens each paragraph of a long quote, "\"HARTLEY: …") starts after the colon; a
 * turn in no quotation is one of its own (its "mark" the colon, left open to the paragraph's end); a
 * quotation inside a turn's words is nested in them. Returns the quotations, in order, and for each the
 * turn it holds (or null; no entries where the text holds no turns).
 */
export function withTurns(
  raw: readonly RawQuote[],
  turns: readonly TranscriptTurn[],
): { quotes: RawQuote[]; turnOf: (TranscriptTurn | null)[] } {
  // (no transcript, the common page: the quotations as they are, and no turns to look up)
  if (!turns.length) return { quotes: raw as RawQuote[], turnOf: [] };
  const quotes: RawQuote[] = [];
  const turnOf: (TranscriptTurn | null)[] = [];
  let t = 0;
  // (the turn read last: a quotation inside its words is nested in them)
  let last: RawQuote | null = null;
  const pushTurn = (turn: TranscriptTurn) => {
    last = {
      start: turn.words.start,
      end: turn.words.end,
      open: turn.colon,
      close: null,
      mark: 'double',
      nested: false,
      continues: false,
      paragraph: turn.paragraph,
    };
    quotes.push(last);
    turnOf.push(turn);
  };
  for (const q of raw) {
    // (the turns before the quotation, and the one whose words hold its mark)
    while (t < turns.length && turns[t].words.start <= q.open) pushTurn(turns[t++]);
    const turn = t < turns.length ? turns[t] : null;
    if (turn && q.paragraph === turn.paragraph && q.open < turn.label.start && q.end >= turn.words.start) {
      // the archive's mark before the label: the turn's words, within the quotation's
      last = { ...q, start: turn.words.start, end: Math.max(q.end, turn.words.end), continues: false };
      quotes.push(last);
      turnOf.push(turn);
      t++;
      continue;
    }
    const inside: boolean = last !== null && (last as RawQuote).start <= q.open && q.open < (last as RawQuote).end;
    quotes.push(inside ? { ...q, nested: true } : q);
    turnOf.push(null);
  }
  while (t < turns.length) pushTurn(turns[t++]);
  return { quotes, turnOf };
}

/** The names found, with each turn's label in place of any name found in it (in order of start). */
export function withLabelNames(names: NameCandidate[], turns: readonly TranscriptTurn[]): NameCandidate[] {
  const labels = turns.map(labelName);
  // (both in order of start: one pass over each, not every name against every label)
  const out: NameCandidate[] = [];
  let l = 0;
  for (const n of names) {
    while (l < labels.length && labels[l].end <= n.start) out.push(labels[l++]);
    if (l < labels.length && labels[l].start < n.end) continue; // (a name inside the label: the label stands)
    out.push(n);
  }
  while (l < labels.length) out.push(labels[l++]);
  return out;
}
