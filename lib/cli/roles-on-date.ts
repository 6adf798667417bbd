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

/** The last word of a bare title, lower case ("the foreign minister" → "minister"); '' if too short to tell. */
function titleHead(title: string): string {
  const head = title.trim().toLowerCase().split(/\s+/).pop() ?? '';
  return head.length > 2 ? head : '';
}

/** The words of a text, lower case. */
const wordsOf = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u);

/**
 * The article itself gives the person this title, so the article is the evidence, whatever the knowledge
 * file knows of the person's offices: its description of the person holds the title's last word ("French
 * Foreign Minister Ann Lee … the foreign minister said"), or one of the person's name mentions carries it
 * before the name ("President Ann Lee", "Chairman Tom Berg") where that mention writes the person's full
 * name or the knowledge file knows the person in such an office at some time. (A surname alone is not
 * enough: "President Lee" merged into a relative of another office, Ann Lee, is no evidence for her.)
 */
function titledInArticle(
  title: string,
  actor: RoleOutput['actors'][number],
  index: Pick<KnowledgeIndex, 'entity'>,
): boolean {
  const head = titleHead(title);
  if (!head) return false;
  if (actor.articleDescription && wordsOf(actor.articleDescription).includes(head)) return true;
  const name = actor.name.toLowerCase();
  const heldOnce = () =>
    Boolean(actor.id && index.entity(actor.id)?.roles.some((r) => wordsOf(r.title).includes(head)));
  return actor.mentions.some((m) => {
    if (m.why?.includes('name:role')) return false;
    const text = m.text.replace(/\s+/g, ' ').toLowerCase();
    const at = text.indexOf(head);
    if (at < 0 || !wordsOf(text).includes(head)) return false;
    // (the title before the name: "President Ann Lee", not "Ann Lee Presidential Library")
    const rest = text.slice(at + head.length);
    return (name.length > 0 && rest.includes(name)) || heldOnce();
  });
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
      if (index.rolesOn(actor.id, date).length || titledInArticle(byTitle[0].text, actor, index)) continue;
      result.offDate++;
      if (result.examples.length < maxExamples)
        result.examples.push(`${name} (${date}) · ${byTitle[0].text.replace(/\s+/g, ' ')} → ${actor.id}`);
    }
  }
  return result;
}
