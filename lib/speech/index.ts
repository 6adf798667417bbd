/**
 * Speech: quotations and who says them, in the order the engine decides.
 *
 *   1. quote marks and quote spans  quotes.ts         findQuoteMarks
 *   2. the cue of a quotation       cues.ts           findCue: the passes in CUE_PASSES, each trying its rules
 *        after the closing mark     cue-after.ts      cue:after-quote-said, -titled, -said-x, -job, -described
 *                                   cue-after-run.ts  cue:after-quote-name-run, cue:dash-name
 *                                   cue-after-apposed.ts cue:after-quote-long-apposition (tried last)
 *        before the opening mark    cue-before.ts     cue:colon, cue:colon-name, cue:before-quote,
 *                                                     cue:modal-verb, cue:participle, cue:according-to,
 *                                                     cue:passive-by (and cue:colon-sentence-before, cues.ts)
 *   3. the subject of the verb      subjects.ts       indexSubjects, subjectBefore
 *        the verb itself            verbs.ts          verbSpan, nounUse, negatedBefore
 *   4. reported speech              reported.ts       findReported: reported:verb-that, -accused-of, -second-verb
 *        the verb's subject         reported-subject.ts notVerbHere, verbSubject, speaksHere
 *        described subjects         reported-described.ts reported:described-subject, -described-complement,
 *                                                     -share-subject
 *        questions                  reported-asked.ts  reported:asked, -asked-passive
 *        ", saying …"               reported-participle.ts reported:participle, -participle-described
 *        its words                  reported-content.ts
 *        sources apart from a verb  reported-source.ts reported:source-last, -source-between, -source-then-clause
 *        "according to X"           reported-according.ts reported:according-to-first, -according-to-between,
 *                                                     -according-to-document, -according-to-last
 *        a source after its verb    reported-after.ts  describedAfter, apposedAfter (for -source-last)
 *        "X was first reported by Y" reported-by.ts    reported:reported-by (from -source-last's verb)
 */
export { findQuoteMarks, type RawQuote } from './quotes';
export { findCue, type CueContext } from './cues';
export { ByToken, DESCRIBED_BODY, indexSubjects, subjectBefore, type Speakers, type Subject } from './subjects';
export { findReported, type ReportedContext } from './reported';
