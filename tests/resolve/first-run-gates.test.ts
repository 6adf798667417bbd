import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  alternation,
  CLAUSE_AFTER_CUE_WORDS,
  COLLECTIVE_NOUNS_AFTER,
  DEMONYM_SPEECH_VERBS,
  DESCRIBED_WOMEN,
  FEMALE_RELATION_WORDS,
  FIGURE_UNITS,
  MALE_RELATION_WORDS,
  TIMES_AFTER_VERB,
  VENUES_AFTER_VERB,
  WHERE_PREPOSITIONS,
  WORK_KINDS,
} from '../../lib/words';
import { lettersOf } from '../../lib/words/compile';
import { mayBePairBefore, ofRun } from '../../lib/actors/description-shapes';
import { DATELINE_AFTER, datelineAfter, datelineTownBefore } from '../../lib/names/evidence';
import { abbreviated } from '../../lib/speech/cue-after';
import { whenWhere, whereLead } from '../../lib/speech/reported-content';
import { COLLECTIVE_AFTER, collectiveAfter, demonymSpeaks, relationGender } from '../../lib/actors/name-patterns';
import { asideAfter, CLAUSE_AFTER_CUE, sourceLead } from '../../lib/speech/reported-source';
import {
  endsSmallThenStop,
  isCapitals,
  isPeopleWord,
  isPhraseWord,
  isPlainCapitalised,
  wordAfterSpaces,
} from '../../lib/text/ascii';
import { isSubtitled, mayNameWork, workBeforeTest } from '../../lib/claims/quotes';
import { hasMiddleInitial } from '../../lib/actors/lookup';
import { yearsOf } from '../../lib/knowledge/time';

/**
 * Plain pre-checks the engine runs before a Unicode or case-blind regex of many alternatives (a page's first
 * run paid more to compile such a regex than to run the pass): each lets through every text its regex
 * matches, so the engine answers as before. Texts are made of what the regexes tell apart.
 */
const common = [
  'a',
  'Lee',
  'ANN',
  'é',
  'Ö',
  '𝐀',
  '𝐚',
  'ǅ',
  'ß',
  '\u0301',
  '’',
  "'",
  '.',
  '-',
  ',',
  '1',
  '(',
  ')',
  '—',
  '–',
];
const gaps = [' ', '  ', '\u00a0', '\n', '\u2009', ''];
const textOf = (...extra: string[]) =>
  fc.array(fc.constantFrom(...common, ...gaps, ...extra), { maxLength: 12 }).map((a) => a.join(''));
const runs = { numRuns: 4000 };
/** Runs the property and checks that its texts matched the regex often enough to mean something. */
function check(text: fc.Arbitrary<string>, matches: (t: string) => boolean, same: (t: string) => void) {
  let hits = 0;
  fc.assert(
    fc.property(text, (t) => {
      if (matches(t)) hits++;
      same(t);
    }),
    runs,
  );
  expect(hits).toBeGreaterThan(20);
}

