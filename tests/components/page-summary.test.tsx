// @vitest-environment happy-dom
/**
 * The popup's summary: who is quoted comes first (unnamed sources together), then the claims
 * (a guessed attribution looks like one), then the ten most mentioned actors and "Show all".
 */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PageSummary } from '../../components/PageSummary';
import { samplePage } from '../notes-fixture';
import type { AnnotatedPage } from '../../lib/messages';

function mount(page: AnnotatedPage, onSelect: (s: number, e: number) => void = () => {}) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(<PageSummary page={page} onSelect={onSelect} />, el));
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

/** The sample page with `extra` more actors, mentioned fewer times the later they come. */
function crowdedPage(extra: number): AnnotatedPage {
  const page = samplePage();
  for (let i = 0; i < extra; i++)
    page.notes.actors.push({
      id: null,
      name: `Actor ${i + 1}`,
      type: i % 2 ? 'organization' : 'place',
      known: false,
      description: null,
      mentions: Array.from({ length: extra - i }, () => ({ text: 'x', start: 0, end: 1 })),
    });
  return page;
}

const headings = (el: Element) => [...el.querySelectorAll('h2')].map((h) => h.textContent?.replace(/\s*\d+$/, ''));

describe('PageSummary', () => {
  it('leads with who is quoted, then the claims, then the actors', () => {
    const el = mount(samplePage());
    expect(headings(el)).toEqual(['Who is quoted', 'Claims', 'Actors']);
    const voices = [...el.querySelectorAll('section[aria-labelledby="ps-voices"] .ps-voice')];
    expect(voices[0].querySelector('.ps-name')?.textContent).toBe('Keir Starmer');
    expect(voices[0].textContent).toContain('Prime Minister of the United Kingdom');
    expect(voices[0].textContent).toContain('1 direct');
    expect(voices[0].querySelector('.ps-count')?.textContent).toBe('1×');
  });

  it('puts unnamed sources together, under their own heading', () => {
    const el = mount(samplePage());
    const group = el.querySelector('.ps-unnamed');
    expect(group?.querySelector('h3')?.textContent).toMatch(/Unnamed sources\s*1/);
    expect(group?.querySelectorAll('.ps-voice')).toHaveLength(1);
    expect(group?.textContent).toContain('Officials');
    expect(group?.textContent).toContain('1 reported');
  });

  it('shows a guessed attribution muted, its speaker underlined dashed, and says "not sure"', () => {
    const page = samplePage();
    page.notes.claims[1].confidence = 0.4;
    const el = mount(page);
    const claims = [...el.querySelectorAll('.ps-claim')];
    const guessed = claims.filter((c) => c.classList.contains('ps-guess'));
    expect(guessed).toHaveLength(1);
    expect(guessed[0].textContent).toContain('premature');
    expect(guessed[0].querySelector('.ps-sure')?.textContent).toBe(' (not sure)');
    expect(guessed[0].querySelector('.ps-who')?.textContent).toBe('Vladimir Putin');
    expect(guessed[0].textContent).not.toMatch(/\d+%|confiden|sentence-before/);
    expect(claims[0].classList.contains('ps-guess')).toBe(false);
    expect(claims[0].textContent).not.toContain('sure');
    // fairly sure (a pronoun, 0.7) and notes saved without a confidence are not marked
    page.notes.claims[1].confidence = 0.7;
    page.notes.claims[0].confidence = undefined;
    const again = mount(page);
    expect(again.querySelectorAll('.ps-guess')).toHaveLength(0);
  });

  it('lists the ten most mentioned actors, and all of them on "Show all"', () => {
    const el = mount(crowdedPage(12));
    const actorRows = () => el.querySelectorAll('section[aria-labelledby="ps-actors"] .ps-row');
    expect(actorRows()).toHaveLength(10);
    expect(actorRows()[0].textContent).toContain('Actor 1');
    expect(actorRows()[0].textContent).toContain('Place ·');
    const more = el.querySelector<HTMLButtonElement>('.ps-more')!;
    expect(more.textContent).toBe('Show all 15 actors');
    act(() => more.click());
    expect(actorRows()).toHaveLength(15);
    expect(el.querySelector('.ps-more')).toBeNull();
    expect(
      [...el.querySelectorAll('section[aria-labelledby="ps-actors"] h3')].map((h) =>
        h.textContent?.replace(/\s*\d+$/, ''),
      ),
    ).toEqual(['People', 'Organisations', 'Groups', 'Places']);
  });

  it('lists the first ten claims, and all of them on "Show all"; a search shows every match', () => {
    const page = samplePage();
    const base = page.notes.claims[2];
    for (let i = 0; i < 14; i++)
      page.notes.claims.push({ ...base, text: `statement ${i + 1}`, start: 200 + i * 20, end: 210 + i * 20 });
    const el = mount(page);
    const claimRows = () => el.querySelectorAll('.ps-claim');
    expect(claimRows()).toHaveLength(10);
    expect(claimRows()[0].textContent).toContain('We are ready.');
    expect(el.querySelector('#ps-claims')?.textContent).toMatch(/Claims\s*18/);
    const more = [...el.querySelectorAll<HTMLButtonElement>('.ps-more')].find((b) => /claims$/.test(b.textContent!))!;
    expect(more.textContent).toBe('Show all 18 claims');
    act(() => more.click());
    expect(claimRows()).toHaveLength(18);
    expect([...el.querySelectorAll('.ps-more')].some((b) => /claims$/.test(b.textContent!))).toBe(false);
    const few = mount(page);
    const input = few.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      input.value = 'statement';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(few.querySelectorAll('.ps-claim')).toHaveLength(14);
  });

  it('searches voices, claims and actors, and scrolls to a row when it is clicked', () => {
    const picked: [number, number][] = [];
    const el = mount(crowdedPage(12), (s, e) => picked.push([s, e]));
    const input = el.querySelector<HTMLInputElement>('input[type="search"]')!;
    act(() => {
      input.value = 'putin';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect([...el.querySelectorAll('.ps-voice .ps-name')].map((n) => n.textContent)).toEqual(['Vladimir Putin']);
    expect(el.querySelectorAll('.ps-claim')).toHaveLength(1);
    expect(el.querySelectorAll('section[aria-labelledby="ps-actors"] .ps-row')).toHaveLength(1);
    expect(el.querySelector('.ps-more')).toBeNull();
    act(() => el.querySelector<HTMLButtonElement>('.ps-voice')!.click());
    const premature = samplePage().notes.claims[1];
    expect(picked).toEqual([[premature.start, premature.end]]);
  });
});

describe('PageSummary: what the article says of each voice', () => {
  it('shows the article’s description beside a speaker the knowledge file does not describe', () => {
    const page = samplePage();
    page.notes.actors.push({
      id: null,
      name: 'Ann Lee',
      type: 'person',
      known: false,
      description: null,
      articleDescription: 'analyst at Acme Research',
      mentions: [{ text: 'Ann Lee', start: 0, end: 7 }],
    });
    page.notes.claims.push({
      kind: 'quote',
      text: 'Prices will rise',
      start: 10,
      end: 26,
      speaker: { id: null, name: 'Ann Lee', mention: { text: 'Ann Lee', start: 0, end: 7 } },
      cue: 'said',
      context: [],
    });
    const el = mount(page);
    const row = [...el.querySelectorAll('.ps-voice')].find(
      (r) => r.querySelector('.ps-name')?.textContent === 'Ann Lee',
    );
    expect(row?.querySelector('.ps-article')?.textContent).toBe('analyst at Acme Research');
    // the knowledge file's description still comes first where there is one
    page.notes.actors[0].articleDescription = 'the Labour leader';
    const el2 = mount(page);
    const starmer = el2.querySelectorAll('.ps-voice')[0];
    expect(starmer.textContent).toContain('Prime Minister of the United Kingdom');
    expect(starmer.querySelector('.ps-article')).toBeNull();
    // and the actors list and the search see it too
    expect(el.textContent).toContain('in this article: analyst at Acme Research');
  });
});
