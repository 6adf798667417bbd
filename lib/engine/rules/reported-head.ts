import { PRIORITY, rule, type Rule } from './types';

/**
 * Reported speech whose subject is longer than the name right before its verb: the head of the subject
 * is the speaker, not a name inside it (lib/speech/subject-head.ts, read by subjectBefore).
 */
export const REPORTED_HEAD_RULES: readonly Rule[] = [
  rule(
    'reported:head-before-quantifier',
    'Reported speech whose speakers are followed by ‘both’ or ‘all’: ‘X and Y have both argued …’',
    0.85,
    'Tomas Berg and Ruth Hale have both argued that the water supply would be cut next month.',
    'Both Tomas Berg and Ruth Hale have argued that the water supply would be cut next month.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:head-before-dashes',
    'Reported speech whose speaker is named before an aside set in dashes: ‘X — a farmer from Y — says …’',
    0.85,
    'Tim Sand — a farmer from Yakima — says the water ran out in June.',
    'Tim Sand, a farmer from Yakima, says the water ran out in June.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:relative-on-apposition',
    'Reported speech in a relative clause after a description set in commas: ‘X, a nurse from Dover, who said …’',
    0.85,
    'Tomas Berg runs the harbor.\nNina Bratt, a nurse from Dover, who said that the water would run out, left early.',
    'Tomas Berg runs the harbor.\nNina Bratt, who said that the water would run out, left early.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:subject-phrase',
    'Reported speech whose speaker is the whole subject before its verb: ‘voters in Dover who watched the debate said …’',
    0.9,
    'Union organizers in Dayton say that the new rules will only make the strike longer.',
    'Organizers say that the new rules will only make the strike longer.',
    PRIORITY.sentence,
  ),
];
