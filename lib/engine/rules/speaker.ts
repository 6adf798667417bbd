import { PRIORITY, rule, type Rule } from './types';

/** Speakers: how a claim's speaker was settled (lib/claims). */
export const SPEAKER_RULES: readonly Rule[] = [
  // the speaker (lib/claims: subjects.ts, pronouns.ts, quotes.ts, carry-over.ts)
  rule(
    'speaker:named',
    'The cue names the speaker',
    0.95,
    '“The river has never been this low,” Tomas Berg said.',
    '“The river has never been this low,” he said.',
    PRIORITY.adjacent,
  ),
  rule(
    'speaker:pronoun',
    'A pronoun: ‘{subject}’ → {speaker}',
    0.7,
    'Tomas Berg stood by the river. “It has never been this low,” he said.',
    'Tomas Berg stood by the river. “It has never been this low,” Tomas Berg said.',
    PRIORITY.pronoun,
  ),
  rule(
    'speaker:description',
    'A description standing for someone named before: ‘{subject}’ → {speaker}',
    0.65,
    'Tomas Berg has farmed here for years. The veteran said that the river had never been this low.',
    'Tomas Berg has farmed here for years. Tomas Berg said that the river had never been this low.',
    PRIORITY.pronoun,
  ),
  rule(
    'speaker:reported-thought',
    'Quoted inside what the speaker said, after a verb of thinking',
    0.8,
    'Tomas Berg said the council expected the river to stay “very low” until spring.',
    'Tomas Berg said the river would stay “very low” until spring.',
    PRIORITY.sentence + 5,
  ),
  rule(
    'speaker:same-paragraph',
    'Carried over from the quote before, in the same paragraph',
    0.7,
    '“The river has never been this low,” Tomas Berg said. “We have never seen anything like it.”',
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday. Its members voted.',
    PRIORITY.sameParagraph,
  ),
  rule(
    'speaker:paragraph-before',
    'Carried over from the paragraph before',
    0.6,
    '“The river has never been this low,” Tomas Berg said.\n“We have never seen anything like it in forty years of farming here.”',
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday.',
    PRIORITY.paragraphBefore,
  ),
  rule(
    'speaker:person-before',
    'The person named just before the quote',
    0.45,
    'Tomas Berg has farmed the valley for forty years.\n“We have never seen anything like it in all that time on the farm.”',
    'The valley has been farmed for forty years.\n“We have never seen anything like it in all that time on the farm.”',
    PRIORITY.personBefore,
  ),
  rule(
    'speaker:recent-speaker',
    'The last speaker, a few paragraphs before',
    0.5,
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday.\nThe vote was close.\n“We have never seen anything like it in forty years of farming here.”',
    '“The river has never been this low,” Tomas Berg said.\nThe council met on Monday.\nThe vote was close.\nIt rained.\nThe mayor left.\n“We have never seen anything like it in forty years of farming here.”',
    PRIORITY.personBefore - 5,
  ),
  rule(
    'speaker:named-after-continuation',
    'Named after the quote’s next paragraph',
    0.6,
    '“The river has never been this low.\n“We have never seen anything like it,” Tomas Berg said.',
    '“The river has never been this low.”\n“We have never seen anything like it,” Tomas Berg said.',
    PRIORITY.sameParagraph + 5,
  ),
  // (switched off: claims with no speaker are left out)
  rule(
    'speaker:none',
    'No speaker could be found',
    0.2,
    'The council met on Monday. “It was a long meeting for all of us,” they said.',
    '“The river has never been this low,” Tomas Berg said.',
    PRIORITY.none,
  ),
];
