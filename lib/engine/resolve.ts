import type { Findings } from './findings';
import type { KnowledgeIndex } from '../knowledge/index';
import type { Actor, ArticleMeta, PageNotes, SetAside } from '../notes';
import { buildActors, mentionName, mentionWhy, type ActorDraft } from '../actors/actors';
import { confidenceOf } from './rules';
import { buildClaims } from '../claims/claims';
import { addArticleDescriptions } from '../actors/descriptions';
import { shownRole } from '../knowledge/card';

/** The most notable role the actor held on the article's date ("Prime Minister of United Kingdom"), if any. */
function roleLine(a: ActorDraft, index: KnowledgeIndex, date: string): string | null {
  if (!a.entity) return null;
  const held = index.rolesOn(a.entity.id, date);
  const role = shownRole({ roles: held }, date);
  if (!role) return null;
  return `${role.title} of ${index.entity(role.of)?.name ?? role.of}`;
}

/** Findings + knowledge → the page's notes: who is named, who said what. Never throws. */
export function resolveFindings(
  input: { text: string; findings: Findings; meta: ArticleMeta },
  index: KnowledgeIndex,
): PageNotes {
  const { text, findings, meta } = input;
  const notes: PageNotes = {
    url: meta.url,
    title: meta.title,
    publishedAt: meta.publishedAt,
    dateSource: meta.dateSource ?? null,
    actors: [],
    claims: [],
    country: null,
    knowledgeDate: index.knowledgeDate,
  };
  try {
    const date = meta.publishedAt ?? index.knowledgeDate;
    const site = meta.site ?? (meta.url && /^https?:/.test(meta.url) ? meta.url : null);
    const set = buildActors(text, findings, index, date, site, meta.publishedAt !== null);
    notes.country = set.country;
    notes.actors = set.actors
      .map((a): Actor => ({
        id: a.entity?.id ?? null,
        name: a.name,
        type: a.type,
        known: a.entity !== null,
        description: a.entity?.description ?? null,
        mentions: a.mentions
          .sort((x, y) => x.start - y.start)
          .map((m) => {
            const why = mentionWhy(m);
            const name = mentionName(m);
            const said = text.slice(m.start, m.end);
            const confidence = confidenceOf(why);
            // (two literals, not a spread: the same keys in the same order, without a copy per mention)
            return name
              ? { text: said, start: m.start, end: m.end, nameStart: name.start, nameEnd: name.end, why, confidence }
              : { text: said, start: m.start, end: m.end, why, confidence };
          }),
        unnamed: a.unnamed,
        speaksFor: a.speaksFor,
        // the role held on the article's date; an undated page has none (no era is guessed)
        role: meta.publishedAt ? roleLine(a, index, meta.publishedAt) : null,
      }))
      .sort((x, y) => x.mentions[0].start - y.mentions[0].start);
    addArticleDescriptions(text, notes.actors);
    // quotations and names set aside, each with its rule
    const setAside: SetAside[] = set.setAside.map((x) => ({ text: text.slice(x.start, x.end), ...x }));
    notes.claims = buildClaims(text, findings, set, index, meta.publishedAt, setAside);
    if (setAside.length) notes.setAside = setAside.sort((a, b) => a.start - b.start);
  } catch {
    // a page we cannot read well still gets (empty) notes
  }
  return notes;
}
