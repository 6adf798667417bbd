import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { NEWS_SITES } from './lib/sites';

// News Lens reads the page it is shown and nothing else: no remote code, no network.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
    build: { target: 'es2022' },
  }),
  manifest: ({ browser, manifestVersion }) => ({
    name: 'News Lens',
    description: 'Who is who and who said what in the news article you are reading. Works offline.',
    permissions: ['storage', 'activeTab', 'scripting'],
    host_permissions: NEWS_SITES,
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
});

