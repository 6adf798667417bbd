import { rule, type Rule } from './types';

/** Figures: a figure and the claim it sits in (lib/claims/figures.ts). */
export const FIGURE_RULES: readonly Rule[] = [
  // figures
  rule(
    'figure:in-claim',
    'A figure in what the speaker said',
    0.6,
    'Tomas Berg said that the council would cut the water supply by 40 per cent.',
    'The council cut the water supply by 40 per cent.',
  ),
  rule(
    'figure:alone',
    'A figure in the article’s own words',
    0.5,
    'The council cut the water supply by 40 per cent.',
    'The council cut the water supply last month.',
  ),
];
