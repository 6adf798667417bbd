import { PRIORITY, rule, type Rule } from './types';

/** Reported speech: a pattern of reported speech ("X said that …") (lib/speech/cues.ts, findReported). */
export const REPORTED_RULES: readonly Rule[] = [
  // reported speech (findReported)
  rule(
    'reported:verb-that',
    'Reported speech: ‘{cue}’ followed by what was said',
    0.9,
    'Tomas Berg said that the council would cut the water supply next month.',
    'Tomas Berg walked to the council before the water supply was cut.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:accused-of',
    'Reported speech: a verb like ‘accused … of’',
    0.85,
    'Tomas Berg accused the council of wasting the water of the whole valley.',
    'Tomas Berg visited the council offices in the middle of the valley.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:second-verb',
    'Reported speech: a second verb of the same speaker (‘and said’)',
    0.8,
    'Tomas Berg criticised the plan and said the council would cut the water supply next month.',
    'Tomas Berg criticised the plan and walked out before the water supply was cut.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:according-to-first',
    'Reported speech opening with ‘According to …’',
    0.85,
    'According to Tomas Berg, the council will cut the water supply next month.',
    'Before Tomas Berg arrived, the council had cut the water supply last month.',
    PRIORITY.accordingTo,
  ),
  rule(
    'reported:according-to-last',
    'Reported speech ending with ‘according to …’',
    0.85,
    'The council will cut the water supply in the valley next month, according to Tomas Berg.',
    'The council will cut the water supply in the valley next month, before Tomas Berg returns.',
    PRIORITY.accordingTo,
  ),
  rule(
    'reported:source-last',
    'Reported speech with its source at the end: ‘…, said X’',
    0.85,
    'The council will cut the water supply in the valley next month, Tomas Berg said.',
    'The council will cut the water supply in the valley next month, and Tomas Berg left.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:source-between',
    'Reported speech with its source set in commas inside it: ‘The plan, X said, is …’',
    0.85,
    'The plan for the valley, Tomas Berg said, is to cut the water supply next month.',
    'The plan for the valley, which Tomas Berg drew up, is to cut the water supply next month.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:participle',
    'Reported speech after a participle: ‘X did Y, saying …’',
    0.8,
    'Tomas Berg criticised the plan, saying the council would cut the water supply next month.',
    'Tomas Berg criticised the plan, walking out before the water supply was cut.',
    PRIORITY.sentence,
  ),
  rule(
    'reported:source-then-clause',
    'Reported speech with its source after it, then another clause: ‘…, X said Sunday, as …’',
    0.8,
    'The council will cut the water supply in the valley, Tomas Berg said Sunday, as the river fell.',
    'The council will cut the water supply in the valley, Tomas Berg said Sunday.',
    PRIORITY.sentence,
  ),
];
