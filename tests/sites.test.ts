/**
 * The hosts News Lens reads by default (lib/sites.ts), checked with Chrome's match-pattern
 * rules: no pattern may reach a webmail, documents, account, sign-in or search host, the store
 * build names no test host, and the news pages themselves are still read.
 */
import { describe, expect, it } from 'vitest';
import { NEVER_READ_PAGES, NEWS_SITES, STORE_MODE, TEST_HOSTS, sitesFor, testHostsIn } from '../lib/sites';

// ---------------------------------------------------------------- Chrome's match patterns

interface Pattern {
  scheme: string;
  host: string;
  port: string | null;
  path: string;
}

/**
 * Parses `<scheme>://<host><path>` as Chrome does: scheme `*` (http or https) or a named one;
 * host `*`, `*.` and a domain, or an exact host, with an optional port (none: any port); the path
 * a glob where `*` is any run of characters. Throws on anything Chrome would refuse.
 */
function parsePattern(p: string): Pattern | 'all' {
  if (p === '<all_urls>') return 'all';
  const m = /^(\*|https?|wss?|ftp|file):\/\/([^/]*)(\/.*)$/.exec(p);
  if (!m) throw new Error(`not a match pattern: ${p}`);
  const [, scheme, hostPort, path] = m;
  const hp = /^(\*|(?:\*\.)?[^*:/]+)(?::(\d+|\*))?$/.exec(hostPort);
  if (!hp) throw new Error(`bad host in ${p}`);
  return { scheme, host: hp[1].toLowerCase(), port: hp[2] ?? null, path };
}

/** Whether the pattern's host part covers `host` (what a host permission grants: Chrome ignores the path there). */
function hostMatches(pattern: Pattern | 'all', host: string): boolean {
  if (pattern === 'all') return true;
  host = host.toLowerCase();
  if (pattern.host === '*') return true;
  if (pattern.host.startsWith('*.')) {
    const base = pattern.host.slice(2);
    return host === base || host.endsWith(`.${base}`);
  }
  return host === pattern.host;
}

