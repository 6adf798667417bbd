import type { PageNotes } from '../lib/notes';
import type { AnnotatedPage } from '../lib/messages';

/** A small hand-made page of notes for tests of the highlight, popup and card code. */
export function sampleNotes(): PageNotes {
  const text = 'Keir Starmer said: “We are ready.” Putin said it was “premature”. Officials said 30 countries agreed.';
  const span = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    return { text: s, start, end: start + s.length };
  };
  return {
    url: 'https://news.example/a',
    title: 'A <b>bold</b> headline',
    publishedAt: '2025-03-17',
    actors: [
      {
        id: 'keir-starmer',
        name: 'Keir Starmer',
        type: 'person',
        known: true,
        description: 'Prime Minister of the United Kingdom',
        mentions: [span('Keir Starmer')],
      },
      {
        id: 'vladimir-putin',
        name: 'Vladimir Putin',
        type: 'person',
        known: true,
        description: 'President of Russia',
        mentions: [span('Putin')],
      },
      {
        id: null,
        name: 'Officials',
        type: 'group',
        known: false,
        description: null,
        unnamed: true,
        mentions: [span('Officials')],
      },
    ],
    claims: [
      {
        kind: 'quote',
        ...span('We are ready.'),
        speaker: { id: 'keir-starmer', name: 'Keir Starmer', mention: span('Keir Starmer') },
        cue: 'said',
        context: [],
        confidence: 0.95,
        attribution: 'colon',
      },
      {
        kind: 'partial-quote',
        ...span('premature'),
        speaker: { id: 'vladimir-putin', name: 'Vladimir Putin', mention: span('Putin') },
        cue: 'said',
        context: [{ id: 'ceasefire', title: 'Ceasefire' }],
        confidence: 0.9,
      },
      {
        kind: 'reported',
        ...span('30 countries agreed'),
        speaker: { id: null, name: 'Officials', mention: span('Officials') },
        cue: 'said',
        context: [],
      },
      { kind: 'numeric', ...span('30 countries'), speaker: null, cue: null, context: [] },
    ],
  };
}

export function samplePage(): AnnotatedPage {
  return {
    notes: sampleNotes(),
    knowledgeDate: '2025-06-01',
    entities: {
      'keir-starmer': {
        id: 'keir-starmer',
        name: 'Keir Starmer',
        type: 'person',
        description: 'Prime Minister of the United Kingdom',
        summary: 'Labour politician <script>alert(1)</script>',
        role: 'Prime Minister of United Kingdom (since 2024-07-05)',
        country: 'United Kingdom',
        facts: [
          {
            text: 'Became Prime Minister after the 2024 general election.',
            asOf: '2025-06-01',
            source: 'https://en.wikipedia.org/wiki/Keir_Starmer',
          },
        ],
        links: [{ label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Keir_Starmer' }],
        speaksFor: null,
      },
    },
    topics: {
      ceasefire: {
        id: 'ceasefire',
        name: 'Ceasefire',
        description: 'A proposed truce.',
        facts: [
          { text: 'Proposed in March 2025.', asOf: '2025-03-17', source: 'https://en.wikipedia.org/wiki/Ceasefire' },
        ],
        links: [],
      },
    },
  };
}
