/**
 * The news sites annotated by default; anything else only on request (the popup's "Always").
 *
 * Every pattern names an exact host, and a path where the host also serves things that are not
 * news (BBC iPlayer, Yahoo's portal, ABC's iview): never a wildcard host, so no pattern can reach
 * a site's webmail, documents, accounts, sign-in or search hosts (mail.yahoo.com,
 * accounts.ft.com, myaccount.nytimes.com, id.sky.com, ...). tests/sites.test.ts checks that.
 */
export const NEWS_SITES: readonly string[] = [
  // BBC: the news and sport sections only (www also serves iPlayer, Sounds, search and accounts)
  'https://www.bbc.co.uk/news/*',
  'https://www.bbc.co.uk/sport/*',
  'https://www.bbc.com/news/*',
  'https://www.bbc.com/sport/*',
  'https://www.bbc.com/business/*',
  'https://www.bbc.com/culture/*',
  'https://www.bbc.com/future/*',
  'https://www.bbc.com/travel/*',
  'https://www.bbc.com/worklife/*',
  'https://www.bbc.com/innovation/*',
  'https://www.theguardian.com/*',
  'https://www.nytimes.com/*',
  'https://www.washingtonpost.com/*',
  'https://www.cnn.com/*',
  'https://edition.cnn.com/*',
  'https://www.reuters.com/*',
  'https://apnews.com/*',
  'https://www.npr.org/*',
  'https://www.aljazeera.com/*',
  'https://www.independent.co.uk/*',
  'https://www.telegraph.co.uk/*',
  'https://www.thetimes.co.uk/*',
  'https://www.thetimes.com/*',
  'https://www.ft.com/*',
  'https://www.economist.com/*',
  'https://www.express.co.uk/*',
  'https://www.dailymail.co.uk/*',
  'https://www.mirror.co.uk/*',
  // Sky News only: sky.com itself is an internet provider with webmail and accounts
  'https://news.sky.com/*',
  'https://www.politico.com/*',
  'https://www.politico.eu/*',
  'https://www.theatlantic.com/*',
  'https://www.wsj.com/*',
  'https://www.bloomberg.com/*',
  // ABC (Australia): the news section (www also serves iview and listen)
  'https://www.abc.net.au/news/*',
  'https://www.smh.com.au/*',
  'https://www.heraldsun.com.au/*',
  'https://www.news.com.au/*',
  'https://www.nzherald.co.nz/*',
  'https://www.rnz.co.nz/*',
  // CBC: news and sports (www also serves Gem, listen and accounts)
  'https://www.cbc.ca/news/*',
  'https://www.cbc.ca/sports/*',
  'https://www.theglobeandmail.com/*',
  // Yahoo News only: the news hosts and the portals' /news/ path, never mail, login or search
  'https://news.yahoo.com/*',
  'https://www.yahoo.com/news/*',
  'https://uk.news.yahoo.com/*',
  'https://uk.yahoo.com/news/*',
  'https://ca.news.yahoo.com/*',
  'https://ca.yahoo.com/news/*',
  'https://au.news.yahoo.com/*',
  'https://au.yahoo.com/news/*',
  'https://www.usatoday.com/*',
  'https://www.foxnews.com/*',
  'https://www.nbcnews.com/*',
  'https://www.cbsnews.com/*',
  'https://abcnews.go.com/*',
  'https://www.irishtimes.com/*',
  'https://www.scmp.com/*',
  'https://www.dw.com/*',
  'https://www.france24.com/*',
  'https://www.euronews.com/*',
  'https://www.hindustantimes.com/*',
  'https://www.thehindu.com/*',
  'https://timesofindia.indiatimes.com/*',
];

/**
 * Pages on those hosts that are never read: a site's own search, account and sign-in pages
 * (the content script's exclude_matches).
 */
export const NEVER_READ_PAGES: readonly string[] = [
  '*://*/search*',
  '*://*/account*',
  '*://*/myaccount*',
  '*://*/my-account*',
  '*://*/login*',
  '*://*/signin*',
  '*://*/sign-in*',
  '*://*/auth/*',
];

/** The pages the end-to-end tests and the demo serve (any port). Never in the store build. */
export const TEST_HOSTS: readonly string[] = ['http://localhost/*', 'http://127.0.0.1/*'];

/** The WXT mode of the store build (`npm run zip`: `wxt zip --mode store`). */
export const STORE_MODE = 'store';

/**
 * The hosts a build annotates by default: the news sites, plus the test hosts in every build
 * but the store's (`npm run build`, the e2e tests and the demo use the production mode).
 */
export function sitesFor(mode: string): string[] {
  return mode === STORE_MODE ? [...NEWS_SITES] : [...NEWS_SITES, ...TEST_HOSTS];
}

/** Every place in a manifest that names a test host (the store build must have none). */
export function testHostsIn(manifest: unknown): string[] {
  const found: string[] = [];
  const visit = (v: unknown, path: string) => {
    if (typeof v === 'string') {
      if (/\b(localhost|127\.0\.0\.1)\b/i.test(v)) found.push(`${path}: ${v}`);
    } else if (Array.isArray(v)) v.forEach((x, i) => visit(x, `${path}[${i}]`));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) visit(x, path ? `${path}.${k}` : k);
  };
  visit(manifest, '');
  return found;
}
