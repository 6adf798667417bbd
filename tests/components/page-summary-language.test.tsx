// @vitest-environment happy-dom
/** The popup says in plain words when an article seems not to be in English (issue 15). */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { PageSummary } from '../../components/PageSummary';
import { samplePage } from '../notes-fixture';
import type { AnnotatedPage } from '../../lib/messages';

function mount(page: AnnotatedPage) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(<PageSummary page={page} onSelect={() => {}} />, el));
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('PageSummary on an article not in English', () => {
  it('says the language and that News Lens reads English only', () => {
    const page = samplePage();
    page.notes = { ...page.notes, actors: [], claims: [], language: { code: 'fr', english: false } };
    const el = mount(page);
    const line = el.querySelector('.ps-lang');
    expect(line?.getAttribute('role')).toBe('status');
    expect(line?.textContent).toBe('This article seems to be in French. News Lens reads English-language news only.');
    // nothing to count, search or list
    expect(el.querySelector('.ps-counts')).toBeNull();
    expect(el.querySelector('input[type="search"]')).toBeNull();
    expect(el.querySelectorAll('h2')).toHaveLength(0);
  });

  it('says nothing of language on an English article', () => {
    const el = mount(samplePage());
    expect(el.querySelector('.ps-lang')).toBeNull();
    expect(el.textContent).not.toContain('English-language');
  });
});
