import { rule, type Rule } from './types';

/** Quotation marks: a stretch in quotation marks taken as speech (lib/speech/quotes.ts, kept in lib/claims/quotes.ts). */
export const QUOTE_RULES: readonly Rule[] = [
  // quotation marks
  rule(
    'quote:double-marks',
    'Words in double quotation marks',
    0.9,
    'Maria Lopez said: “We will rebuild the bridge before the winter comes.”',
    'Maria Lopez said the town would rebuild the bridge before the winter comes.',
  ),
  rule(
    'quote:single-marks',
    'Words in single quotation marks',
    0.8,
    'Maria Lopez said: ‘We will rebuild the bridge before the winter comes.’',
    'Maria Lopez said: “We will rebuild the bridge before the winter comes.”',
  ),
  // words someone used, after "the phrase", "dubbed" (lib/engine/extract.ts, classifyQuote)
  rule(
    'quote:words-used',
    'Words someone used, in quotation marks after ‘the phrase’, ‘the words’ or ‘dubbed’',
    0.8,
    'Maria Lopez has often used the phrase “river of mud” about the plan.',
    'Maria Lopez has often criticised the so-called “river of mud” plan.',
  ),
  // quoted phrases in a row (lib/claims/joined.ts)
  rule(
    'quote:joined-list',
    'Phrases quoted in a row, one sentence listing the words of one speaker',
    0.8,
    'Maria Lopez called the plan “reckless,” “rushed” and “a river of mud.”',
    'Maria Lopez called the plan “reckless.” Tomas Berg said it was “a river of mud.”',
  ),
];
