import type { BlockCut, TextRegion } from './text-model';

/**
 * Page furniture that markup does not name, found by its words: a block of the article's text
 * (a paragraph, a caption, a line between blocks) that is a byline, a picture credit, a promo,
 * a bar of links, an author's bio or an edition label, or a credit or label at a caption's edge.
 * The text model leaves such text out (find-article/ passes `furnitureCut` to it): none of it
 * is the story, and read as prose its capitals made actors ("By Ann Lee" → Ann Lee quoted
 * nowhere, "Photograph: Tom Hale/Reuters" → Reuters).
 *
 * Every pattern is one row of this table, tested on the whole block: a rule for a class of
 * furniture, never for one page. Blocks are at most FILTER_CAP characters (text-model/builder.ts).
 */

/** A name: capitalised words, initials and particles ("Ann Lee", "J. R. Okafor", "Ana de la Cruz"). */
const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|de la|van|von|der|bin|al|el|la|le|du|dos|di))*`;
/** Names joined by commas, "and", "&". */
const NAMES = String.raw`${NAME}(?:\s*(?:,|,?\s+and|&)\s+${NAME})*`;

/**
 * `prose`: a rule about a block's words that a headline may share ("By Land and Sea",
 * "Credit Where It Is Due"): not tried on headings, whose markup says what they are.
 */
const FURNITURE_BLOCKS: { id: string; max: number; pattern: RegExp; prose?: boolean }[] = [
  // "By Ann Lee", "By ANN LEE and TOM HALE, Associated Press", "By Ann Lee | 3 March 2024",
  // "Words by Ann Lee", "Words: Ann Lee": a name list after "By" (or "Words:", "Reporting:"), then at most a short tail after a separator
  {
    id: 'byline',
    prose: true,
    max: 200,
    // (no i flag: with it \p{Lu} would match any letter, and any sentence would be a name list)
    pattern: new RegExp(
      String.raw`^(?:(?:(?:[Ww]ords|[Ss]tory|[Tt]ext|[Rr]eporting|[Ww]ritten|[Ii]nterview)\s+)?(?:By|BY|by)\s+|(?:[Ww]ords|[Rr]eporting|[Aa]uthors?)\s*:\s*)${NAMES}(?:\s+in\s+${NAME})?\s*(?:(?:[,|·•–—-]|\s)\s*[^.!?"“”]{0,100})?$`,
      'u',
    ),
  },
  // "Credit: Tom Hale/Reuters", "Photograph: …", "Image source, Getty Images", "© Ann Lee", "Credit Tom Hale for …"
  {
    id: 'credit',
    prose: true,
    max: 200,
    pattern:
      /^(?:(?:image|photo|picture|video|media)\s+(?:source|credits?|copyright)\s*[:,]?|(?:credits?|copyright|photo(?:graph)?s?|pictures?|images?|illustrations?|composite|graphics?|footage)\s*(?::|\||by\b)|source\s*:|credit\s+(?=\p{Lu})|©)/iu,
  },
  // "A version of this article appears in print on … with the headline: …"
  {
    id: 'print-note',
    max: 600,
    pattern:
      /^(?:a version of this (?:article|story|review|column) (?:appears|appeared)|this (?:article|story) (?:appears|appeared)) in\b.{0,120}\bprint\b/iu,
  },
  // "Related: …", "READ MORE: …", "See also: …": another story's headline
  {
    id: 'promo-link',
    max: 250,
    pattern:
      /^(?:related(?: (?:story|stories|articles?|coverage|content))?|read(?: more| also| next)?|also read|more|more on this|see also|watch|listen|recommended|don['’]t miss|must read)\s*:\s*\S/iu,
  },
  // "Sign up for our free daily newsletter", "Get the best stories delivered to your inbox"
  {
    id: 'newsletter',
    max: 300,
    pattern:
      /^(?=[^"“”]*$)(?:sign(?:\s|-)?up|subscribe|get|join|register|don['’]t miss|never miss|want|enter your email)\b.*\b(?:newsletters?|inbox|e-?mails?|bulletins?|briefings?|digest|alerts)\b/iu,
  },
  { id: 'newsletter-notice', max: 400, pattern: /^(?:privacy (?:notice|policy)|newsletter(?: sign-?up)?)\s*:/iu },
  // "Ann Lee is a reporter for The Example Gazette covering the courts."
  {
    id: 'author-bio',
    prose: true,
    max: 300,
    pattern: new RegExp(
      String.raw`^(?=[^"“”]*$)(?!.*\b(?:said|says|told)\b)${NAME}\s+(?:is|was|has been|covers|writes)\s+(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+){0,4}(?:reporter|correspondent|editor|writer|columnist|journalist|contributor|producer|photographer|critic|commentator|bureau chief|fellow)s?\b.*\b(?:for|at|with|of|covering|based in)\b`,
      'u',
    ),
  },
  // "Follow Ann Lee on X", "@annlee", "Ann Lee (@annlee)"
  {
    id: 'social',
    prose: true,
    max: 200,
    pattern:
      /^follow\b.{0,80}\b(?:on|at)\s+(?:twitter|x|instagram|facebook|threads|bluesky|tiktok|linkedin|mastodon|youtube)\b[^.!?"“”]*$/iu,
  },
  {
    id: 'handles',
    prose: true,
    max: 200,
    pattern: new RegExp(String.raw`^(?:${NAME}\s*)?\(?@[\w.]{2,}\)?(?:\s*[,|·•]?\s*\(?@[\w.]{2,}\)?)*$`, 'u'),
  },
  // "Powered by …", "Presented by …", "From: Example Herald": whose the page or the box is
  {
    id: 'sponsor',
    max: 100,
    pattern:
      /\b(?:supported|funded|paid for) by$|^(?:(?:powered|presented|sponsored|brought to you|in association|in partnership) (?:by|with)\b|from\s*:)/iu,
  },
  // "CNNMoney (New York) First published 1 February 2016: 1:28 AM ET", "Updated 3 hours ago"
  {
    id: 'timestamp',
    max: 120,
    pattern:
      /^(?=[^"“”]*$)(?:.{0,60}\s)?(?:(?:first|last)\s+)?(?:published|updated|posted|modified)\b.*(?:\d{4}|\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,4})?|ago)$/iu,
  },
  // "Log in using your social network", "Sign in with your account"
  {
    id: 'login',
    max: 100,
    pattern: /^(?:log ?in|sign ?in|register)\b.{0,60}\b(?:account|network|facebook|google|apple)\b/iu,
  },
  // "… no longer supports Internet Explorer 9 … Please upgrade your browser."
  {
    id: 'browser-notice',
    max: 250,
    pattern:
      /\b(?:no longer supports? (?:internet explorer|your browser)|upgrade your browser|enable javascript|javascript is (?:disabled|required))\b/iu,
  },
  // "U.S. edition", "International Edition", "Edition: UK"
  { id: 'edition', max: 40, pattern: /^(?:(?:[\p{L}.]+\s+){1,3}edition|edition\s*:\s*[\p{L}. ]+)$/iu },
];

/** Labels of buttons and link bars ("Order Reprints | Today's Paper | Subscribe"), lower case. */
const BAR_LABELS = new Set([
  'advertisement',
  'advertising',
  'ad',
  'sponsored',
  'sponsored content',
  'supported by',
  'skip advertisement',
  'skip to content',
  'skip to main content',
  'order reprints',
  'reprints',
  "today's paper",
  'subscribe',
  'subscribe now',
  'subscribe today',
  'sign in',
  'log in',
  'login',
  'sign up',
  'register',
  'share',
  'share this',
  'share this article',
  'share this story',
  'share full article',
  'share on facebook',
  'share on twitter',
  'share on x',
  'save',
  'save article',
  'save for later',
  'gift this article',
  'gift article',
  'print',
  'email',
  'comments',
  'view comments',
  'copy link',
  'link copied',
  'continue reading',
  'continue reading the main story',
  'continue reading below',
  'keep reading',
  'read more',
  'read full article',
  'show more',
  'see more',
  'listen',
  'listen to this article',
  'follow',
  'follow us',
  'related',
  'related articles',
  'related stories',
  'more on this story',
  'most read',
  'top stories',
  'latest',
  'trending',
  'newsletter',
  'newsletters',
  "editor's picks",
  'recommended',
  'you may also like',
  'back to top',
  'close',
  'menu',
  'search',
  'replay',
  'go to home page',
  'learn more',
  'about this content',
]);
const BAR_SEPARATOR = /\s*[|·•]\s*/;

function isLabelBar(block: string): boolean {
  if (block.length > 160) return false;
  const items = block.split(BAR_SEPARATOR).filter(Boolean);
  return (
    items.length > 0 &&
    items.every((item) =>
      BAR_LABELS.has(
        item
          .toLowerCase()
          .replace(/[’‘]/g, "'")
          .replace(/[\s.:»›>!]+$/, ''),
      ),
    )
  );
}

/** "Image caption, …", "Media caption …", "Caption: …": a label before a caption, read by screen readers. */
const CAPTION_LABEL = /^(?:(?:image|media|video|photo)\s+caption|caption)\s*[,:]?\s+(?=\S)/iu;

/** The capitalised labels of a credit at a caption's end ("… at the rally. Photograph: Tom Hale/Reuters"). */
const CREDIT_LABEL = String.raw`(?:Photograph|Photo|Picture|Pic|Image|Illustration|Composite|Graphic|Credit|Video|Footage|Source)s?`;
/** A credit in brackets at the end: "(Photo: Ministry of Defence)". */
const TAIL_CREDIT_BRACKETED = new RegExp(
  String.raw`\s*[(\[]\s*${CREDIT_LABEL}\s*(?::|\s+by\b)[^()\[\]]{1,80}[)\]]\s*$`,
  'u',
);
/**
 * A credit at the end, after a label and a colon, "by" or dots: "Photograph: Tom Hale/Reuters", "Credit...Tom
 * Hale for The Star" (also right after the caption's full stop, where the two sit in spans of their own).
 */
const TAIL_CREDIT = new RegExp(
  String.raw`(?:^|\s|(?<=[.!?”"’]))${CREDIT_LABEL}(?::\s*|\s+by\s+|\s*(?:\.{3}|…)\s*)(?=[\p{Lu}\d©@])[^()\[\]:"“”]{1,80}$`,
  'u',
);

/** What the furniture table says of a block: the part of it to leave out, or null. */
export function furnitureCut(block: string, kind: TextRegion['kind'] | null): BlockCut | null {
  const headline = kind === 'headline';
  for (const rule of FURNITURE_BLOCKS)
    if (block.length <= rule.max && !(headline && rule.prose) && rule.pattern.test(block))
      return { from: 0, to: block.length };
  if (isLabelBar(block)) return { from: 0, to: block.length };
  // a label before a caption; a credit after one (or after a paragraph that is one)
  if (headline) return null;
  const label = CAPTION_LABEL.exec(block);
  if (label) return { from: 0, to: label[0].length };
  const tail = TAIL_CREDIT_BRACKETED.exec(block) ?? TAIL_CREDIT.exec(block);
  if (tail) return { from: tail.index, to: block.length };
  return null;
}

/** The id of the furniture rule that takes a whole block, for tests and explanations. */
export function furnitureRuleOf(block: string): string | null {
  for (const rule of FURNITURE_BLOCKS) if (block.length <= rule.max && rule.pattern.test(block)) return rule.id;
  if (isLabelBar(block)) return 'label-bar';
  return null;
}
