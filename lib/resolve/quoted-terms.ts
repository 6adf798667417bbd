import type { Entity } from '../knowledge/schema';
import type { KnowledgeIndex } from '../knowledge/index';
import { normalizeKey } from '../knowledge/normalize';
import type { Findings, NameCandidate, Range } from '../extract/findings';
import type { ActorDraft } from './actors';

/**
 * A name set in quotation marks once and written plainly elsewhere ("the ‘coalition of the willing’")
 * is an actor: every occurrence is a mention.
 */
export function addQuotedTerms(
  text: string, findings: Findings, index: KnowledgeIndex, actors: ActorDraft[],
  addMention: (a: ActorDraft, r: Range, c: NameCandidate | null, inQuote: boolean) => unknown,
  actorFor: (key: string, make: () => Omit<ActorDraft, 'key' | 'mentions' | 'titles'>) => ActorDraft,
  entityActor: (e: Entity) => ActorDraft,
) {
  const done = new Set<string>();
  for (const q of findings.quotes) {
    if (q.kind !== 'not-speech' || (q.reason !== 'term' && q.reason !== 'title')) continue;
    const phrase = text.slice(q.start, q.end);
    const words = phrase.split(/\s+/);
    const key = normalizeKey(phrase);
    if (words.length < 2 || words.length > 6 || done.has(key) || /[.!?,;:]/.test(phrase)) continue;
    done.add(key);
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'giu');
    const hits: Range[] = [];
    for (let m = re.exec(text); m; m = re.exec(text)) hits.push({ start: m.index, end: m.index + m[0].length });
    if (hits.length < 2) continue;
    const known = index.lookupFirst(phrase);
    if (known && actors.some((a) => a.entity?.id === known.id)) continue; // found already by its name
    const actor = known
      ? entityActor(known)
      : actorFor(`name:${key}`, () => ({ entity: null, name: phrase, type: 'group', unnamed: false, gender: null, speaksFor: null }));
    for (const h of hits) {
      const inQuote = findings.quotes.some((x) => x.kind !== 'not-speech' && x.start <= h.start && h.end <= x.end);
      addMention(actor, h, null, inQuote);
    }
  }
}
