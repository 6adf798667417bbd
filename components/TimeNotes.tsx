import type { EntityCard } from '../lib/knowledge/card';
import { formatDay } from '../lib/article/dates';
import { FactList } from './parts';

/** "2025-06-01" → "June 2025". */
export const monthYear = (iso: string): string => formatDay(iso).replace(/^\d{1,2} /, '');

/** The day the knowledge file's description was written as of, after it: "as of June 2025". */
export function DescriptionAsOf({ asOf }: { asOf: string | null | undefined }) {
  if (!asOf) return null;
  return (
    <>
      {' '}
      <span class="nl-asof">(as of {monthYear(asOf)})</span>
    </>
  );
}

/**
 * A page of no date: the card says so, and lists the roles with their years rather than
 * any office as "current".
 */
export function DateUnknown({ roles }: { roles: string[] | undefined }) {
  return (
    <div class="nl-undated">
      <p class="nl-role">
        <span class="nl-label">Date unknown</span>
        {roles?.length ? ' · roles, with their years:' : ' · this card does not say what they were then'}
      </p>
      {roles?.length ? (
        <ul class="nl-roles">
          {roles.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** What the knowledge file holds from after the article's date, set apart from what was known then. */
export function AfterArticle({ later }: { later: EntityCard['later'] }) {
  if (!later || (!later.roles.length && !later.facts.length)) return null;
  return (
    <section class="nl-later" aria-label="After this article">
      <h3 class="nl-label nl-later-head">After this article</h3>
      {later.roles.length > 0 && (
        <ul class="nl-roles">
          {later.roles.map((r) => (
            <li key={r}>{r}</li>
          ))}
        </ul>
      )}
      <FactList facts={later.facts} />
    </section>
  );
}
