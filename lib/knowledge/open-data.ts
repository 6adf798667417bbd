/**
 * The US Congress open data (unitedstates/congress-legislators, CC0; project copy in
 * lib/knowledge/open-data/us-congress/, written by scripts/import-us-congress.ts) as knowledge entries:
 * sitting members and presidents / vice presidents as people with their terms, former members as compact
 * rows (schema FormerMember). Entries that a hand-written source already has (same Wikidata item, same
 * Wikipedia page, or, for a US person, the same full name) are not duplicated: the hand-written entry keeps
 * its description and facts and gains the terms it lacks that do not overlap one of its own.
 * Pure functions: the build passes the data in.
 *
 * The modules, in lib/knowledge/us-congress/: data.ts (the project copy's shapes), seats.ts (states,
 * seats, titles), names.ts (names and the former members' keys), terms.ts (terms as roles),
 * hand-written.ts (matching hand-written entries), import.ts (the whole import, formerEntity).
 */
export * from './us-congress/data';
export * from './us-congress/seats';
export * from './us-congress/names';
export * from './us-congress/terms';
export * from './us-congress/hand-written';
export * from './us-congress/import';
