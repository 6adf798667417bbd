import type { Range, ReportedSpan } from '../engine/findings';
import { splitLength } from '../text/chars';
import type { ReportedContext } from './reported';

/**
 * reported:colon-paragraph — "In a column, Ann Lee wrote:" closing its paragraph, and the next paragraph
 * (no quotation: a quotation there is a quote, found as one) is what she wrote.
 */

/** Whether the paragraph after the sentence's ends holds the words: it opens on a word, not a quotation mark. */
const OPENS_ON_WORD = /^[\p{L}\d…]/u;

/** The span of the paragraph after sentence si, when the verb at v closes si's paragraph with a colon. */
export function colonParagraph(
  c: ReportedContext,
  v: number,
  subject: Range,
  head: string | undefined,
): ReportedSpan | null {
  const { text, tokens, sentence, sentences, si } = c;
  if (!/^\s*:\s*$/.test(text.slice(tokens[v].end, sentence.end))) return null;
  const next = sentences[si + 1];
  if (!next || next.paragraph !== sentence.paragraph + 1) return null;
  let k = si + 1;
  while (sentences[k + 1]?.paragraph === next.paragraph) k++;
  const start = next.start;
  let end = sentences[k].end;
  while (end > start && /[\s.,;:!?]/.test(text[end - 1])) end--;
  const words = text.slice(start, end);
  if (!OPENS_ON_WORD.test(words) || /[“”"]|''/.test(words.slice(0, 1)) || splitLength(text, start, end, 4) < 4)
    return null;
  const t = tokens[v];
  const span: ReportedSpan = {
    start,
    end,
    cue: { start: t.start, end: t.end },
    subject,
    sentence: si,
    rule: 'reported:colon-paragraph',
  };
  return head ? { ...span, head } : span;
}
