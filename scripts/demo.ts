/**
 * npm run demo: serves the bundled sample article on 127.0.0.1, opens it in Chromium with the
 * built extension, hovers a name and a quote, saves screenshots to demo-output/ and prints the
 * page's summary. Headless unless there is a display.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  launchWithExtension,
  lensCard,
  pointOfText,
  projectRoot,
  serve,
  tabIdOf,
  waitForAnnotations,
} from './browser-harness';
import { formatNotesTable } from '../lib/format-notes';
import { TabNotesReply } from '../lib/messages';

async function main() {
  const out = join(projectRoot, 'demo-output');
  mkdirSync(out, { recursive: true });
  const server = await serve(join(projectRoot, 'tests/fixtures'));
  const headless = !process.env.DISPLAY;
  console.log(`Opening the sample article in Chromium (${headless ? 'headless' : 'on your display'})…`);
  const ext = await launchWithExtension({ headless });
  try {
    const page = await ext.context.newPage();
    const url = `${server.url}/seed-article.html`;
    await page.goto(url);
    const count = await waitForAnnotations(page);
    console.log(`${count} highlights drawn.`);
    await page.screenshot({ path: join(out, 'annotated-page.png') });

    // The cards live in a closed shadow root: reached through the DevTools protocol.
    const card = lensCard(page);
    const name = await pointOfText(page, 'Keir Starmer still believed');
    await page.mouse.move(name.x, name.y);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, 'actor-card.png') });
    await page.keyboard.press('Escape');

    const quote = await pointOfText(page, 'We will be talking about land');
    await page.mouse.move(quote.x + 40, quote.y);
    await card.waitFor({ state: 'visible', timeout: 10_000 });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(out, 'quote-card.png') });
    await page.keyboard.press('Escape');

    const tabId = await tabIdOf(ext, page.url());
    const popup = await ext.context.newPage();
    // A toolbar popup is at most 800×600; the full-length view is saved too.
    await popup.setViewportSize({ width: 420, height: 600 });
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('.ps-row').first().waitFor({ timeout: 15_000 });
    await popup.screenshot({ path: join(out, 'popup.png') });
    await popup.screenshot({ path: join(out, 'popup-full.png'), fullPage: true });

    const raw = await popup.evaluate((id) => chrome.runtime.sendMessage({ type: 'get-tab-notes', tabId: id }), tabId);
    const reply = TabNotesReply.parse(raw);
    if (reply.ok && reply.value) console.log(`\n${formatNotesTable(reply.value.notes)}`);
    console.log(
      `Screenshots saved in ${out}/: annotated-page.png, actor-card.png, quote-card.png, popup.png, popup-full.png`,
    );
  } finally {
    await ext.close();
    await server.close();
  }
}

declare const chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } };

main().catch((err) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
