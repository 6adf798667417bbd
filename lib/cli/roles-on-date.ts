/**
 * The eval's era check (issue 16): a person the engine found behind a bare title ("the president",
 * "the governor": a mention made by the rule `name:role`) must have held an office on the
 * article's real date, unless the article itself gives the person that title. Run on the CLI's output for articles read with their dates and without:
 * an undated page must never get an office-holder from the knowledge file's own date.
 */
import type { KnowledgeIndex } from '../knowledge/index';

export interface RoleOutput {
  /** The file the CLI read (its base name, without .txt, is the article's name). */
  file: string;
  actors: {
    id: string | null;
    type: string;
    name: string;
    articleDescription?: string | null;
    mentions: { text: string; why?: string[] }[];
  }[];
}

export interface RoleLinkCheck {
  /** People linked through a bare title, one per article and person. */
  links: number;
  /** Of those, the people who held no office on the article's date. */
  offDate: number;
  /** A few of them, to read: "article · the president → id". */
  examples: string[];
}

/**
 * The article itself gives the person this title ("French Foreign Minister Ann Lee … the foreign
 * minister said"): its description of the person holds the title's last word. The article is then
 * the evidence, whatever the knowledge file knows of the person's offices.
 */
function titledInArticle(title: string, description: string | null | undefined): boolean {
  const head = title.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return Boolean(
    description &&
    head.length > 2 &&
    description
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .includes(head),
  );
}

/**
 * Counts the role links of `outputs` whose person held no office on the article's date
 * (`dateOf(article name)`; articles without a known date are skipped).
 */
export function checkRoleLinks(
  outputs: Iterable<RoleOutput>,
  dateOf: (name: string) => string | null,
  index: KnowledgeIndex,
  maxExamples = 8,
): RoleLinkCheck {
  const result: RoleLinkCheck = { links: 0, offDate: 0, examples: [] };
  for (const out of outputs) {
    const name = (out.file.split('/').pop() ?? out.file).replace(/\.txt$/i, '');
    const date = dateOf(name);
    if (!date) continue;
    for (const actor of out.actors) {
      if (!actor.id || actor.type !== 'person') continue;
      const byTitle = actor.mentions.filter((m) => m.why?.includes('name:role'));
      if (!byTitle.length) continue;
      result.links++;
      if (index.rolesOn(actor.id, date).length || titledInArticle(byTitle[0].text, actor.articleDescription)) continue;
      result.offDate++;
      if (result.examples.length < maxExamples)
        result.examples.push(`${name} (${date}) · ${byTitle[0].text.replace(/\s+/g, ' ')} → ${actor.id}`);
    }
  }
  return result;
}
