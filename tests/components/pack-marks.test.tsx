// @vitest-environment happy-dom
/** Cards say which lines came from a pack, and where each link goes. */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { HoverCard } from '../../components/HoverCard';
import { LinkList } from '../../components/parts';
import { linkDomain } from '../../lib/knowledge/card';
import { samplePage } from '../notes-fixture';
import type { AnnotatedPage } from '../../lib/messages';

function mount(vnode: preact.ComponentChild) {
  const el = document.createElement('div');
  document.body.append(el);
  act(() => render(vnode, el));
  return el;
}

/** The sample page with Keir Starmer's entry replaced by a pack, as in the audit. */
function packPage(): AnnotatedPage {
  const page = samplePage();
  page.entities['keir-starmer'] = {
    ...page.entities['keir-starmer'],
    description: 'An invented description',
    links: [
      { label: 'Wikipedia', url: 'https://en.wikipedia.org/wiki/Keir_Starmer' },
      { label: 'Official site', url: 'https://login.wikipedia.org.phish.example/starmer' },
    ],
    pack: { pack: 'My Pack', replaces: true },
    namesFrom: ['My Pack'],
  };
  page.topics.ceasefire = { ...page.topics.ceasefire, pack: { pack: 'Topics Pack', replaces: false } };
  return page;
}

describe('pack marks', () => {
  it('an actor card from a pack says so, and that it replaces the built-in entry', () => {
    const el = mount(<HoverCard page={packPage()} target={{ actor: 0 }} onClose={() => {}} />);
    const marks = [...el.querySelectorAll('.nl-pack')].map((m) => m.textContent);
    expect(marks).toEqual([
      '◆ From pack ‘My Pack’, in place of the built-in entry',
      '◆ Names in these lines from pack ‘My Pack’',
    ]);
  });

  it('a bundled card has no mark', () => {
    const el = mount(<HoverCard page={samplePage()} target={{ actor: 0 }} onClose={() => {}} />);
    expect(el.querySelector('.nl-pack')).toBeNull();
  });

  it('a quote card marks the speaker’s line and the topic lines that came from packs', () => {
    const page = packPage();
    page.entities['vladimir-putin'] = {
      ...page.entities['keir-starmer'],
      id: 'vladimir-putin',
      name: 'Vladimir Putin',
      role: 'President of Russia',
      pack: { pack: 'Other Pack', replaces: false },
    };
    const el = mount(<HoverCard page={page} target={{ claim: 1 }} onClose={() => {}} />);
    const text = el.textContent!;
    expect(text).toContain('President of Russia · from pack ‘Other Pack’');
    expect(text).toContain('A proposed truce. · from pack ‘Topics Pack’');
  });
});

describe('links show their domain', () => {
  it('next to the label, read from the link itself', () => {
    const el = mount(<HoverCard page={packPage()} target={{ actor: 0 }} onClose={() => {}} />);
    const links = [...el.querySelectorAll('.nl-links a')].map((a) => a.textContent);
    expect(links).toEqual(['Wikipedia (en.wikipedia.org) ↗', 'Official site (login.wikipedia.org.phish.example) ↗']);
  });

  it('and a link that is not http(s) is not shown at all', () => {
    const el = mount(
      <LinkList
        links={[
          { label: 'Wikipedia', url: 'javascript:alert(1)' },
          { label: 'Data', url: 'data:text/html,<b>x</b>' },
          { label: 'Broken', url: 'not a url' },
        ]}
      />,
    );
    expect(el.querySelector('a')).toBeNull();
    expect(linkDomain('https://www.wikidata.org/wiki/Q1')).toBe('www.wikidata.org');
  });
});
