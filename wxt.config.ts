import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITES, STORE_MODE, sitesFor, testHostsIn } from './lib/sites';
import { ruleExamplesOut } from './scripts/strip-rule-examples';

/** unimport's plugin option (WXT's type lists unimport's own options only): no import is ever added. */
const UNIMPORT_PLUGIN_OPTIONS = { autoImport: false };

// News Lens reads the page it is shown and nothing else: no remote code, no network.
// The store build (`npm run zip`, WXT mode "store") reads the news sites only; every other build
// (`npm run build`, the e2e tests, the demo, `wxt` in development) reads localhost and 127.0.0.1 too.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Every module imports what it uses. WXT's auto-imports (unimport) would add an import wherever a
  // word merely looks like one of its globals: the word "browser" in a regex of lib/article/furniture.ts
  // pulled webextension-polyfill (9 KB) into the reader. (`imports: false` stops only the types.)
  imports: { ...UNIMPORT_PLUGIN_OPTIONS, eslintrc: { enabled: false } },
  vite: () => ({
    // the rule rows' examples are for the tests: the bundles go without them
    plugins: [preact(), ruleExamplesOut()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    name: 'News Lens',
    description: 'Who is who and who said what in the news article you are reading. Works offline.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: sitesFor(mode),
    // Other sites are asked for one at a time, from the popup ("Always" for a site).
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*'] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'] }),
    action: { default_title: 'News Lens' },
    commands: {
      'next-highlight': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Go to the next highlight and open its card',
      },
      'previous-highlight': {
        suggested_key: { default: 'Alt+Shift+P' },
        description: 'Go to the previous highlight and open its card',
      },
      // Chrome gives at most four commands a suggested key: these are set on the browser's
      // extension shortcuts page (inside a card or on a highlight, Q and P step without them).
      'next-quote': { description: 'Go to the next quote and open its card' },
      'previous-quote': { description: 'Go to the previous quote and open its card' },
      'next-person': { description: 'Go to the next person named in the article and open their card' },
      'previous-person': { description: 'Go to the previous person named in the article and open their card' },
      'toggle-annotations': {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Show or hide News Lens highlights on this page',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'news-lens@newslens.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  hooks: {
    'build:manifestGenerated': (wxt, manifest) => {
      // The content script declares the news sites; the test hosts join them here, by mode.
      const sites = sitesFor(wxt.config.mode);
      for (const script of manifest.content_scripts ?? [])
        if (script.matches?.some((m) => NEWS_SITES.includes(m)))
          script.matches = [...new Set([...script.matches, ...sites])];
      if (wxt.config.mode === STORE_MODE) {
        const left = testHostsIn(manifest);
        if (left.length) throw new Error(`the store build must not name a test host: ${left.join('; ')}`);
      }
    },
    'zip:start': (wxt) => {
      if (wxt.config.mode !== STORE_MODE)
        throw new Error(
          `only the store build is packed: run \`npm run zip\` (wxt zip --mode ${STORE_MODE}), not mode "${wxt.config.mode}"`,
        );
    },
  },
});
