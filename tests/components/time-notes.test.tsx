// @vitest-environment happy-dom
/** Issue 16: a card shows the actor as of the article's date; what came after is set apart. */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HoverCard } from '../../components/HoverCard';
import { AfterArticle, DateUnknown, monthYear } from '../../components/TimeNotes';
import { extractFindings } from '../../lib/engine/extract';
import { buildKnowledgeIndex } from '../../lib/knowledge/index';
import { KnowledgeFile } from '../../lib/knowledge/schema';
import { annotatePage } from '../../lib/annotate-page';
import { samplePage } from '../notes-fixture';
import { inaMarsh } from '../knowledge/time-fixture';

function mount(vnode: preact.ComponentChild) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}

const index = buildKnowledgeIndex(
  KnowledgeFile.parse({
    version: 1,
    knowledgeDate: '2025-06-01',
    entities: [
      inaMarsh,
      { id: 'eastport', type: 'place', name: 'Eastport', description: 'A made-up port town' },
      { id: 'valdor', type: 'place', name: 'Valdor', description: 'A made-up province' },
      { id: 'harbour-party', type: 'organization', name: 'Harbour Party', description: 'A made-up party' },
    ],
    topics: [],
  }),
);
const TEXT = 'Ina Marsh spoke to reporters at the quay on Monday.';
/** Ina Marsh's card on a page of this date, made by the pipeline the background runs. */
function marshCard(publishedAt: string | null) {
  const page = annotatePage(
    { text: TEXT, findings: extractFindings(TEXT), meta: { url: null, title: null, publishedAt, site: null } },
    index,
  );
  const actor = page.notes.actors.findIndex((a) => a.id === 'ina-marsh');
  expect(actor).toBeGreaterThanOrEqual(0);
  return mount(<HoverCard page={page} target={{ actor }} onClose={() => {}} />);
}

describe('the actor card and the article’s date', () => {
  it('a 2015 article: the office held then, and what came later under "After this article"', () => {
    const el = marshCard('2015-03-18');
    expect(el.querySelector('.nl-role')!.textContent).toBe('On 2015-03-18 Mayor of Eastport (since 1 May 2010)');
    const later = el.querySelector('section.nl-later')!;
    expect(later.getAttribute('aria-label')).toBe('After this article');
    expect(later.querySelector('h3')!.textContent).toBe('After this article');
    expect(later.textContent).toContain('Governor of Valdor from 10 Jan 2019');
    expect(later.textContent).toContain('Won a second term as governor.');
    // the facts known by the article's date stay above, the later ones only in their section
    const before = [...el.querySelectorAll('.nl-facts')].find((ul) => !later.contains(ul))!;
    expect(before.textContent).toContain('Opened the new harbour bridge as mayor.');
    expect(before.textContent).not.toContain('second term');
    expect(el.querySelector('.nl-desc')!.textContent).toContain('(as of June 2025)');
    expect(el.textContent).not.toContain('Date unknown');
  });

  it('an article of the knowledge date: nothing set apart', () => {
    const el = marshCard('2025-06-01');
    expect(el.querySelector('.nl-later')).toBeNull();
    expect(el.textContent).toContain('On 2025-06-01 Governor of Valdor (since 10 Jan 2019)');
  });

  it('an undated page: "Date unknown", the roles with their years, no office as current', () => {
    const el = marshCard(null);
    const text = el.textContent!;
    expect(text).toContain('Date unknown');
    expect([...el.querySelectorAll('.nl-undated li')].map((li) => li.textContent)).toEqual([
      'Governor of Valdor, 2019–',
      'Leader of the Harbour Party, 2018–',
      'Mayor of Eastport, 2010–2016',
    ]);
    expect(text).not.toMatch(/\bOn \d{4}|\(since /);
    expect(el.querySelector('.nl-later')).toBeNull();
    expect(el.querySelector('.nl-desc')!.textContent).toContain('(as of June 2025)');
  });

  it('an undated page with notes saved before this change: no role line shown as current', () => {
    const page = samplePage();
    page.notes.publishedAt = null;
    const el = mount(<HoverCard page={page} target={{ actor: 0 }} onClose={() => {}} />);
    expect(el.textContent).toContain('Date unknown');
    expect(el.textContent).not.toContain('(since 2024-07-05)');
  });
});

describe('the quote card and the article’s date', () => {
  const QUOTE = '“We will rebuild the quay by spring,” Ina Marsh said on Monday.';
  const quoteCard = (publishedAt: string | null) => {
    const page = annotatePage(
      { text: QUOTE, findings: extractFindings(QUOTE), meta: { url: null, title: null, publishedAt, site: null } },
      index,
    );
    const claim = page.notes.claims.findIndex((c) => c.speaker?.id === 'ina-marsh');
    expect(claim).toBeGreaterThanOrEqual(0);
    return mount(<HoverCard page={page} target={{ claim }} onClose={() => {}} />);
  };
  it('names the speaker by the role held on the article’s date', () => {
    expect(quoteCard('2015-03-18').querySelector('.nl-speaker .nl-desc')!.textContent).toBe(
      'Mayor of Eastport (since 1 May 2010)',
    );
  });
  it('on an undated page, by the description with its as-of date, not a current office', () => {
    const desc = quoteCard(null).querySelector('.nl-speaker .nl-desc')!.textContent;
    expect(desc).toBe('Governor of Valdor since 2019 and leader of the Harbour Party (as of June 2025)');
  });
});

describe('AfterArticle and DateUnknown', () => {
  it('render the knowledge file’s words as text, never as HTML', () => {
    const el = mount(
      <div>
        <AfterArticle
          later={{
            roles: ['<img src=x onerror=alert(1)>'],
            facts: [{ text: '<b>bold</b>', asOf: '2025-06-01', source: 'https://en.wikipedia.org/wiki/X' }],
          }}
        />
        <DateUnknown roles={['<i>Mayor</i>, 2010–2016']} />
      </div>,
    );
    expect(el.querySelector('img, b, i')).toBeNull();
    expect(el.textContent).toContain('<b>bold</b>');
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('show nothing when there is nothing later', () => {
    expect(mount(<AfterArticle later={null} />).innerHTML).toBe('');
    expect(mount(<AfterArticle later={{ roles: [], facts: [] }} />).innerHTML).toBe('');
  });

  it('write the as-of month in words', () => {
    expect(monthYear('2025-06-01')).toBe('June 2025');
  });
});