const globToRegExp = (glob: string) =>
  new RegExp(
    `^${glob
      .split('*')
      .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
  );

/** Whether the pattern matches the URL (what a content script's matches and exclude_matches do). */
function urlMatches(p: string, url: string): boolean {
  const pattern = parsePattern(p);
  const u = new URL(url);
  if (pattern === 'all') return /^(https?|wss?|ftp|file):$/.test(u.protocol);
  const scheme = u.protocol.slice(0, -1);
  if (pattern.scheme === '*' ? scheme !== 'http' && scheme !== 'https' : scheme !== pattern.scheme) return false;
  if (!hostMatches(pattern, u.hostname)) return false;
  if (pattern.port !== null && pattern.port !== '*' && pattern.port !== (u.port || (scheme === 'https' ? '443' : '80')))
    return false;
  return globToRegExp(pattern.path).test(u.pathname + u.search);
}

/** The content script runs on the URL: a pattern matches it and no exclude does. */
const readsPage = (url: string, sites: readonly string[] = NEWS_SITES) =>
  sites.some((p) => urlMatches(p, url)) && !NEVER_READ_PAGES.some((p) => urlMatches(p, url));

describe('the match-pattern rules of this test', () => {
  it('follow Chrome: a wildcard host covers the domain and every subdomain, no port means any port, the path is a glob', () => {
    expect(hostMatches(parsePattern('https://*.yahoo.com/*'), 'mail.yahoo.com')).toBe(true);
    expect(hostMatches(parsePattern('https://*.yahoo.com/*'), 'yahoo.com')).toBe(true);
    expect(hostMatches(parsePattern('https://*.yahoo.com/*'), 'notyahoo.com')).toBe(false);
    expect(hostMatches(parsePattern('https://news.yahoo.com/*'), 'mail.yahoo.com')).toBe(false);
    expect(hostMatches(parsePattern('<all_urls>'), 'mail.google.com')).toBe(true);
    expect(urlMatches('http://127.0.0.1/*', 'http://127.0.0.1:43121/seed-article.html')).toBe(true);
    expect(urlMatches('http://127.0.0.1/*', 'https://127.0.0.1/x')).toBe(false);
    expect(urlMatches('https://www.bbc.co.uk/news/*', 'https://www.bbc.co.uk/news/articles/c0x')).toBe(true);
    expect(urlMatches('https://www.bbc.co.uk/news/*', 'https://www.bbc.co.uk/iplayer')).toBe(false);
    expect(urlMatches('*://*/search*', 'https://www.nytimes.com/search?query=x')).toBe(true);
    expect(() => parsePattern('https://www.*.com/*')).toThrow();
    expect(() => parsePattern('www.bbc.co.uk/*')).toThrow();
  });
});

// ---------------------------------------------------------------- hosts that must never be read

/** Known webmail, documents, account, sign-in and search hosts. */
const KNOWN_PRIVATE_HOSTS = [
  'mail.yahoo.com',
  'uk.mail.yahoo.com',
  'login.yahoo.com',
  'search.yahoo.com',
  'uk.search.yahoo.com',
  'calendar.yahoo.com',
  'mail.google.com',
  'docs.google.com',
  'drive.google.com',
  'accounts.google.com',
  'www.google.com',
  'outlook.live.com',
  'login.live.com',
  'outlook.office.com',
  'outlook.office365.com',
  'login.microsoftonline.com',
  'mail.aol.com',
  'login.aol.com',
  'mail.proton.me',
  'account.proton.me',
  'www.icloud.com',
  'account.bbc.co.uk',
  'session.bbc.co.uk',
  'account.bbc.com',
  'session.bbc.com',
  'search.bbc.co.uk',
  'myaccount.nytimes.com',
  'accounts.ft.com',
  'accounts.wsj.com',
  'sso.accounts.dowjones.com',
  'id.sky.com',
  'mail.sky.com',
  'skyid.sky.com',
  'www.sky.com',
  'sky.com',
  'profile.theguardian.com',
  'manage.theguardian.com',
  'secure.washingtonpost.com',
  'login.cbc.ca',
  'gem.cbc.ca',
  'myaccount.news.com.au',
  'login.abc.net.au',
  'mail.go.com',
  'registerdisney.go.com',
];

/** Subdomains that hold mail, documents, accounts, sign-in or search, wherever they are. */
const PRIVATE_SUBDOMAINS = [
  'mail',
  'webmail',
  'email',
  'login',
  'signin',
  'signup',
  'account',
  'accounts',
  'myaccount',
  'id',
  'auth',
  'sso',
  'secure',
  'profile',
  'register',
  'search',
  'docs',
  'drive',
  'calendar',
];

/** Suffixes under which a name is registered (enough for the hosts listed; the test fails on any other). */
const SUFFIXES = ['co.uk', 'com.au', 'net.au', 'co.nz', 'com', 'org', 'net', 'eu', 'ca', 'au', 'uk', 'nz'];

function registrableDomain(host: string): string {
  const suffix = SUFFIXES.filter((s) => host.endsWith(`.${s}`)).sort((a, b) => b.length - a.length)[0];
  if (!suffix) throw new Error(`${host}: unknown suffix, add it to SUFFIXES in this test`);
  const labels = host.slice(0, -suffix.length - 1).split('.');
  return `${labels[labels.length - 1]}.${suffix}`;
}

/** The private hosts to try against the patterns: the known ones, and the private subdomains of every listed host and domain. */
function privateHostsFor(patterns: readonly string[]): string[] {
  const out = new Set(KNOWN_PRIVATE_HOSTS);
  for (const p of patterns) {
    const parsed = parsePattern(p);
    if (parsed === 'all' || parsed.host === '*') continue;
    const host = parsed.host.replace(/^\*\./, '');
    if (TEST_HOSTS.includes(p)) continue;
    for (const base of new Set([host, registrableDomain(host)]))
      for (const sub of PRIVATE_SUBDOMAINS) out.add(`${sub}.${base}`);
  }
  return [...out];
}

/**
 * The patterns that can reach a private host, as "pattern -> host". By host, not URL: a host
 * permission covers the whole host whatever its path (the content script's matches keep to the
 * path, as the test of pages below checks), so a path-scoped pattern's host must be a news host too.
 */
function reachesPrivateHost(patterns: readonly string[]): string[] {
  const hits: string[] = [];
  for (const host of privateHostsFor(patterns))
    for (const p of patterns) if (hostMatches(parsePattern(p), host)) hits.push(`${p} -> ${host}`);
  return hits;
}

describe('lib/sites.ts', () => {
  it('every pattern is a valid match pattern, on https, with an exact host (no "*", no "*.", no <all_urls>)', () => {
    for (const p of NEWS_SITES) {
      const parsed = parsePattern(p);
      expect(parsed, p).not.toBe('all');
      if (parsed === 'all') continue;
      expect(parsed.scheme, p).toBe('https');
      expect(parsed.host, p).not.toContain('*');
      expect(parsed.path.startsWith('/'), p).toBe(true);
    }
    for (const p of NEVER_READ_PAGES) expect(() => parsePattern(p), p).not.toThrow();
    expect(new Set(NEWS_SITES).size).toBe(NEWS_SITES.length);
  });

  it('no pattern can reach a webmail, documents, account, sign-in or search host', () => {
    expect(reachesPrivateHost(NEWS_SITES)).toEqual([]);
    // and the test hosts added to test builds reach none either
    expect(reachesPrivateHost(sitesFor('production'))).toEqual([]);
  });

  it('the check above catches a wildcard host (the old "https://*.yahoo.com/*", "https://*.sky.com/*")', () => {
    expect(reachesPrivateHost(['https://*.yahoo.com/*'])).toContain('https://*.yahoo.com/* -> mail.yahoo.com');
    expect(reachesPrivateHost(['https://*.sky.com/*'])).toContain('https://*.sky.com/* -> id.sky.com');
    expect(reachesPrivateHost(['https://*.nytimes.com/*'])).toContain(
      'https://*.nytimes.com/* -> myaccount.nytimes.com',
    );
    expect(reachesPrivateHost(['<all_urls>'])).toHaveLength(KNOWN_PRIVATE_HOSTS.length);
  });

  it('a site’s own search, account and sign-in pages are never read', () => {
    for (const p of NEWS_SITES) {
      const { host } = parsePattern(p) as Pattern;
      for (const path of [
        '/search?q=my+query',
        '/search/my-query',
        '/account',
        '/account/settings',
        '/myaccount',
        '/login?next=/',
        '/signin',
        '/sign-in',
        '/auth/callback',
      ])
        expect(readsPage(`https://${host}${path}`), `${host}${path}`).toBe(false);
    }
    for (const url of [
      'https://www.bbc.co.uk/iplayer',
      'https://www.bbc.co.uk/search?q=x',
      'https://www.yahoo.com/',
      'https://www.yahoo.com/mail/',
      'https://www.cbc.ca/gem',
      'https://www.abc.net.au/iview',
    ])
      expect(readsPage(url), url).toBe(false);
  });

  it('the news pages are still read', () => {
    for (const url of [
      'https://www.bbc.co.uk/news/articles/c0abc123',
      'https://www.bbc.com/news/world-us-canada-33646704',
      'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us',
      'https://www.nytimes.com/2016/07/30/business/dealbook/yahoos-sale.html',
      'https://www.heraldsun.com.au/news/opinion/angry-media/story-fni0fha6-1227261886014',
      'https://edition.cnn.com/2025/01/01/world/story/index.html',
      'https://news.sky.com/story/a-story-13000000',
      'https://news.yahoo.com/a-story-120000000.html',
      'https://www.yahoo.com/news/a-story-120000000.html',
      'https://www.abc.net.au/news/2025-01-01/a-story/100000000',
      'https://www.cbc.ca/news/politics/a-story-1.7000000',
      'https://abcnews.go.com/Politics/story?id=1',
      'https://timesofindia.indiatimes.com/india/a-story/articleshow/1.cms',
      'https://apnews.com/article/abc123',
    ])
      expect(readsPage(url), url).toBe(true);
  });
});

