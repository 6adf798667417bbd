/** The plain words for a confidence, as readers see them (the card, the popup, --explain). */

/** How sure, in words: "sure" (≥ 0.85), "fairly sure" (≥ 0.6), else "a guess". */
export function confidenceWords(c: number): 'sure' | 'fairly sure' | 'a guess' {
  return c >= 0.85 ? 'sure' : c >= 0.6 ? 'fairly sure' : 'a guess';
}
