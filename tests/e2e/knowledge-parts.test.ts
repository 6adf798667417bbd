import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchWithExtension,
  lensCard,
  pointOfText,
  projectRoot,
  serve,
  waitForAnnotations,
  type ExtensionBrowser,
  type StaticServer,
} from '../../scripts/browser-harness';

// The knowledge is bundled in parts (public/knowledge.json and knowledge-formers.json, each under
// Firefox's 5 MiB): a former member of Congress is only in the second part, so a card for one
// shows that the built extension fetched and joined both.
const shots = join(projectRoot, 'test-output/screenshots');
let ext: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  server = await serve(join(projectRoot, 'tests/fixtures'));
  ext = await launchWithExtension();
}, 120_000);

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the knowledge file’s parts in Chromium', () => {
  it('knows a former senator, who is only in the second part', async () => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/us-senate.html`);
    await waitForAnnotations(page);
    const at = await pointOfText(page, 'Nunn, a Georgia');
    await page.mouse.move(at.x, at.y);
    const card = lensCard(page);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await expect.poll(() => card.locator('.nl-title').textContent()).toContain('Nunn');
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Former U.S. Senator from Georgia');
    expect(text).not.toMatch(/not in the knowledge file/i);
    await page.screenshot({ path: join(shots, 'former-member-card.png') });
    await page.close();
  });
});
