import { names } from './language-names.json';

/** A language's English name ("fr" → "French"); null for a code the table does not hold. */
export function languageName(code: string): string | null {
  return (names as Record<string, string>)[code] ?? null;
}

/**
 * The plain-words line for an article not in English (the popup, the command line):
 * "This article seems to be in French. News Lens reads English-language news only."
 */
export function notEnglishLine(language: { code: string }): string {
  const name = languageName(language.code);
  const seems = name ? `This article seems to be in ${name}.` : 'This article does not seem to be in English.';
  return `${seems} News Lens reads English-language news only.`;
}