describe('test hosts by build', () => {
  it('the store build names no test host; every other build adds localhost and 127.0.0.1', () => {
    expect(sitesFor(STORE_MODE)).toEqual([...NEWS_SITES]);
    expect(testHostsIn(sitesFor(STORE_MODE))).toEqual([]);
    for (const mode of ['production', 'development', 'test']) {
      expect(sitesFor(mode)).toEqual(expect.arrayContaining(['http://localhost/*', 'http://127.0.0.1/*']));
      expect(readsPage('http://127.0.0.1:40123/seed-article.html', sitesFor(mode))).toBe(true);
    }
    expect(readsPage('http://127.0.0.1:40123/seed-article.html', sitesFor(STORE_MODE))).toBe(false);
    expect(readsPage('http://localhost:3000/x.html', sitesFor(STORE_MODE))).toBe(false);
    for (const p of NEWS_SITES) expect(p).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  it('testHostsIn finds a test host anywhere in a manifest', () => {
    expect(
      testHostsIn({
        host_permissions: ['https://www.ft.com/*'],
        content_scripts: [{ matches: ['https://www.ft.com/*'] }],
      }),
    ).toEqual([]);
    expect(testHostsIn({ content_scripts: [{ matches: ['https://www.ft.com/*', 'http://127.0.0.1/*'] }] })).toEqual([
      'content_scripts[0].matches[1]: http://127.0.0.1/*',
    ]);
    expect(testHostsIn({ permissions: ['storage', 'http://localhost/*'] })).toEqual([
      'permissions[1]: http://localhost/*',
    ]);
  });
});
