import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import * as current from '../../lib/article/meta';

/**
 * Knowing the article's date: each case is page markup in the shape a real CMS writes it
 * (WordPress + Yoast, Arc XP, the Guardian, the BBC, the NYT, Tribune, wire copy), the date the
 * reader should take and where it should come from. Decoys: a comment's time, a related story,
 * a teaser, the masthead's "today", a copyright line, an update time, a date in the future, a
 * CMS's empty-date placeholder (1970).
 *
 * DATE_META_MODULE=/path/to/meta.ts runs the same cases against another meta.ts (the code
 * before this change: `git show HEAD:lib/article/meta.ts > /tmp/old-meta.ts`); with
 * DATE_ONLY=1 only the dates are compared (the old code had no dateSource).
 */
const alt = process.env.DATE_META_MODULE;
const meta: typeof current = alt ? await import(/* @vite-ignore */ alt) : current;
const dateOnly = process.env.DATE_ONLY === '1';

const NOW = new Date('2026-01-15T12:00:00Z');
const doc = (html: string) => parseHTML(html).document as unknown as Document;
const page = (head: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;

const PARAS = `<p>The council's planning committee voted seven to two on Tuesday evening to approve the harbour scheme, after a debate that ran for more than three hours.</p>
<p>Residents who spoke against the plan said the new sea wall would block the view from the promenade and push up rents on the seafront.</p>
<p>"We have listened to every objection," said the committee chair, Maria Okafor, adding that the design had been changed twice.</p>`;

const SITE_HEADER = `<header class="site-header"><a class="logo" href="/">The Example Gazette</a><nav><a href="/news">News</a> <a href="/sport">Sport</a></nav></header>`;
const SITE_FOOTER = `<footer class="site-footer"><p>© 2025 Example Gazette Media Ltd. All rights reserved.</p></footer>`;

interface Case {
  name: string;
  html: string;
  url?: string | null;
  date: string | null;
  source: string | null;
}

const cases: Case[] = [
  // ---- JSON-LD ---------------------------------------------------------------------------
  {
    name: 'Yoast @graph: the Article node, not the WebPage node, and its own local date (not shifted to UTC)',
    url: 'https://www.example-gazette.com/harbour-scheme-approved/',
    html: page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'Organization', '@id': 'https://www.example-gazette.com/#organization', name: 'Example Gazette' },
          {
            '@type': 'WebPage',
            '@id': 'https://www.example-gazette.com/harbour-scheme-approved/',
            datePublished: '2019-06-03T03:40:00+00:00',
            dateModified: '2019-06-04T09:00:00+00:00',
          },
          { '@type': 'BreadcrumbList', itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home' }] },
          {
            '@type': 'Article',
            '@id': 'https://www.example-gazette.com/harbour-scheme-approved/#article',
            isPartOf: { '@id': 'https://www.example-gazette.com/harbour-scheme-approved/' },
            headline: 'Harbour scheme approved',
            datePublished: '2019-06-02T23:40:00-04:00',
          },
        ],
      }),
      `${SITE_HEADER}<article><h1>Harbour scheme approved</h1>${PARAS}</article>`,
    ),
    date: '2019-06-02',
    source: 'json-ld',
  },
  {
    name: 'a top-level array of blocks: BreadcrumbList, then NewsArticle',
    html: page(
      ld([
        {
          '@context': 'https://schema.org',
          '@type': 'BreadcrumbList',
          itemListElement: [
            { '@type': 'ListItem', position: 1, name: 'World', item: 'https://news.example.org/world' },
          ],
        },
        {
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          headline: 'Ceasefire talks resume',
          datePublished: '2017-11-09T06:00:00Z',
          dateModified: '2017-11-10T08:12:00Z',
        },
      ]),
      `<article><h1>Ceasefire talks resume</h1>${PARAS}</article>`,
    ),
    date: '2017-11-09',
    source: 'json-ld',
  },
  {
    name: 'an article nested in a WebPage as mainEntity',
    html: page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'WebPage',
        name: 'Budget',
        mainEntity: { '@type': 'NewsArticle', headline: 'Budget passes', datePublished: '2018-02-27T19:05:00+01:00' },
      }),
      `<article><h1>Budget passes</h1>${PARAS}</article>`,
    ),
    date: '2018-02-27',
    source: 'json-ld',
  },
  {
    name: 'an article nested under mainEntityOfPage of an ItemPage (the page node itself has no date)',
    html: page(
      ld({
        '@context': 'http://schema.org',
        '@type': 'ItemPage',
        url: 'https://www.example-times.com/politics/vote',
        mainEntityOfPage: {
          '@type': 'ReportageNewsArticle',
          headline: 'Vote delayed',
          datePublished: '2016-10-11T14:20:00-05:00',
        },
      }),
      `<article><h1>Vote delayed</h1>${PARAS}</article>`,
    ),
    date: '2016-10-11',
    source: 'json-ld',
  },
  {
    name: 'JSON-LD types written as full schema.org URLs',
    html: page(
      ld({
        '@context': 'http://schema.org',
        '@type': 'http://schema.org/NewsArticle',
        headline: 'Port strike ends',
        datePublished: '2014-09-30T11:00:00+10:00',
      }),
      `<article><h1>Port strike ends</h1>${PARAS}</article>`,
    ),
    date: '2014-09-30',
    source: 'json-ld',
  },
  {
    name: 'a broken JSON-LD block (raw line break in a string) is repaired; another unreadable block is skipped',
    html: page(
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Organization","name":"Example Post",}}</script>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Flood warnings issued","description":"Rivers rose overnight
across the region.","datePublished":"2020-02-16T07:30:00Z"}</script>`,
      `<article><h1>Flood warnings issued</h1>${PARAS}</article>`,
    ),
    date: '2020-02-16',
    source: 'json-ld',
  },
  {
    name: 'HTML-escaped JSON-LD (&quot; written into the script by the CMS)',
    html: page(
      `<script type="application/ld+json">{&quot;@context&quot;:&quot;https://schema.org&quot;,&quot;@type&quot;:&quot;NewsArticle&quot;,&quot;headline&quot;:&quot;Mayor resigns&quot;,&quot;datePublished&quot;:&quot;2012-05-04T16:45:00&#x2B;01:00&quot;}</script>`,
      `<article><h1>Mayor resigns</h1>${PARAS}</article>`,
    ),
    date: '2012-05-04',
    source: 'json-ld',
  },
  {
    name: 'two NewsArticle blocks: the one whose url is the page, not the recirculation block before it',
    url: 'https://www.example-herald.com/news/2021/stadium-plan',
    html: page(
      `<link rel="canonical" href="https://www.example-herald.com/news/2021/stadium-plan">` +
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          url: 'https://www.example-herald.com/news/2020/old-stadium',
          headline: 'Old stadium sold',
          datePublished: '2020-08-01T09:00:00Z',
        }) +
        ld({
          '@context': 'https://schema.org',
          '@type': 'NewsArticle',
          mainEntityOfPage: { '@type': 'WebPage', '@id': 'https://www.example-herald.com/news/2021/stadium-plan' },
          headline: 'Stadium plan unveiled',
          datePublished: '2021-04-22T10:15:00Z',
        }),
      `<article><h1>Stadium plan unveiled</h1>${PARAS}</article>`,
    ),
    date: '2021-04-22',
    source: 'json-ld',
  },
  {
    name: "LiveBlogPosting: the blog's own date, not its latest update's",
    html: page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'LiveBlogPosting',
        headline: 'Election night live',
        datePublished: '2019-12-12T21:00:00+00:00',
        coverageStartTime: '2019-12-12T21:00:00+00:00',
        liveBlogUpdate: [
          { '@type': 'BlogPosting', headline: 'Exit poll', datePublished: '2019-12-13T02:10:00+00:00' },
          { '@type': 'BlogPosting', headline: 'First result', datePublished: '2019-12-12T23:00:00+00:00' },
        ],
      }),
      `<article><h1>Election night live</h1>${PARAS}</article>`,
    ),
    date: '2019-12-12',
    source: 'json-ld',
  },
  {
    name: "a CMS's empty-date placeholder (1970-01-01) in JSON-LD is passed over for the meta tag",
    html: page(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Rail fares rise',
        datePublished: '1970-01-01T00:00:00Z',
      }) + `<meta property="article:published_time" content="2023-01-04T06:00:00+00:00">`,
      `<article><h1>Rail fares rise</h1>${PARAS}</article>`,
    ),
    date: '2023-01-04',
    source: 'meta',
  },

  // ---- meta tags ---------------------------------------------------------------------------
  {
    name: 'article:published_time with a negative offset keeps its local date',
    html: page(
      `<meta property="og:type" content="article"><meta property="article:published_time" content="2015-03-18T23:30:00-05:00">`,
      `<article><h1>Late vote</h1>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'meta',
  },
  {
    name: 'og:article:published_time (the og: variant)',
    html: page(
      `<meta property="og:article:published_time" content="2018-09-14T12:00:00+02:00">`,
      `<article><h1>Heatwave</h1>${PARAS}</article>`,
    ),
    date: '2018-09-14',
    source: 'meta',
  },
  {
    name: 'parsely-pub-date',
    html: page(
      `<meta name="parsely-title" content="Dock workers vote"><meta name="parsely-pub-date" content="2016-05-10T21:13:00Z">`,
      `<article><h1>Dock workers vote</h1>${PARAS}</article>`,
    ),
    date: '2016-05-10',
    source: 'meta',
  },
  {
    name: 'sailthru.date with a space instead of a T',
    html: page(
      `<meta name="sailthru.date" content="2016-04-21 14:30:00">`,
      `<article><h1>Mine closes</h1>${PARAS}</article>`,
    ),
    date: '2016-04-21',
    source: 'meta',
  },
  {
    name: 'Dublin Core DC.date.issued in capitals',
    html: page(
      `<meta name="DC.date.issued" content="2011-07-22">`,
      `<div id="content"><h1>Ferry service cut</h1>${PARAS}</div>`,
    ),
    date: '2011-07-22',
    source: 'meta',
  },
  {
    name: 'a bare meta name="date" (CNN-style, date and time with a space)',
    html: page(
      `<meta name="date" content="2016-02-01 01:28:49">`,
      `<div class="cnn_strycntnt"><h1>Wages stall</h1>${PARAS}</div>`,
    ),
    date: '2016-02-01',
    source: 'meta',
  },
  {
    name: 'an RFC 2822 publish-date late in the evening stays on its own day',
    html: page(
      `<meta name="publish-date" content="Wed, 18 Mar 2015 23:30:00 -0500">`,
      `<article><h1>Storm hits coast</h1>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'meta',
  },
  {
    name: "the NYT's compact ptime",
    html: page(
      `<meta name="ptime" content="20160729164234"><meta name="utime" content="20160801013024">`,
      `<article><h1>Shareholders left out</h1>${PARAS}</article>`,
    ),
    date: '2016-07-29',
    source: 'meta',
  },
  {
    name: 'microdata: a meta itemprop="datePublished" inside the article body',
    html: page(
      '',
      `<article itemscope itemtype="http://schema.org/NewsArticle"><meta itemprop="datePublished" content="2019-01-03T07:00:02.000Z"><h1 itemprop="headline">Whales stranded</h1>${PARAS}</article>`,
    ),
    date: '2019-01-03',
    source: 'meta',
  },
  {
    name: 'microdata on a span with a content attribute',
    html: page(
      '',
      `<article><h1>School reopens</h1><p class="byline">By Lee Harper · <span itemprop="datePublished" content="2014-08-05">5 August</span></p>${PARAS}</article>`,
    ),
    date: '2014-08-05',
    source: 'meta',
  },

  // ---- <time datetime> ---------------------------------------------------------------------
  {
    name: "a trending rail placed before the article in the source: the byline's time, not the rail's",
    html: page(
      '',
      `${SITE_HEADER}<aside class="trending"><h3>Trending</h3><ul><li><a href="/a">Transfer news</a> <time datetime="2020-10-02T08:00:00Z">2h ago</time></li></ul></aside>
<article><header><h1>Tram line extended</h1><p class="byline">By Sam Ellis <time class="published" datetime="2019-07-01T09:30:00+01:00">1 July 2019</time></p></header>${PARAS}</article>`,
    ),
    date: '2019-07-01',
    source: 'time',
  },
  {
    name: 'WordPress byline with the update time first: the published time',
    html: page(
      '',
      `<article class="post"><header class="entry-header"><h1 class="entry-title">Library saved</h1><div class="entry-meta"><span class="posted-on">Updated <time class="updated" datetime="2017-03-02T10:00:00+00:00">2 March 2017</time> · Posted <time class="entry-date published" datetime="2017-02-27T18:45:00+00:00">27 February 2017</time></span></div></header><div class="entry-content">${PARAS}</div></article>`,
    ),
    date: '2017-02-27',
    source: 'time',
  },
  {
    name: 'a teaser <article> in a breaking-news strip before the story: the story’s own time',
    html: page(
      '',
      `<div class="breaking-strip"><article class="teaser-card"><a href="/b"><h3>Bridge closed</h3></a><time datetime="2022-11-30T07:00:00Z">30 Nov</time></article></div>
<main><article><h1>Hospital wing opens</h1><div class="article-meta"><time datetime="2022-06-14T12:00:00Z">14 June 2022</time></div>${PARAS}</article></main>`,
    ),
    date: '2022-06-14',
    source: 'time',
  },
  {
    name: 'a Guardian-style dateline time (datePublished) beside a dateModified time',
    html: page(
      '',
      `<article><header><h1>River levels fall</h1><p class="content__dateline"><time itemprop="dateModified" class="content__dateline-lm" datetime="2019-01-16T06:16:23-0500">Last modified</time> <time itemprop="datePublished" class="content__dateline-wpd" datetime="2019-01-03T02:00:02-0500">Thu 3 Jan 2019</time></p></header>${PARAS}</article>`,
    ),
    date: '2019-01-03',
    source: 'time',
  },

  // ---- the address -------------------------------------------------------------------------
  {
    name: 'WordPress /2015/03/18/ permalink; the only <time> is a comment’s',
    url: 'https://www.example-gazette.com/news/2015/03/18/council-approves-harbour-budget/',
    html: page(
      '',
      `<article><h1>Council approves harbour budget</h1>${PARAS}</article>
<section id="comments" class="comments-area"><ol class="comment-list"><li class="comment"><footer class="comment-meta"><time datetime="2015-04-02T10:11:00+00:00">2 April 2015 at 10:11</time></footer><p>Great news for the town.</p></li></ol></section>`,
    ),
    date: '2015-03-18',
    source: 'url',
  },
  {
    name: 'Guardian /2015/mar/18/ address',
    url: 'https://www.example-guardian.com/world/2015/mar/18/aid-convoy-reaches-city',
    html: page('', `<div class="content__main"><h1>Aid convoy reaches city</h1>${PARAS}</div>`),
    date: '2015-03-18',
    source: 'url',
  },
  {
    name: 'Tribune-style -20150318- slug; a related story’s time is skipped',
    url: 'https://www.example-tribune.com/news/local/ct-harbour-vote-met-20150318-story.html',
    html: page(
      '',
      `<article><h1>Harbour vote</h1>${PARAS}<section class="related-stories"><h2>Related</h2><ul><li><a href="/x">Earlier vote</a> <time datetime="2014-12-01">Dec. 1, 2014</time></li></ul></section></article>`,
    ),
    date: '2015-03-18',
    source: 'url',
  },
  {
    name: 'a /20150318/ path segment',
    url: 'https://www.example-stampa.it/cronaca/20150318/porto-nuovo-approvato/',
    html: page('', `<div class="article-body"><h1>Porto nuovo</h1>${PARAS}</div>`),
    date: '2015-03-18',
    source: 'url',
  },
  {
    name: "a comment's microdata datePublished is not the article's: the address is",
    url: 'https://www.example-courier.com/2016/01/04/tram-fares-frozen/',
    html: page(
      '',
      `<article><h1>Tram fares frozen</h1>${PARAS}<div class="discussion"><div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><meta itemprop="datePublished" content="2016-01-05T08:00:00Z"><p itemprop="text">About time.</p></div></div></article>`,
    ),
    date: '2016-01-04',
    source: 'url',
  },
  {
    name: 'a bare meta name="date" that is the day the page was generated loses to the address',
    url: 'https://www.example-courier.com/2016/01/04/tram-fares-frozen/',
    html: page(`<meta name="date" content="2026-01-15">`, `<article><h1>Tram fares frozen</h1>${PARAS}</article>`),
    date: '2016-01-04',
    source: 'url',
  },
  {
    name: "WordPress body and post classes (has-sidebar, tag-related) do not hide the byline's time",
    html: page(
      '',
      `<div class="site has-sidebar"><main id="main" class="site-main"><article class="post-412 post type-post status-publish tag-related category-comment hentry"><header class="entry-header"><h1 class="entry-title">Ferry timetable</h1><div class="entry-meta"><time class="entry-date" datetime="2013-09-09T08:00:00+00:00">9 September 2013</time></div></header><div class="entry-content">${PARAS}</div></article></main><aside id="secondary" class="widget-area"><time datetime="2013-10-01">1 Oct</time></aside></div>`,
    ),
    date: '2013-09-09',
    source: 'time',
  },
  {
    name: 'an AMP copy: the date is in the canonical address',
    url: 'https://amp.example-post.com/amp/s/harbour-vote',
    html: page(
      `<link rel="canonical" href="https://www.example-post.com/local/2018/10/05/harbour-vote/">`,
      `<article><h1>Harbour vote</h1>${PARAS}</article>`,
    ),
    date: '2018-10-05',
    source: 'url',
  },
  {
    name: 'an upcoming date in the body (a future <time>) is not the article’s: the address is',
    url: 'https://www.example-gazette.com/2025/11/20/referendum-called/',
    html: page(
      '',
      `<article><h1>Referendum called</h1><p>The vote will be held on <time datetime="2026-06-04">4 June 2026</time>, the minister said.</p>${PARAS}</article>`,
    ),
    date: '2025-11-20',
    source: 'url',
  },
  {
    name: "a past event's bare <time> in the body is not the article's date: the address is",
    url: 'https://www.example-gazette.com/news/2015/03/18/inquiry-report/',
    html: page(
      '',
      `<article><h1>Inquiry report</h1><p>The fire broke out on <time datetime="2011-11-02">2 November 2011</time>, the report said.</p>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'url',
  },
  {
    name: 'a related-story card nested inside the article: the byline’s time, not the card’s',
    html: page(
      '',
      `<article class="story"><h1>Water bills rise</h1>${PARAS}<article class="story-card"><h3><a href="/y">Regulator warns suppliers</a></h3><time class="story-date" datetime="2021-03-30T08:00:00Z">30 March 2021</time></article><p class="story-byline">By Nia Patel · <time class="story-date" datetime="2021-04-01T06:00:00+01:00">1 April 2021</time></p></article>`,
    ),
    date: '2021-04-01',
    source: 'time',
  },
  {
    name: 'no date in an address with an impossible day, an old archive year, or a story id',
    url: 'https://www.example-archive.org/1887/03/18/2015/02/30/world-us-canada-33646704',
    html: page('', `<article><h1>Archive</h1>${PARAS}</article>`),
    date: null,
    source: null,
  },

  // ---- a dateline or byline in the text ----------------------------------------------------
  {
    name: 'a wire dateline: "WASHINGTON, March 18, 2015 —"',
    html: page(
      '',
      `<article><h1>Senate passes bill</h1><p>WASHINGTON, March 18, 2015 — The Senate passed the transport bill by a wide margin on Wednesday, sending it to the House.</p>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: 'a dateline with a country and an agency: "NEW DELHI, India, 18 March 2015 (AP) —"',
    html: page(
      '',
      `<div class="story"><h1>Monsoon forecast</h1><p>NEW DELHI, India, 18 March 2015 (AP) — Forecasters said the monsoon would arrive early this year.</p>${PARAS}</div>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: '"Published 18 March 2015" as a plain paragraph under the headline',
    html: page('', `<article><h1>Pier reopens</h1><p>Published 18 March 2015</p>${PARAS}</article>`),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: '"Updated: Mar. 18, 2015 5:04 p.m. ET" in a timestamp element',
    html: page(
      '',
      `<div class="story-body"><h1>Markets close higher</h1><div class="timestamp">Updated: Mar. 18, 2015 5:04 p.m. ET</div>${PARAS}</div>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: 'a byline paragraph with the date: "By Ann Example · 18 March 2015"',
    html: page('', `<article><h1>Fishing quotas cut</h1><p>By Ann Example · 18 March 2015</p>${PARAS}</article>`),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: 'a date alone on its line after the byline (BBC-style "18 March 2015")',
    html: page(
      '',
      `<div class="story-body"><h1>Strike called off</h1><p class="byline-name">By Tom Reed</p><p>Wednesday 18 March 2015</p>${PARAS}</div>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: 'a byline block with "Updated" before "First published": the first-published date',
    html: page(
      '',
      `<article><h1>Bus routes axed</h1><div class="article-info">Updated 20 March 2015 · First published 18 March 2015</div>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },
  {
    name: 'the masthead’s "today" is not the article’s date; the dateline is',
    html: page(
      '',
      `<header role="banner" class="masthead"><div class="masthead-date">Thursday, January 15, 2026</div><a href="/">The Example Chronicle</a></header>
<article><h1>Ferry contract signed</h1><p>LONDON, 18 March 2015 — The ferry contract was signed after months of talks.</p>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },

  // ---- more shapes seen on real pages ------------------------------------------------------
  {
    name: 'an @graph whose article node has @type as an array (NewsArticle, ReportageNewsArticle)',
    url: 'https://news.example.net/2019/harbour-report',
    html: page(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', '@id': 'https://news.example.net/#website', name: 'Example News' },
          {
            '@type': ['NewsArticle', 'ReportageNewsArticle'],
            headline: 'Harbour report published',
            datePublished: '2019-11-05T07:30:00+01:00',
            dateModified: '2019-11-06T10:00:00+01:00',
          },
        ],
      }),
      `<article><h1>Harbour report published</h1>${PARAS}</article>`,
    ),
    date: '2019-11-05',
    source: 'json-ld',
  },
  {
    name: 'a lower-case dc.date meta with a bare date',
    html: page(`<meta name="dc.date" content="2017-08-21">`, `<article><h1>Pier reopens</h1>${PARAS}</article>`),
    date: '2017-08-21',
    source: 'meta',
  },
  {
    name: 'a publish-date meta (Tribune-style)',
    html: page(
      `<meta name="publish-date" content="2016-04-12T18:02:00Z">`,
      `<article><h1>Lock gates replaced</h1>${PARAS}</article>`,
    ),
    date: '2016-04-12',
    source: 'meta',
  },
  {
    name: 'an HTML5 <time pubdate> in an Arc byline beside a comment count',
    html: page(
      '',
      `${SITE_HEADER}<article><h1>Ferry fares frozen</h1><div class="byline"><span>By Ann Example</span> <time pubdate datetime="2018-02-27T14:10:00-05:00">Feb. 27, 2018</time> <a href="#comments">12 comments</a></div>${PARAS}</article>`,
    ),
    date: '2018-02-27',
    source: 'time',
  },
  {
    name: 'a Guardian-style /2016/jan/09/ address with no other date',
    url: 'https://www.example-guardian.com/uk-news/2016/jan/09/harbour-wall-storm-damage',
    html: page('', `<article><h1>Storm damages harbour wall</h1>${PARAS}</article>`),
    date: '2016-01-09',
    source: 'url',
  },
  {
    name: 'a wire dateline with the agency after the date: "LONDON, March 18, 2015 (Example Press) —"',
    html: page(
      '',
      `<article><h1>Ferry strike called off</h1><p>LONDON, March 18, 2015 (Example Press) — A planned ferry strike was called off late on Tuesday.</p>${PARAS}</article>`,
    ),
    date: '2015-03-18',
    source: 'text',
  },

  // ---- nothing to take ---------------------------------------------------------------------
  {
    name: 'a copyright year and a site footer’s "updated" line give no date',
    html: page(
      '',
      `${SITE_HEADER}<article><h1>Lighthouse repainted</h1>${PARAS}</article><footer class="site-footer"><p class="footer-date">Site updated 2 January 2024</p><p>© 2024 Example Media</p></footer>`,
    ),
    date: null,
    source: null,
  },
  {
    name: 'a future date in the byline and in the meta tag is refused',
    html: page(
      `<meta property="article:published_time" content="2031-05-01T09:00:00Z">`,
      `<article><h1>Embargoed</h1><p class="byline">By Staff · Published 1 May 2031</p>${PARAS}</article>${SITE_FOOTER}`,
    ),
    date: null,
    source: null,
  },
  {
    name: 'a page with no date anywhere',
    html: page('<title>Harbour plans</title>', `<article><h1>Harbour plans</h1>${PARAS}</article>`),
    date: null,
    source: null,
  },
];

describe('the article’s date and where it was found', () => {
  it('has at least 25 cases', () => expect(cases.length).toBeGreaterThanOrEqual(25));
  it.each(cases)('$name', ({ html, url, date, source }) => {
    const m = meta.readArticleMeta(doc(html), url ?? null, { now: NOW });
    if (dateOnly) expect(m.publishedAt).toBe(date);
    else expect({ date: m.publishedAt, source: m.dateSource }).toEqual({ date, source });
  });
});
