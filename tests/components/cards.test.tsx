// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HoverCard } from '../../components/HoverCard';
import { PageSummary } from '../../components/PageSummary';
import { samplePage } from '../notes-fixture';

function mount(vnode: preact.ComponentChild) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}

describe('HoverCard', () => {
  it('shows a known actor: description, role on the article date, dated facts, links, usage and knowledge date', () => {
    const el = mount(<HoverCard page={samplePage()} target={{ actor: 0 }} onClose={() => {}} />);
    const text = el.textContent!;
    expect(el.querySelector('.nl-title')!.textContent).toBe('Keir Starmer');
    expect(text).toContain('Prime Minister of United Kingdom (since 2024-07-05)');
    expect(text).toContain('On 2025-03-17');
    expect(text).toContain('as of 2025-06-01');
    expect(text).toContain('Mentioned 1 time · quoted 1 time in this article');
    expect(text).toContain('Knowledge as of 2025-06-01');
    const link = el.querySelector('a[href="https://en.wikipedia.org/wiki/Keir_Starmer"]')!;
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toContain('noopener');
  });

  it('opened from the keyboard, lists the keys that step on; opened by the pointer, does not', () => {
    const keyed = mount(<HoverCard page={samplePage()} target={{ claim: 0 }} onClose={() => {}} keys />);
    expect(keyed.querySelector('.nl-keys')?.textContent).toBe('Q quotes · P people · N all · ⇧ back · Esc close');
    expect(keyed.querySelector('.nl-card')?.getAttribute('aria-keyshortcuts')).toBe(
      'Q Shift+Q P Shift+P N Shift+N Escape',
    );
    const hovered = mount(<HoverCard page={samplePage()} target={{ claim: 0 }} onClose={() => {}} />);
    expect(hovered.querySelector('.nl-keys')).toBeNull();
  });

  it('renders text from the page and the knowledge file as text, never as HTML', () => {
    const el = mount(<HoverCard page={samplePage()} target={{ actor: 0 }} onClose={() => {}} />);
    expect(el.querySelector('script')).toBeNull();
    expect(el.textContent).toContain('<script>alert(1)</script>');
  });

  it('gives an unknown or unnamed actor a plain card saying so', () => {
    const el = mount(<HoverCard page={samplePage()} target={{ actor: 2 }} onClose={() => {}} />);
    expect(el.textContent).toContain('An unnamed source');
    expect(el.textContent).toContain('Unnamed source');
  });

  it('shows an unnamed source’s label as a name: "report" as "Report"', () => {
    const page = samplePage();
    page.notes.actors[2] = { ...page.notes.actors[2], name: 'report', type: 'organization' };
    page.notes.claims[2] = { ...page.notes.claims[2], speaker: { ...page.notes.claims[2].speaker!, name: 'report' } };
    expect(
      mount(<HoverCard page={page} target={{ actor: 2 }} onClose={() => {}} />).querySelector('.nl-title')!.textContent,
    ).toBe('Report');
    const summary = mount(<PageSummary page={page} onSelect={() => {}} />);
    expect(summary.querySelector('.ps-unnamed .ps-name')?.textContent).toBe('Report');
    expect(summary.querySelector('.ps-reported .ps-speaker')?.textContent).toBe('— Report');
  });

  it('shows a quote with its speaker, cue, confidence and context', () => {
    const el = mount(<HoverCard page={samplePage()} target={{ claim: 1 }} onClose={() => {}} />);
    const text = el.textContent!;
    expect(text).toContain('Partial quote');
    expect(text).toContain('premature');
    expect(text).toContain('Vladimir Putin');
    expect(text).toContain('Named earlier in the sentence: ‘said’');
    expect(text).toContain('· sure');
    expect(text).not.toMatch(/% confident/);
    expect(text).toContain('Ceasefire');
  });

  it('closes from its button', () => {
    const onClose = vi.fn();
    const el = mount(<HoverCard page={samplePage()} target={{ claim: 0 }} onClose={onClose} />);
    act(() => (el.querySelector('.nl-close') as HTMLButtonElement).click());
    expect(onClose).toHaveBeenCalled();
  });
});

