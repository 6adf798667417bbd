// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { QuoteCard } from '../../components/QuoteCard';
import type { Claim } from '../../lib/notes';

function mountCard(claim: Partial<Claim>) {
  const full: Claim = {
    kind: 'quote',
    text: 'The river has never been this low.',
    start: 0,
    end: 34,
    speaker: { id: null, name: 'Ann Lee', mention: { text: 'Ann Lee', start: 40, end: 47 } },
    cue: null,
    context: [],
    ...claim,
  };
  const el = document.createElement('div');
  document.body.append(el);
  act(() =>
    render(
      <QuoteCard
        claim={full}
        speakerActor={null}
        speakerEntity={null}
        topics={[]}
        position={{ index: 0, total: 1 }}
        knowledgeDate="2025-06-01"
      />,
      el,
    ),
  );
  return el;
}

const card = (claim: Partial<Claim>) => mountCard(claim).querySelector('.nl-attrib')?.textContent ?? null;

/** What a reader must never see: internal labels, rule ids, percentages of confidence. */
const INTERNAL =
  /sentence-before|continuation|according-to|\b(?:speaker|cue|quote|reported|name|actor|figure):[a-z]|\d+% confident/;

describe('QuoteCard says in plain words how the speaker was found', () => {
  it('an explicit cue after the quote: named, sure', () => {
    const t = card({
      cue: 'said',
      why: ['quote:double-marks', 'cue:after-quote-said', 'speaker:named'],
      confidence: 0.95,
    });
    expect(t).toBe('How we know Named right after the quote: ‘said’ · sure');
  });

  it('a pronoun: the pronoun and who it stands for, fairly sure', () => {
    const t = card({
      cue: 'said',
      speaker: { id: null, name: 'Ann Lee', mention: { text: 'she', start: 40, end: 43 } },
      why: ['quote:double-marks', 'cue:after-quote-said', 'speaker:pronoun'],
      confidence: 0.7,
    });
    expect(t).toContain('A pronoun: ‘she’ → Ann Lee');
    expect(t).toContain('fairly sure');
  });

  it('carried over from the paragraph before, and the last person named: fairly sure, a guess', () => {
    expect(
      card({ why: ['quote:double-marks', 'speaker:paragraph-before'], confidence: 0.6, attribution: 'continuation' }),
    ).toBe('How we know Carried over from the paragraph before · fairly sure');
    expect(
      card({ why: ['quote:double-marks', 'speaker:person-before'], confidence: 0.45, attribution: 'sentence-before' }),
    ).toBe('How we know The person named just before the quote · a guess');
  });

  it('notes saved before `why` still read in plain words, never their internal label', () => {
    const t = card({ attribution: 'sentence-before', confidence: 0.45 });
    expect(t).toBe('How we know The person named just before the quote · a guess');
    expect(card({ attribution: 'continuation', confidence: 0.6 })).not.toMatch(INTERNAL);
    expect(card({ attribution: 'mystery-label', confidence: 0.5 })).toBe(
      'How we know From the words around it · a guess',
    );
  });

  it('no speaker: says so, with no confidence at all', () => {
    const el = document.createElement('div');
    document.body.append(el);
    const claim: Claim = {
      kind: 'quote',
      text: 'It was long.',
      start: 0,
      end: 12,
      speaker: null,
      cue: 'said',
      context: [],
      why: ['quote:double-marks', 'speaker:none'],
      confidence: 0.2,
    };
    act(() =>
      render(
        <QuoteCard
          claim={claim}
          speakerActor={null}
          speakerEntity={null}
          topics={[]}
          position={{ index: 0, total: 1 }}
          knowledgeDate="2025-06-01"
        />,
        el,
      ),
    );
    expect(el.textContent).toContain('No speaker could be attributed.');
    expect(el.textContent).not.toMatch(INTERNAL);
    expect(el.textContent).not.toMatch(/confiden|a guess/);
  });

  it('a low-confidence attribution looks different: a dashed frame and "Not sure who said this"', () => {
    const guess = mountCard({ why: ['quote:double-marks', 'speaker:person-before'], confidence: 0.45 });
    const section = guess.querySelector('.nl-speaker')!;
    expect(section.classList.contains('nl-unsure')).toBe(true);
    expect(section.querySelector('.nl-unsure-note')?.textContent).toBe('? Not sure who said this');
    expect(section.querySelector('.nl-speaker-strong')?.textContent).toBe('Ann Lee');
    expect(guess.textContent).not.toMatch(INTERNAL);
    for (const confidence of [0.95, 0.7, 0.6, undefined]) {
      const el = mountCard({ cue: 'said', why: ['cue:after-quote-said'], confidence });
      expect(el.querySelector('.nl-unsure'), String(confidence)).toBeNull();
      expect(el.textContent).not.toContain('Not sure');
    }
  });

  it('every rule’s words are free of internal labels', async () => {
    const { RULES } = await import('../../lib/engine/rules');
    for (const r of RULES)
      expect(card({ cue: 'said', why: [r.id], confidence: r.confidence }) ?? '').not.toMatch(INTERNAL);
  });
});
