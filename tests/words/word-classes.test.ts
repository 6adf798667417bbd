/**
 * Word lists are data (lib/words/*.json): every file passes the zod schema of lib/words/schema.ts
 * (no duplicates, no empty strings, lower case where the class is case-folded), and the engine's
 * Sets are compiled from them. Words that sit in more than one class are reported, not failed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORDS_DIR, WordClassFile, readWordClasses, sharedWords } from '../../lib/words/schema';
import * as W from '../../lib/words';

const { classes, errors } = readWordClasses();

describe('word classes (lib/words)', () => {
  it('every file is valid against the schema', () => {
    expect(errors).toEqual([]);
    expect(classes.size).toBeGreaterThan(40);
  });

  it('the schema rejects duplicates, empty strings and capitals in a case-folded class', () => {
    const issues = (words: string[], caseFolded?: boolean) => {
      const r = WordClassFile.safeParse({
        description: 'a test class',
        words,
        ...(caseFolded === undefined ? {} : { caseFolded }),
      });
      return r.success ? [] : r.error.issues.map((i) => i.message);
    };
    expect(issues(['said', 'says'])).toEqual([]);
    expect(issues(['said', 'said']).join()).toMatch(/duplicate/);
    expect(issues(['said', '']).join()).toMatch(/empty/);
    expect(issues(['Said']).join()).toMatch(/lower case/);
    expect(issues(['Said'], false)).toEqual([]);
    expect(issues([' said']).join()).toMatch(/spaces/);
    expect(WordClassFile.safeParse({ description: 'a test class', words: [] }).success).toBe(false);
    expect(WordClassFile.safeParse({ description: 'a test class', words: ['a'], extra: 1 }).success).toBe(false);
  });

  it('every file is used by the engine (imported somewhere under lib/)', () => {
    const sources = ['lib/words/sets.ts', 'lib/words/lists.ts', 'lib/knowledge/card.ts']
      .map((p) => readFileSync(join(WORDS_DIR, '../..', p), 'utf8'))
      .join('\n');
    const unused = [...classes.keys()].filter((name) => !sources.includes(`/${name}.json'`));
    expect(unused).toEqual([]);
  });

  it('the compiled Sets hold exactly the words of their files', () => {
    expect(W.TITLES).toEqual(new Set(classes.get('titles')!.words));
    expect(W.SPEECH_VERBS).toEqual(
      new Set([...classes.get('speech-verbs')!.words, ...classes.get('plain-speech-verbs')!.words]),
    );
    expect(W.SOURCE_NOUNS).toEqual(
      new Set([...classes.get('source-nouns')!.words, ...classes.get('documents')!.words]),
    );
    expect(W.ORG_WORDS.test('BBC Scotland')).toBe(true);
    expect(W.ORG_WORDS.test('Capital Economics')).toBe(true);
    expect(W.PARTY_MEMBER.test('Senate Democrats')).toBe(true);
    expect(W.PARTY_MEMBER.test('Senate democrats')).toBe(false);
  });

  it('reports words in more than one class (information)', () => {
    const shared = sharedWords(classes);
    const most = [...shared].sort((a, b) => b[1].length - a[1].length).slice(0, 15);
    const total = [...classes.values()].reduce((n, f) => n + f.words.length, 0);
    console.info(
      `word classes: ${classes.size} files, ${total} words; ${shared.size} words sit in more than one class. Most shared:\n` +
        most.map(([w, names]) => `  ${w}: ${names.length} (${names.join(', ')})`).join('\n'),
    );
    expect(shared.size).toBeGreaterThanOrEqual(0);
  });
});
