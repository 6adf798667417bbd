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
];