describe('first-run gates answer as their regexes', () => {
  it('PAIR_BEFORE: after the last comma, one to four words then "and"', () => {
    const re = /,\s*\p{Lu}[\p{L}.’'-]*(?:\s+\p{Lu}[\p{L}.’'-]*){0,3}\s+and\s+$/u;
    expect(mayBePairBefore('two analysts, Ann Lee and ')).toBe(true);
    expect(mayBePairBefore('said Lee, adding that police and ')).toBe(false);
    check(
      fc
        .tuple(
          textOf('and', ' and ', 'And', 'x'),
          fc.array(fc.constantFrom('Ann', 'Lee', 'x', '𝐀', 'É', 'O’Neil', ',', '1', 'and'), { maxLength: 6 }),
          fc.constantFrom(...gaps),
        )
        .map(([a, words, gap]) => `${a},${gap}${words.join(gap || ' ')} and${gap}`),
      (t) => re.test(t),
      (t) => {
        if (re.test(t)) expect(mayBePairBefore(t)).toBe(true);
      },
    );
  });

  it('DATELINE_AFTER: a digit, a bracket or a dash', () => {
    expect(datelineAfter(', Ukraine (AP) — The')).toBe(true);
    expect(datelineAfter(' SAYS THE MAYOR')).toBe(false);
    check(
      textOf('Jan', 'March', '2024-03-01', '12', '(Reuters)', '(AP)', ', Mo.', 'UPI'),
      (t) => DATELINE_AFTER.test(t),
      (t) => {
        expect(datelineAfter(t)).toBe(DATELINE_AFTER.test(t));
      },
    );
  });

  it('WORK_BEFORE and KIND_BEFORE: a possessive or one of their words at the end', () => {
    const work = new RegExp(`(?:\\p{Lu}[\\p{L}.&-]*[’'ʼ]s?|\\b(?:on|from|at|${alternation(WORK_KINDS)}))\\s*$`, 'u');
    const kind = new RegExp(`\\b(?:${alternation(WORK_KINDS.filter((w) => !w.endsWith('ed')))}),?\\s*$`, 'u');
    expect(mayNameWork('said on CBS’s ')).toBe(true);
    expect(mayNameWork('her memoir, ')).toBe(true);
    expect(mayNameWork('he said ')).toBe(false);
    check(
      textOf('on', 'from', 'show', 'memoir', 'titled', 's', 'ʼ', 'CBS', 'x'),
      (t) => work.test(t) || kind.test(t),
      (t) => {
        if (work.test(t) || kind.test(t)) expect(mayNameWork(t)).toBe(true);
      },
    );
  });

  it('ABBREVIATED: a capital and up to three small letters before the dot', () => {
    const re = /(?:^|[\s(])\p{Lu}\p{Ll}{0,3}$/u;
    expect(abbreviated('. Sen')).toBe(true);
    expect(abbreviated('ident')).toBe(false);
    check(
      textOf('Sen', 'Mr', 'J', 'Gov', 'Ω', 'ω', 'x'),
      (t) => re.test(t),
      (t) => {
        expect(abbreviated(t)).toBe(re.test(t));
      },
    );
  });

  it('WHEN_WHERE: only after a word it may open with', () => {
    const re = new RegExp(
      String.raw`^(?:(?:(?:late|early)\s+)?(?:(?:on|last|this)\s+)?(?:${alternation(TIMES_AFTER_VERB)})(?:\s+(?:night|morning|afternoon|evening))?|in\s+(?:a|an)\s+(?:${alternation(VENUES_AFTER_VERB)})(?:\s+on\s+\S+)?),?\s+(?=\S)`,
      'i',
    );
    const words = ['late', 'On', 'last', 'this', 'IN', 'an', ...TIMES_AFTER_VERB, ...VENUES_AFTER_VERB.slice(0, 4)];
    expect(whenWhere('on Monday it would')?.[0]).toBe('on Monday ');
    expect(whenWhere('that it would')).toBeNull();
    check(
      textOf(...words, 'x', 'ſ', 'K'),
      (t) => re.test(t),
      (t) => {
        expect(whenWhere(t)?.[0]).toBe(re.exec(t)?.[0]);
      },
    );
  });

  it('COLLECTIVE_AFTER: a space, then a word it may open with', () => {
    expect(collectiveAfter(' allies said')).toBe(true);
    expect(collectiveAfter(' said')).toBe(false);
    check(
      textOf(...COLLECTIVE_NOUNS_AFTER.slice(0, 8), 'Allies', 'x', '_'),
      (t) => COLLECTIVE_AFTER.test(t),
      (t) => {
        expect(collectiveAfter(t)).toBe(COLLECTIVE_AFTER.test(t));
      },
    );
  });

  it('SOURCE_LEAD: a comma, then at most four words before white space', () => {
    const re = /,\s*((?:[\p{L}’'-]+\s+){0,4})$/u;
    expect(sourceLead('the plan, the ')?.[1]).toBe('the ');
    expect(sourceLead('the plan, said the minister')).toBeNull();
    check(
      textOf('the', 'officials', 'x'),
      (t) => re.test(t),
      (t) => {
        expect(sourceLead(t)?.[1]).toBe(re.exec(t)?.[1]);
      },
    );
  });

  it('OF_RUN: "of", maybe "the", then a capital', () => {
    const re =
      /^\s+of\s+((?:[Tt]he\s+)?\p{Lu}[\p{L}&’'-]*(?:\s+(?:(?:of|for|on)\s+(?:the\s+)?)?\p{Lu}[\p{L}&’'-]*){0,5})/u;
    expect(ofRun(' of Northby Weekly said')?.[1]).toBe('Northby Weekly');
    expect(ofRun(' of the rest')).toBeNull();
    check(
      textOf('of', ' of ', 'the', 'The', 'for', '&', 'x').map((t) => ` of ${t}`),
      (t) => re.test(t),
      (t) => {
        expect(ofRun(t)?.[1]).toBe(re.exec(t)?.[1]);
      },
    );
  });

  it('lettersOf: letters and hyphens kept', () => {
    expect(lettersOf('spokes-woman,')).toBe('spokes-woman');
    check(
      textOf('x', 'Z', '_', '9'),
      (t) => /[^\p{L}-]/u.test(t),
      (t) => {
        expect(lettersOf(t)).toBe(t.replace(/[^\p{L}-]/gu, ''));
      },
    );
  });
});

describe('ASCII twins and gates answer as their Unicode regexes', () => {
  const words = textOf('x', 'Z', 'ese', 'Chin', 'an', '&', '9', 'ſ', 'İ', 'ω', 'Ω', ':', '\t');
  const of = (chars: string[], max = 6) =>
    fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));
  const letters = ['a', 'z', 'Z', 'é', 'É', 'ω', 'Ω', 'ǅ', '𝐀', '𝐚', 'ß', '\u0301'];

  it('isPhraseWord, isPeopleWord, endsSmallThenStop', () => {
    const np = /^[\p{L}\d][\p{L}\p{M}\d.’'&-]*$/u;
    const people = /^\p{Lu}\p{Ll}+(?:an|ese|ish|ic|i|ive|in)$/u;
    const small = /\p{Ll}{2}[.,]$/u;
    expect(isPhraseWord('AT&T')).toBe(true);
    expect(isPeopleWord('Chinese')).toBe(true);
    expect(endsSmallThenStop('ms.')).toBe(true);
    const npWords = of([...letters, '9', '.', '’', "'", '&', '-', ' ', ',']);
    check(
      npWords,
      (t) => np.test(t),
      (t) => expect(isPhraseWord(t)).toBe(np.test(t)),
    );
    // (a first letter of either case or none, then mostly small letters: enough of them match to mean something)
    const peopleWords = fc
      .tuple(
        fc.constantFrom('Z', 'É', 'Ω', '𝐀', 'ǅ', 'a', ''),
        of(['a', 'z', 'é', 'ω', '𝐚', 'ß', 'a', 'z', 'Z', '\u0301'], 3),
        fc.constantFrom('an', 'ese', 'ish', 'ic', 'i', 'ive', 'in', 'x', ''),
      )
      .map((a) => a.join(''));
    check(
      peopleWords,
      (t) => people.test(t),
      (t) => expect(isPeopleWord(t)).toBe(people.test(t)),
    );
    // (the last character drawn apart, so that enough texts end in a stop to mean something)
    const ends = fc
      .tuple(of([...letters, '.', ',', ' '], 3), fc.constantFrom('.', ',', ' ', 'a', ''))
      .map((a) => a.join(''));
    check(
      ends,
      (t) => small.test(t),
      (t) => expect(endsSmallThenStop(t)).toBe(small.test(t)),
    );
  });

  it('wordAfterSpaces', () => {
    const re = /^\s+(\p{L}+)/u;
    expect(wordAfterSpaces(' said it')).toBe('said');
    expect(wordAfterSpaces(' 12')).toBeNull();
    check(
      words,
      (t) => re.test(t),
      (t) => expect(wordAfterSpaces(t)).toBe(re.exec(t)?.[1] ?? null),
    );
  });

  it('asideAfter, isSubtitled, hasMiddleInitial', () => {
    const aside = /^(?:\s+[^\s,;:“”"]+){0,3}?\s*,\s*(?=[\p{L}\d$])/u;
    const subtitledRe = /^\p{Lu}[^:]*:\s+[\p{Lu}\d]/u;
    const middle = /\s\p{Lu}\.\s(?=\p{Lu})/u;
    expect(asideAfter(' some Democrats said, the')?.[0]).toBe(' some Democrats said, ');
    expect(isSubtitled('Dune: Part Two')).toBe(true);
    expect(hasMiddleInitial('Ann B. Lee')).toBe(true);
    check(
      fc.tuple(words, words).map(([a, b]) => `${a},${b}`),
      (t) => aside.test(t),
      (t) => expect(asideAfter(t)?.[0]).toBe(aside.exec(t)?.[0]),
    );
    check(
      fc
        .tuple(of(letters, 2), words, fc.constantFrom(':', ': ', ':\u00a0 ', ' ', ''), of([...letters, '1'], 2))
        .map((a) => a.join('')),
      (t) => subtitledRe.test(t),
      (t) => expect(isSubtitled(t)).toBe(subtitledRe.test(t)),
    );
    check(
      textOf('B.', ' B. ', '𝐀.', 'Lee', 'x.', 'Ω.'),
      (t) => middle.test(t),
      (t) => expect(hasMiddleInitial(t)).toBe(middle.test(t)),
    );
  });
});

describe('more twins and gates answer as their regexes', () => {
  const letters = ['a', 'z', 'Z', 'K', 'é', 'É', 'ω', 'Ω', 'ǅ', '𝐀', '𝐚', 'ß', 'ſ', '\u0301'];
  const of = (chars: string[], max = 6) =>
    fc.array(fc.constantFrom(...chars), { maxLength: max }).map((a) => a.join(''));

  it('isPlainCapitalised, isCapitals', () => {
    const plain = /^\p{Lu}\p{Ll}+$/u;
    const caps = /^\p{Lu}{2,}$/u;
    const words = of([...letters, '1', '-', ' '], 5);
    check(
      words,
      (t) => plain.test(t),
      (t) => expect(isPlainCapitalised(t)).toBe(plain.test(t)),
    );
    check(
      words,
      (t) => caps.test(t),
      (t) => expect(isCapitals(t)).toBe(caps.test(t)),
    );
  });

  it('datelineTownBefore', () => {
    const re = /(?:^|\n)\p{Lu}[\p{Lu}.'’ -]*\s?,\s+$/u;
    expect(datelineTownBefore('text\nIRVINE, ')).toBe(true);
    check(
      textOf('IRVINE', 'KYIV', 'ST.', ',', ', ', '\n', 'x', 'Z').map((t) => `${t}, `),
      (t) => re.test(t),
      (t) => expect(datelineTownBefore(t)).toBe(re.test(t)),
    );
  });

  it('whereLead, demonymSpeaks', () => {
    const where = new RegExp(`^(?:${alternation(WHERE_PREPOSITIONS)})\\s`, 'i');
    const speaks = new RegExp(`^\\s+(?:also\\s+|later\\s+|then\\s+)?(?:${alternation(DEMONYM_SPEECH_VERBS)})\\b`);
    const near = [...WHERE_PREPOSITIONS.slice(0, 6), ...DEMONYM_SPEECH_VERBS.slice(0, 6), 'also', 'then', 'Later', 'x'];
    check(
      textOf(...near, 'IN'),
      (t) => where.test(t),
      (t) => expect(whereLead(t)).toBe(where.test(t)),
    );
    check(
      textOf(...near).map((t) => ` ${t}`),
      (t) => speaks.test(t),
      (t) => expect(demonymSpeaks(t)).toBe(speaks.test(t)),
    );
  });

  it('sourceLead: the ASCII twin after the last comma', () => {
    const re = /,\s*((?:[\p{L}’'-]+\s+){0,4})$/u;
    check(
      fc
        .tuple(textOf('the', 'x'), of([...letters, ' ', '’', ' ', ',', '“', '—', '1', '\u00a0'], 10))
        .map(([a, b]) => `${a},${b} `),
      (t) => re.test(t),
      (t) => {
        const m = sourceLead(t);
        const r = re.exec(t);
        expect(m ? [m.index, ...m] : null).toEqual(r ? [r.index, ...r] : null);
      },
    );
  });
});

describe('yearsOf', () => {
  it('finds the years the Unicode regex finds', () => {
    const year = String.raw`(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])`;
    const found = (t: string) => [...t.matchAll(new RegExp(year, 'gu'))].map((m) => Number(m[0]));
    expect(yearsOf('in 2019 and 1999, not 20190 or x2001')).toEqual([2019, 1999]);
    check(
      textOf('19', '20', '2019', '1999', '0', '7', 'x', 'é', '١', '𝟙'),
      (t) => found(t).length > 0,
      (t) => expect(yearsOf(t)).toEqual(found(t)),
    );
  });
});

describe('WORK_BEFORE twin, relation words, described subjects', () => {
  it('workBeforeTest', () => {
    const re = new RegExp(`(?:\\p{Lu}[\\p{L}.&-]*[’'ʼ]s?|\\b(?:on|from|at|${alternation(WORK_KINDS)}))\\s*$`, 'u');
    expect(workBeforeTest('said on CBS’s ')).toBe(true);
    check(
      textOf('on', 'show', 'CBS', 'ʼ', 'ʼs', 'Aʼb', 's', '&', 'x', 'É'),
      (t) => re.test(t),
      (t) => expect(workBeforeTest(t)).toBe(re.test(t)),
    );
  });

  it('relationGender', () => {
    const before = new RegExp(`\\b(${alternation([...MALE_RELATION_WORDS, ...FEMALE_RELATION_WORDS])})\\s+$`, 'i');
    const male = new RegExp(`^(?:${alternation(MALE_RELATION_WORDS)})$`, 'i');
    const original = (s: string) => {
      const m = before.exec(s);
      return m ? (male.test(m[1]) ? 'm' : 'f') : null;
    };
    expect(relationGender('his wife ')).toBe('f');
    const near = [
      ...MALE_RELATION_WORDS.slice(0, 4),
      ...FEMALE_RELATION_WORDS.slice(0, 4),
      'WIFE',
      'Son',
      'x',
      '_',
      '9',
    ];
    check(
      textOf(...near).map((t) => `${t} `),
      (t) => original(t) !== null,
      (t) => expect(relationGender(t)).toBe(original(t)),
    );
  });

  it('a described subject opens with "the"', () => {
    const re = new RegExp(`^the\\s+(?:.*\\s)?(?:(${alternation(DESCRIBED_WOMEN)})|(\\S+))$`, 'i');
    check(
      textOf('the', 'The', 'THE', 'woman', 'x'),
      (t) => re.test(t),
      (t) => {
        if (re.test(t)) expect(/^the\s/i.test(t)).toBe(true);
      },
    );
  });
});

describe('clause after a cue, the aside twin, units', () => {
  it('CLAUSE_AFTER_CUE', () => {
    const re = new RegExp(
      String.raw`^(?:\s+[^\s,;:“”"]+){0,3}\s*,\s+(?:${alternation(CLAUSE_AFTER_CUE_WORDS)})\b`,
      'i',
    );
    expect(CLAUSE_AFTER_CUE.test(' Sunday, as the plan')).toBe(true);
    check(
      textOf(...CLAUSE_AFTER_CUE_WORDS.slice(0, 6), 'AS', 'x', ';', '“').map((t) => ` x,${t}`),
      (t) => re.test(t),
      (t) => expect(CLAUSE_AFTER_CUE.test(t)).toBe(re.test(t)),
    );
  });

  it('asideAfter on ASCII and its marks', () => {
    const re = /^(?:\s+[^\s,;:“”"]+){0,3}?\s*,\s*(?=[\p{L}\d$])/u;
    check(
      fc.tuple(textOf('“', '”', '‘', 'x'), textOf('$', '“', 'x')).map(([a, b]) => `${a},${b}`),
      (t) => re.test(t),
      (t) => {
        const m = asideAfter(t);
        const r = re.exec(t);
        expect(m ? [...m] : null).toEqual(r ? [...r] : null);
      },
    );
  });

  it('UNIT_AFTER reads alike without the u flag', () => {
    const units = alternation(FIGURE_UNITS);
    const source = String.raw`^(?:%|\s?per ?cent\b|\s?(?:${units})\b)?(?:-[a-z]+(?:-[a-z]+)?)?`;
    const [u, plain] = [new RegExp(source, 'u'), new RegExp(source)];
    check(
      textOf('%', 'per cent', 'percent', 'bn', 'm', '-year', '-old', 'x'),
      (t) => (u.exec(t)?.[0] ?? '') !== '',
      (t) => expect(plain.exec(t)?.[0]).toBe(u.exec(t)?.[0]),
    );
  });
});
