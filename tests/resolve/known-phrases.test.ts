import { describe, expect, it } from 'vitest';
import { findKnownPhrases } from '../../lib/claims/context';
import type { KnowledgeIndex } from '../../lib/knowledge/index';

/** The plain search findKnownPhrases stands for: one global regex over the whole text. */
function reference(text: string, phrases: string[][]) {
  const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const alts = phrases.map((w) => w.map(escape).join('\\s+')).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alts.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return [...text.matchAll(re)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

const indexOf = (phrases: string[][]) => {
  const byFirst = new Map<string, string[][]>();
  for (const w of phrases) byFirst.set(w[0], [...(byFirst.get(w[0]) ?? []), w]);
  return { lowercasePhrases: byFirst } as unknown as KnowledgeIndex;
};

describe('findKnownPhrases', () => {
  it('finds what one regex over the text finds', () => {
    const phrases = [
      ['coalition', 'of', 'the', 'willing'],
      ['euro', 'area'],
      ['euro', 'zone'],
      ['the', 'pontiff'],
      ['solo'],
      ["an'ɡɔla", 'x'],
    ];
    const parts = [
      'the pontiff',
      'the  pontiffs',
      'euro\narea',
      'euro zone',
      'eurozone',
      'coalition of the willing',
      'solo',
      'solos',
      "an'ɡɔla x",
      ' ',
      ',',
      'é',
      '1',
      'the',
      'x',
    ];
    let seed = 3;
    const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
    for (let k = 0; k < 2000; k++) {
      let text = '';
      for (let i = 0, n = 1 + Math.floor(rnd() * 8); i < n; i++) text += parts[Math.floor(rnd() * parts.length)];
      expect(findKnownPhrases(text, indexOf(phrases)), text).toEqual(reference(text, phrases));
    }
  });

  it('reads a name opening with an empty word', () => {
    const phrases = [
      ['', 'odd'],
      ['euro', 'area'],
    ];
    for (const text of ['an  odd euro area', 'odd', ' odd'])
      expect(findKnownPhrases(text, indexOf(phrases))).toEqual(reference(text, phrases));
  });
});
