/**
 * The word classes of English news prose, compiled from their data files (lib/words/*.json, one class
 * a file, checked by lib/words/schema.ts in tests/words and `npm run knowledge`) into the Sets the steps
 * test token by token. Lower case unless the file says otherwise; multi-word entries are space-joined.
 * Word lists are data, not code: add or change words in lib/words, not here.
 *
 * Each class built by a call is marked `@__PURE__`: a bundle that never reads a class leaves it out, with
 * its file (the page's reader needs none of the lists only the background's resolving reads).
 */
export { alternation, escapeRegExp, leadingRuns, lettersOf, opensWithRun } from './compile';
export * from './sets';
export * from './lists';