describe('PageSummary', () => {
  it('shows counts, actors by type, voices with unnamed sources, and claims', () => {
    const el = mount(<PageSummary page={samplePage()} onSelect={() => {}} />);
    const text = el.textContent!;
    expect(text).toContain('A <b>bold</b> headline');
    expect(el.querySelector('b')).toBeNull();
    expect(text).toMatch(/3\s*actors/);
    expect(text).toContain('People');
    expect(el.querySelector('.ps-unnamed')?.textContent).toMatch(/Unnamed sources\s*1Officials/);
    // every kind of claim: quotes, partial quotes, reported statements (without quotation marks) and figures
    expect(el.querySelectorAll('.ps-claim')).toHaveLength(4);
    expect(el.querySelector('.ps-reported .ps-quote')?.textContent).toBe('30 countries agreed');
    expect(el.querySelector('.ps-reported .ps-speaker')?.textContent).toBe('— Officials');
  });

  it('scrolls to a row’s place in the page when clicked', () => {
    const onSelect = vi.fn();
    const el = mount(<PageSummary page={samplePage()} onSelect={onSelect} />);
    act(() => (el.querySelector('.ps-claim') as HTMLButtonElement).click());
    expect(onSelect).toHaveBeenCalledWith(expect.any(Number), expect.any(Number));
  });

  it('filters actors and claims by the search box', async () => {
    const el = mount(<PageSummary page={samplePage()} onSelect={() => {}} />);
    const input = el.querySelector('input[type=search]') as HTMLInputElement;
    await act(() => {
      input.value = 'putin';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(el.querySelectorAll('.ps-claim')).toHaveLength(1);
    expect(el.querySelector('.ps-person .ps-name')!.textContent).toBe('Vladimir Putin');
  });
});

describe('PageSummary: the article date', () => {
  it('says when the article was published and where the date came from', () => {
    const page = samplePage();
    page.notes = { ...page.notes, publishedAt: '2015-03-18', dateSource: 'url' };
    const el = mount(<PageSummary page={page} onSelect={() => {}} />);
    expect(el.querySelector('.ps-meta')?.textContent).toContain('Published 18 March 2015 · from the page’s address');
  });
  it('says "Date unknown" when the page gives no date', () => {
    const page = samplePage();
    page.notes = { ...page.notes, publishedAt: null, dateSource: null };
    const el = mount(<PageSummary page={page} onSelect={() => {}} />);
    expect(el.querySelector('.ps-meta')?.textContent).toContain('Date unknown');
  });
});

describe('ActorCard: open data', () => {
  it('says where an imported entry came from, with its licence, date and the link’s host', () => {
    const page = samplePage();
    const id = Object.keys(page.entities)[0];
    page.entities[id] = {
      ...page.entities[id],
      source: {
        text: 'From the US Congress open data (CC0), as of 15 June 2026',
        url: 'https://bioguide.congress.gov/search/bio/K000384',
      },
    };
    const actor = page.notes.actors.findIndex((a) => a.id === id);
    const el = mount(<HoverCard page={page} target={{ actor }} onClose={() => {}} />);
    const line = el.querySelector('.nl-source');
    expect(line?.textContent).toContain('From the US Congress open data (CC0), as of 15 June 2026');
    expect(line?.textContent).toContain('(bioguide.congress.gov)');
    expect(line?.querySelector('a')?.getAttribute('href')).toBe('https://bioguide.congress.gov/search/bio/K000384');
  });
});

describe('HoverCard: what the article says', () => {
  it('shows the article’s description first for a name the knowledge file does not know', () => {
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
    const el = mount(<HoverCard page={page} target={{ actor: page.notes.actors.length - 1 }} onClose={() => {}} />);
    const desc = [...el.querySelectorAll('.nl-desc')].map((p) => p.textContent);
    expect(desc[0]).toBe('In this article: analyst at Acme Research');
    expect(desc[1]).toContain('Not in the News Lens knowledge file');
  });

  it('shows it beside the knowledge file’s role for a known actor', () => {
    const page = samplePage();
    page.notes.actors[0].articleDescription = 'the Labour leader';
    const el = mount(<HoverCard page={page} target={{ actor: 0 }} onClose={() => {}} />);
    const text = el.textContent!;
    expect(text).toContain('Prime Minister of United Kingdom');
    expect(el.querySelector('.nl-article')?.textContent).toBe('In this article the Labour leader');
  });

  it('says nothing of the article for an actor it does not describe', () => {
    const el = mount(<HoverCard page={samplePage()} target={{ actor: 1 }} onClose={() => {}} />);
    expect(el.querySelector('.nl-article')).toBeNull();
  });
});
