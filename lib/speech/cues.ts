import type { SpeechCue } from '../engine/findings';
import type { RawQuote } from './quotes';
import type { Sentence } from '../text/sentences';
import { tokenAt, type Token } from '../text/tokens';
import { isOn } from '../engine/rules/switched-off';
import { BACK_VERBS } from '../words';
import type { Speakers } from './subjects';
import { cueAfterQuote } from './cue-after';
import { cueDashName } from './cue-after-run';
import { cueContinuedQuote } from './cue-continued';
import { cueSourceLast } from './cue-later';
import {
  cueAccordingLater,
  cueColonBefore,
  cueColonSubject,
  cueEarlier,
  cuePassiveByLater,
  cueVerbOnly,
} from './cue-before';

// The import paths of before the passes had files of their own.
export { ByToken, DESCRIBED_BODY, indexSubjects, type Speakers } from './subjects';
export { findReported } from './reported';

/** What every cue pass reads: the quotation, its sentence, and the subjects indexed by token. */
export interface CueContext {
  text: string;
  tokens: Token[];
  sp: Speakers;
  q: RawQuote;
  sentence: Sentence;
  prevSentence: Sentence | undefined;
  /** the sentence's first token */
  sentFirst: number;
  /** the token after the sentence */
  sentEnd: number;
}

/** cue:colon-sentence-before — the previous sentence ends with a colon: its cue gives the quote. */
function cueColonSentenceBefore(c: CueContext): SpeechCue | null {
  const { text, q, sentence, prevSentence } = c;
  if (
    !prevSentence ||
    q.open > sentence.start + 1 ||
    !isOn('cue:colon-sentence-before') ||
    !/:\s*$/.test(text.slice(prevSentence.start, prevSentence.end))
  )
    return null;
  const cue = findCue(text, c.tokens, c.sp, { ...q, open: prevSentence.end, close: null }, prevSentence, undefined);
  return cue ? { ...cue, position: 'colon', rule: 'cue:colon-sentence-before' } : null;
}

/**
 * The passes that find a quotation's cue, in the order they are tried; the first cue found is the
 * quotation's. Each pass tries its rules (lib/engine/rules.ts, family `cue`) in its own order.
 */
const CUE_PASSES: readonly ((c: CueContext) => SpeechCue | null)[] = [
  // 1. right after the closing mark: "…,” he said" / "…,” said Mr Smith" (cue-after.ts)
  cueAfterQuote,
  // (a name signed after a dash: "“…” ― Ann Lee", cue-after-run.ts)
  cueDashName,
  // (a quotation taken up again after its cue: "“…,” Ann Lee said, “because …”", cue-continued.ts)
  cueContinuedQuote,
  // 2. a colon before the opening mark: "the spokesperson told reporters today: “…"
  cueColonBefore,
  // 3. a speech verb earlier in the sentence: "Mr Obama said it was “distressing”"
  cueEarlier,
  // 4. "according to X" or "by X" later in the sentence
  cueAccordingLater,
  cuePassiveByLater,
  // ("…, Mia Holt said." closing the sentence the quotation sits in)
  cueSourceLast,
  // 5. the previous sentence ends with a colon
  cueColonSentenceBefore,
  // 6. a verb of saying close before the opening mark, its subject not found
  cueVerbOnly,
  // 7. a colon or comma right before a quotation, no verb of saying: the sentence's opening subject
  cueColonSubject,
];

/** The cue that attributes quotation q in its sentence: the verb of saying and its subject, or null. */
export function findCue(
  text: string,
  tokens: Token[],
  sp: Speakers,
  q: RawQuote,
  sentence: Sentence,
  prevSentence: Sentence | undefined,
): SpeechCue | null {
  const c: CueContext = {
    text,
    tokens,
    sp,
    q,
    sentence,
    prevSentence,
    sentFirst: tokenAt(tokens, sentence.start),
    sentEnd: tokenAt(tokens, sentence.end),
  };
  for (const pass of CUE_PASSES) {
    const cue = pass(c);
    if (cue && !backless(tokens, cue)) return cue;
  }
  return null;
}

/** A cue on "shot", "fired" or "hit" with no "back" after it ("police shot him"): no verb of saying. */
function backless(tokens: Token[], cue: SpeechCue): boolean {
  const v = tokenAt(tokens, cue.verb.start);
  return BACK_VERBS.has(tokens[v].lower) && tokens[v + 1]?.lower !== 'back';
}
