/**
 * Patterns the name pass (assign.ts) reads around a name to decide whether and how it names an actor.
 * Data only: regular expressions and two small readers of the words before a name.
 */

/** Plural nouns for groups and things; a lone unknown word right before one only describes them ("Gulf allies", "Patriot systems"). */
export const COLLECTIVE_AFTER =
  /^\s(?:chips|planes|cars|phones|engines|vehicles|satellites|reactors|servers|processors|allies|states|countries|nations|leaders|forces|troops|rebels|militants|fighters|governments|partners|neighbours|neighbors|monarchies|powers|members|citizens|nationals|systems|missiles|tanks|jets|drones|rockets|batteries|launchers|terminals|vaccines|aircraft|helicopters|shells)\b/;

/** What follows "the Italian" when it stands for a person: a verb of saying. */
export const DEMONYM_SPEAKS =
  /^\s+(?:also\s+|later\s+|then\s+)?(?:said|says|told|added|admitted|insisted|explained|argued|replied|warned|claimed|stated|conceded|noted)\b/;

export const POSSESSIVE_AFTER = /^[’'ʼ]s\b/;
/** An illness named after someone ("Alzheimer's disease"): the name is no actor of the story. */
export const ILLNESS_AFTER = /^[’'ʼ]s (?:disease|syndrome|disorder|theorem|palsy)/;
export const CAPITAL_WORD_AT_END = /(\p{Lu}[\p{L}-]+)$/u;

/** A description set after a name in commas: ", the homeland security secretary,", ", a lawyer for …". */
export const APPOSITION_AFTER =
  /^,\s+(?:the|a|an)\s+(?:\p{Ll}[\p{L}-]*\s+){0,4}(?:secretary|minister|spokesman|spokeswoman|spokesperson|lawyer|director|chief|head|leader|president|chairman|chairwoman|official|adviser|advisor|professor|senator|governor|mayor|envoy|ambassador|commissioner|executive|founder|editor|analyst|economist)\b/u;

/** An acronym the prose treats as a name: after a lower-case "the", or speaking ("the RSPCA said", "NSPCC said"). */
export const ACRONYM_IN_PROSE =
  /^(?:the\s\S+|\S*\s*\S+\s+(?:said|says|told|added|warned|urged|called|announced|confirmed|stated)\b)/;

/** A royal or religious title with one name is how the person is known ("Prince Harry", "Pope Leo"). */
export const ROYAL_TITLE = /^(?:king|queen|prince|princess|pope|sheikh|emir|sultan|duke|duchess)$/;

/**
 * Whether an abbreviation in brackets can stand for the name before it: its capitals are the
 * initials of the name's words, in order ("Department for Education (DfE)"; not "Ukraine (AP)").
 */
export function initialsFit(abbreviation: string, name: string): boolean {
  const initials = name
    .split(/[\s-]+/)
    .map((w) => w[0]?.toLowerCase() ?? '')
    .join('');
  let i = 0;
  for (const ch of abbreviation.replace(/[^\p{Lu}]/gu, '').toLowerCase()) {
    i = initials.indexOf(ch, i);
    if (i < 0) return false;
    i++;
  }
  return true;
}

/** The sex a relation word before a name tells ("her husband Mark", "his daughter Amy"). */
export function relationGender(before: string): 'm' | 'f' | null {
  const m =
    /\b(husband|father|son|brother|boyfriend|grandfather|grandson|uncle|nephew|widower|stepfather|dad|wife|mother|daughter|sister|girlfriend|grandmother|granddaughter|aunt|niece|widow|stepmother|mum|mom)\s+$/i.exec(
      before,
    );
  if (!m) return null;
  return /^(?:husband|father|son|brother|boyfriend|grandfather|grandson|uncle|nephew|widower|stepfather|dad)$/i.test(
    m[1],
  )
    ? 'm'
    : 'f';
}

/** A row of scores or a table: words of capitals and figures, no lower-case word but "of", "v" ("Leeds 2 Hull 1", "Hull 4 2 1 1 7 3 7"). */
const SCORE_ROW = /^(?:[\p{Lu}\d.\-/()'’]\S*\s+|of\s+|v\s+|[–—-]\s+)*[\p{Lu}\d.\-/()'’]\S*$/u;
/** An integer standing alone: a score or a count of games. */
const INTEGER_AFTER = /^\s+\d{1,3}(?=\s|$)/;

/**
 * Whether a name stands as a side in a row of scores or a league table: the name opens the row or
 * follows a score, an integer follows it, and the row holds two figures or more and no prose
 * ("Leeds 2 Hull 1", "Hull 4 2 1 1 7 3 7"). Clubs and teams are named so, after their towns.
 */
export function scoreRowSide(text: string, start: number, end: number): boolean {
  if (!INTEGER_AFTER.test(text.slice(end, end + 6))) return false;
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(from, start);
  if (!/^\s*$/.test(before) && !/^\s*[\p{L}\s.'’()-]+\s\d{1,3}\s+$/u.test(before)) return false;
  let to = text.indexOf('\n', end);
  if (to < 0) to = text.length;
  if (to - from > 120) return false;
  const row = text.slice(from, to).trim();
  return !row.includes(',') && SCORE_ROW.test(row) && (row.match(/(?:^|\s)\d+(?=\s|$)/g)?.length ?? 0) >= 2;
}
