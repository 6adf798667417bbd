import { describe, expect, it } from 'vitest';
import { countNotesDiff, diffNotes, formatNotesDiff, isEmptyDiff, type ContractJson } from '../../lib/cli/golden-diff';

type A = ContractJson['actors'][number];
type C = ContractJson['claims'][number];
const actor = (name: string, type: A['type'], extra: Partial<A> = {}): A => ({
  id: null,
  name,
  type,
  known: false,
  description: null,
  mentions: [{ text: name, start: 0, end: name.length }],
  ...extra,
});
const claim = (kind: C['kind'], text: string, speaker: string | null, extra: Partial<C> = {}): C => ({
  kind,
  text,
  start: 0,
  end: text.length,
  speaker: speaker ? { id: null, name: speaker, mention: null } : null,
  cue: 'said',
  context: [],
  ...extra,
});
const notes = (actors: A[], claims: C[], page: Partial<ContractJson> = {}): ContractJson => ({
  url: 'u',
  title: 't',
  publishedAt: null,
  actors,
  claims,
  ...page,
});

describe('diffNotes', () => {
  it('is empty for the same notes', () => {
    const n = notes([actor('Ann Lee', 'person')], [claim('quote', 'We will win', 'Ann Lee')]);
    const d = diffNotes(n, structuredClone(n));
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatNotesDiff(d)).toBe('unchanged');
  });

  it('actors added, removed and retyped; an actor that gained an id is the same actor', () => {
    const before = notes(
      [
        actor('Ann Lee', 'person'),
        actor('Acme', 'person'),
        actor('Old Name', 'place'),
        actor('Keir Starmer', 'person'),
      ],
      [],
    );
    const after = notes(
      [
        actor('Ann Lee', 'person'),
        actor('Acme', 'organization'),
        actor('New Body', 'organization'),
        actor('Keir Starmer', 'person', { id: 'keir-starmer', known: true }),
      ],
      [],
    );
    const d = diffNotes(before, after);
    expect(d.actorsAdded).toEqual([{ name: 'New Body', type: 'organization' }]);
    expect(d.actorsRemoved).toEqual([{ name: 'Old Name', type: 'place' }]);
    expect(d.actorsRetyped).toEqual([{ name: 'Acme', before: 'person', after: 'organization' }]);
    expect(d.actorsChanged).toEqual([{ name: 'Keir Starmer', changes: ['id none → keir-starmer', 'now known'] }]);
  });

  it('mentions gained and lost are named by their forms', () => {
    const a = actor('Ann Lee', 'person');
    const b = actor('Ann Lee', 'person', { mentions: [...a.mentions, { text: 'Ms Lee', start: 20, end: 26 }] });
    expect(diffNotes(notes([a], []), notes([b], [])).actorsChanged).toEqual([
      { name: 'Ann Lee', changes: ['mentions 1 → 2, new forms "Ms Lee"'] },
    ]);
    const moved = actor('Ann Lee', 'person', { mentions: [{ text: 'Ann Lee', start: 5, end: 12 }] });
    expect(diffNotes(notes([a], []), notes([moved], [])).actorsChanged[0].changes).toEqual(['mention offsets moved']);
  });

  it('a bare name span given inside a mention is a change of its own', () => {
    const a = actor('Ann Lee', 'person', { mentions: [{ text: 'Sen. Ann Lee', start: 0, end: 12 }] });
    const named = actor('Ann Lee', 'person', {
      mentions: [{ text: 'Sen. Ann Lee', start: 0, end: 12, nameStart: 5, nameEnd: 12 }],
    });
    expect(diffNotes(notes([a], []), notes([named], [])).actorsChanged).toEqual([
      { name: 'Ann Lee', changes: ['mention name spans changed'] },
    ]);
  });

  it('claims added, removed, re-kinded, and speakers changed', () => {
    const before = notes(
      [],
      [
        claim('quote', 'We will win', 'Ann Lee'),
        claim('reported', 'the plan works', null),
        claim('quote', 'a rushed deal', 'Tom Hale'),
        claim('numeric', '3%', null),
      ],
    );
    const after = notes(
      [],
      [
        claim('quote', 'We will win', 'Tom Hale'),
        claim('partial-quote', 'a rushed deal', 'Tom Hale'),
        claim('numeric', '3%', null),
        claim('reported', 'the vote was close', 'Tom Hale'),
      ],
    );
    const d = diffNotes(before, after);
    expect(d.claimsAdded).toEqual([{ kind: 'reported', text: 'the vote was close', speaker: 'Tom Hale' }]);
    expect(d.claimsRemoved).toEqual([{ kind: 'reported', text: 'the plan works', speaker: null }]);
    expect(d.claimsRekinded).toEqual([{ text: 'a rushed deal', before: 'quote', after: 'partial-quote' }]);
    expect(d.speakersChanged).toEqual([{ kind: 'quote', text: 'We will win', before: 'Ann Lee', after: 'Tom Hale' }]);
    expect(d.claimsChanged).toEqual([]);
    expect(countNotesDiff(d)).toBe(
      'actors +0 −0, 0 retyped, 0 otherwise changed; claims +1 −1, 1 re-kinded, 0 otherwise changed; 1 speakers changed',
    );
    expect(formatNotesDiff(d).split('\n')).toEqual([
      'claims added (1): reported "the vote was close" (Tom Hale)',
      'claims removed (1): reported "the plan works" (no speaker)',
      'claims re-kinded (1): "a rushed deal": quote → partial-quote',
      'speakers changed (1): quote "We will win": Ann Lee → Tom Hale',
    ]);
  });

  it('two claims with the same words are told apart by their order', () => {
    const before = notes([], [claim('quote', 'Yes', 'Ann Lee'), claim('quote', 'Yes', 'Tom Hale')]);
    const after = notes([], [claim('quote', 'Yes', 'Ann Lee')]);
    const d = diffNotes(before, after);
    expect(d.claimsRemoved).toEqual([{ kind: 'quote', text: 'Yes', speaker: 'Tom Hale' }]);
    expect(d.speakersChanged).toEqual([]);
  });

  it('finer changes of a claim: offsets, cue, context', () => {
    const before = notes([], [claim('quote', 'We will win', 'Ann Lee')], { title: 'Old' });
    const after = notes(
      [],
      [
        claim('quote', 'We will win', 'Ann Lee', {
          start: 4,
          end: 15,
          cue: 'told',
          context: [{ id: 't', title: 'T' }],
        }),
      ],
      { title: 'New' },
    );
    const d = diffNotes(before, after);
    expect(d.page).toEqual([{ field: 'title', before: 'Old', after: 'New' }]);
    expect(d.claimsChanged).toEqual([
      {
        kind: 'quote',
        text: 'We will win',
        changes: ['offsets 0–11 → 4–15', 'cue "said" → "told"', 'context changed'],
      },
    ]);
  });

  it('long lists are cut with a count', () => {
    const after = notes(
      Array.from({ length: 12 }, (_, i) => actor(`Person ${i}`, 'person')),
      [],
    );
    const text = formatNotesDiff(diffNotes(notes([], []), after), 3);
    expect(text).toBe('actors added (12): Person 0 (person); Person 1 (person); Person 2 (person); +9 more');
  });
});
