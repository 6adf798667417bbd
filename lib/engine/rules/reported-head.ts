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
];
