import type { Topic } from './schema';
import { normalizeName } from './normalize';
import { MONTH_NAMES } from '../words';

/**
 * Time and the knowledge file: which topics an article of a given date may be linked to.
 *
 * A topic or event with no dates (climate change, gun control) fits any article. A dated one fits
 * an article written between its first day and a month after its last (an election's results are
 * reported for weeks after the vote; `to: null` is still going on as of the knowledge date). An
 * article written later gets it only where the sentence itself points back to it: it names it by
 * its name or an alias ("the annexation of Crimea"), or gives a year of its span ("under Russian
 * control since 2014"). An article written before it began never gets it (a 2015 claim is never
 * tagged with a 2025 event). An undated article is no evidence of an era: it gets the topics with
 * no dates, and a dated one only where the sentence names it or gives one of its years, never one
 * its keywords alone suggest.
 */

/** How long after an event's last day articles still report on it (its outcome, its aftermath). */
export const AFTERMATH_DAYS = 31;

/** The ISO day `days` after `iso`. */
export function addDays(iso: string, days: number): string {
  const t = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(t) ? iso : new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}

/** addDays(to, AFTERMATH_DAYS) by `to`, remembered: a page asks it of the same few topics sentence after sentence. */
const aftermathEnds = new Map<string, string>();
function aftermathEnd(to: string): string {
  let end = aftermathEnds.get(to);
  if (end === undefined) {
    end = addDays(to, AFTERMATH_DAYS);
    if (aftermathEnds.size >= 4096) aftermathEnds.clear();
    aftermathEnds.set(to, end);
  }
  return end;
}

/** Each topic's name and aliases, normalised once. */
const topicKeys = new WeakMap<Pick<Topic, 'name' | 'aliases'>, string[]>();

/**
 * Whether the key (words one space apart, none at its ends) stands in `s` as whole words, as " key "
 * stands in " s ": read in `s` itself, with no padded copy of the sentence made and searched.
 */
function holdsWords(s: string, key: string): boolean {
  for (let i = s.indexOf(key); i >= 0; i = s.indexOf(key, i + 1)) {
    const end = i + key.length;
    if ((i === 0 || s.charCodeAt(i - 1) === 32) && (end === s.length || s.charCodeAt(end) === 32)) return true;
  }
  return false;
}

/** Whether the normalised sentence `s` names the topic by its name or one of its aliases, as whole words. */
export function namesTopic(topic: Pick<Topic, 'name' | 'aliases'>, s: string): boolean {
  let keys = topicKeys.get(topic);
  if (!keys) {
    keys = [topic.name, ...topic.aliases].map(normalizeName).filter((key) => key.length > 0);
    topicKeys.set(topic, keys);
  }
  return keys.some((key) => holdsWords(s, key));
}

/** The years (1900–2099) the normalised sentence gives (the last sentence's kept: its topics ask in turn). */
let lastYears: { s: string; years: number[] } | null = null;
const yearsIn = (s: string): number[] => {
  if (lastYears?.s !== s)
    lastYears = {
      s,
      // (a sentence with no four digits opening 19 or 20 is not searched with the Unicode regex)
      years: !MAYBE_YEAR.test(s) ? [] : yearsOf(s),
    };
  return lastYears.years;
};
const MAYBE_YEAR = /(?:19|20)\d\d/;
const YEAR_DIGITS = /(?:19|20)\d\d/g;
const YEAR_U = /(?<![\p{L}\p{N}])(?:19|20)\d\d(?![\p{L}\p{N}])/gu;
const isAsciiLetterOrDigit = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/**
 * The years in s, as YEAR_U finds them: read with a plain regex where the characters beside each four digits
 * are ASCII (four digits that overlap others follow a digit, so neither finds them); YEAR_U answers otherwise.
 */
export function yearsOf(s: string): number[] {
  const years: number[] = [];
  for (const m of s.matchAll(YEAR_DIGITS)) {
    const before = m.index > 0 ? s.charCodeAt(m.index - 1) : 32;
    const after = m.index + 4 < s.length ? s.charCodeAt(m.index + 4) : 32;
    if (before >= 128 || after >= 128) return [...s.matchAll(YEAR_U)].map((y) => Number(y[0]));
    if (!isAsciiLetterOrDigit(before) && !isAsciiLetterOrDigit(after)) years.push(Number(m[0]));
  }
  return years;
}

/** Whether the sentence points back to the topic: names it, or gives a year of its span. */
function pointsTo(topic: Pick<Topic, 'name' | 'aliases' | 'from' | 'to'>, s: string): boolean {
  if (namesTopic(topic, s)) return true;
  const first = topic.from ? Number(topic.from.slice(0, 4)) : -Infinity;
  const last = topic.to ? Number(topic.to.slice(0, 4)) : Infinity;
  return yearsIn(s).some((y) => y >= first && y <= last);
}

/**
 * Whether a topic may be the context of a claim in an article of `date` (null: the page gives no
 * date), in the sentence `s` (normalised with normalizeName). See the rules above.
 */
export function topicFitsDate(topic: Pick<Topic, 'name' | 'aliases' | 'from' | 'to'>, date: string | null, s: string) {
  const from = topic.from ?? null;
  const to = topic.to ?? null;
  if (from === null && to === null) return true; // timeless
  if (date === null) return pointsTo(topic, s);
  if (from !== null && date < from) return false;
  if (to === null || date <= aftermathEnd(to)) return true;
  return pointsTo(topic, s);
}

/** The twelve months' full names, lower case, January first (lib/words/month-names.json). */
const FULL_MONTHS = MONTH_NAMES.slice(0, 12).map((m) => m.toLowerCase());
/** "5 July 2024", "July 5, 2024", "July 2024", or a year alone ("in 2019"): month (1–12, 0 if none), year. */
const DATE_IN_TEXT = /\b(?:(?:\d{1,2} )?([A-Z][a-z]+)(?: \d{1,2},)? )?((?:19|20)\d\d)\b/g;

/**
 * When a fact is about: the latest date its words name ("Became Prime Minister on 5 July 2024" →
 * 2024-07-05; a month alone → its first day, a year alone → 1 January), else the day it was written
 * (`asOf`). A fact about a day after the article is what the knowledge file holds from after it.
 */
export function factTime(fact: { text: string; asOf: string }): string {
  let latest: string | null = null;
  for (const m of fact.text.matchAll(DATE_IN_TEXT)) {
    const month = m[1]
      ? FULL_MONTHS.findIndex((name) => name.startsWith(m[1].toLowerCase()) && m[1].length >= 3) + 1
      : 0;
    const day = month && /^\d{1,2}\b/.exec(m[0])?.[0];
    const dayOf = month ? (day ?? /\b(\d{1,2}),/.exec(m[0])?.[1] ?? '1') : '1';
    const iso = `${m[2]}-${String(month || 1).padStart(2, '0')}-${String(dayOf).padStart(2, '0')}`;
    if (!latest || iso > latest) latest = iso;
  }
  return latest ?? fact.asOf;
}
