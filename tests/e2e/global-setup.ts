import { assertExtensionBuilt, findChromium } from '../../scripts/browser-harness';

// End-to-end tests never skip silently: without Chromium or a build they stop and say why.
export default function setup() {
  const chrome = findChromium();
  assertExtensionBuilt();
  console.log(`e2e: Chromium at ${chrome}`);
}
