import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot, serve, type StaticServer } from '../../scripts/browser-harness';
import { launchFirefoxWithExtension, type FirefoxSession } from '../../scripts/firefox-harness';

const out = join(projectRoot, '.output/firefox-mv2');
const shots = join(projectRoot, 'test-output/screenshots');

describe('the Firefox build', () => {
  beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: projectRoot, stdio: 'pipe' });
  });

  it('builds, and web-ext lint reports no errors', () => {
    expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.browser_specific_settings.gecko.id).toBeTruthy();
    expect(manifest.permissions).not.toContain('<all_urls>');
    let report: string;
    try {
      report = execFileSync('npx', ['web-ext', 'lint', '--source-dir', out, '--self-hosted', '--output', 'json'], {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
      }).toString();
    } catch (err) {
      // web-ext exits non-zero on errors; its JSON report is still on stdout.
      report = (err as { stdout?: Buffer }).stdout?.toString() ?? '';
    }
    const result = JSON.parse(report.slice(report.indexOf('{')));
    const errors = result.errors.map((e: { code: string; message: string }) => `${e.code}: ${e.message}`);
    expect(errors).toEqual([]);
  });
});

describe('the Firefox build in Firefox', () => {
  let ff: FirefoxSession;
  let server: StaticServer;
  beforeAll(async () => {
    server = await serve(join(projectRoot, 'tests/fixtures'));
    // installed from the build directory as a temporary add-on (unsigned, as built)
    ff = await launchFirefoxWithExtension(out);
    mkdirSync(shots, { recursive: true });
  }, 120_000);
  afterAll(async () => {
    await ff?.close();
    await server?.close();
  });

  const annotations = () =>
    ff.evaluate(`document.querySelector('[data-news-lens]')?.getAttribute('data-annotations') ?? null`);
  // The cards are in a closed shadow root: reached over BiDi (firefox-harness.ts).
  const cardText = () => ff.lensEvaluate<string>(`(root) => root?.querySelector('.nl-layer')?.textContent ?? ''`);

  it('highlights the seed article and opens a card when the pointer rests on a name', async () => {
    await ff.navigate(`${server.url}/seed-article.html`);
    await expect.poll(annotations, { timeout: 30_000, interval: 250 }).not.toBeNull();
    expect(Number(await annotations())).toBeGreaterThan(50);
    // Highlight names are made per page load; the shadow root says which is which.
    const personName = await ff.lensEvaluate<string>(
      `(root) => /\\bperson:(\\S+)/.exec(root?.querySelector('[data-highlights]')?.getAttribute('data-highlights') ?? '')?.[1] ?? ''`,
    );
    expect(personName).toMatch(/^h[a-z0-9]+$/);
    const people = (await ff.evaluate(
      `[...(CSS.highlights.get(${JSON.stringify(personName)}) ?? [])].map((r) => r.toString()).join('|')`,
    )) as string;
    // The page itself sees a div whose shadow root it cannot open.
    expect(
      await ff.evaluate(
        `document.querySelector('[data-news-lens]').tagName + ' ' + document.querySelector('[data-news-lens]').shadowRoot`,
      ),
    ).toBe('DIV null');
    expect(people).toContain('Donald Trump');
    expect(people).toContain('Vladimir Putin');

    // the pointer on "Starmer" in "Sir Keir Starmer still believed" (the person, not his spokesperson)
    const point = (await ff.evaluate(`(() => {
      const w = document.createTreeWalker(document.querySelector('article') ?? document.body, NodeFilter.SHOW_TEXT);
      for (let n = w.nextNode(); n; n = w.nextNode()) {
        const at = n.data.indexOf('Sir Keir Starmer still');
        if (at < 0) continue;
        const i = at + 9;
        n.parentElement.scrollIntoView({ block: 'center' });
        const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 7);
        const b = r.getClientRects()[0];
        return JSON.stringify({ x: Math.round(b.left + 10), y: Math.round(b.top + b.height / 2) });
      }
      return null;
    })()`)) as string | null;
    expect(point).not.toBeNull();
    const xy = JSON.parse(point!) as { x: number; y: number };
    await ff.send('input.performActions', {
      context: ff.context,
      actions: [{ type: 'pointer', id: 'mouse', actions: [{ type: 'pointerMove', x: xy.x, y: xy.y, duration: 0 }] }],
    });
    await expect.poll(cardText, { timeout: 15_000, interval: 250 }).toContain('Keir Starmer');
    const card = (await cardText()) as string;
    expect(card).toContain('Prime Minister of the United Kingdom');
    expect(card).not.toContain('spokesperson');
    await ff.screenshot(join(shots, 'firefox-actor-card.png'));
  });

  /** Where a text in the article is on screen (its first characters), for the pointer. */
  const pointInArticle = async (needle: string, length: number) =>
    JSON.parse(
      (await ff.evaluate(`(() => {
        const w = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
        for (let n = w.nextNode(); n; n = w.nextNode()) {
          const i = n.data.indexOf(${JSON.stringify(needle)});
          if (i < 0) continue;
          const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + ${length});
          const b = r.getClientRects()[0];
          return JSON.stringify({ x: Math.round(b.left + 10), y: Math.round(b.top + b.height / 2) });
        }
        return 'null';
      })()`)) as string,
    ) as { x: number; y: number };

  it('knows a former senator, who is only in the knowledge file’s second part', async () => {
    await ff.navigate(`${server.url}/us-senate.html`);
    await expect.poll(annotations, { timeout: 30_000, interval: 250 }).not.toBeNull();
    const at = await pointInArticle('Nunn, a Georgia', 4);
    await pointer(at.x, at.y);
    await expect.poll(cardText, { timeout: 15_000, interval: 250 }).toContain('Nunn');
    expect(await cardText()).toContain('Former U.S. Senator from Georgia');
    await ff.screenshot(join(shots, 'firefox-former-member-card.png'));
  });

  const key = (value: string) =>
    ff.send('input.performActions', {
      context: ff.context,
      actions: [
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value },
            { type: 'keyUp', value },
          ],
        },
      ],
    });
  const pointer = (x: number, y: number, click = false) =>
    ff.send('input.performActions', {
      context: ff.context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), duration: 0 },
            ...(click
              ? [
                  { type: 'pointerDown', button: 0 },
                  { type: 'pointerUp', button: 0 },
                ]
              : []),
          ],
        },
      ],
    });
  /** What has focus in our shadow root: the card, the ring on a highlight, or nothing. */
  const focusIn = () =>
    ff.lensEvaluate<string>(
      `(root) => { const a = root?.activeElement; return !a ? '' : a.closest('.nl-card') ? 'card' : a.className; }`,
    );

  it('steps by quote with Q from a card, and Esc gives focus back to the highlight', async () => {
    await ff.navigate(`${server.url}/local-news.html`);
    await expect.poll(annotations, { timeout: 30_000, interval: 250 }).not.toBeNull();
    const at = await pointInArticle('Tomas Reyes', 5);
    await pointer(at.x, at.y);
    await expect.poll(cardText, { timeout: 15_000, interval: 250 }).toContain('Tomas Reyes');
    // a click in the card puts focus there (the card takes focus; the pointer stays in it)
    const box = JSON.parse(
      await ff.lensEvaluate<string>(
        `(root) => { const b = root.querySelector('.nl-card').getBoundingClientRect(); return JSON.stringify({ x: b.left + 20, y: b.bottom - 14 }); }`,
      ),
    ) as { x: number; y: number };
    await pointer(box.x, box.y, true);
    await expect.poll(focusIn, { timeout: 5_000, interval: 100 }).toBe('card');
    await key('q');
    await expect.poll(cardText, { timeout: 10_000, interval: 250 }).toContain('lose 40% of our passing trade');
    await expect.poll(focusIn, { timeout: 5_000, interval: 100 }).toBe('card');
    await key('\uE00C'); // Escape
    await expect.poll(cardText, { timeout: 5_000, interval: 100 }).toBe('');
    await expect.poll(focusIn, { timeout: 5_000, interval: 100 }).toBe('nl-focus-ring');
    await ff.screenshot(join(shots, 'firefox-keyboard-ring.png'));
  });
});
