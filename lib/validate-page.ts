import { Actor, Claim, Span } from './notes';
import { EntityCard, TopicCard } from './knowledge/card';
import { AnnotatedPage } from './messages';

/**
 * Validates the background's reply with the same zod schemas as PageFindingsReply, but item by
 * item with pauses between batches, so the notes of a very long page never block the page.
 * Returns the page, or null when the reply is an error or anything in it is malformed.
 */
export async function parseReplySliced(
  raw: unknown,
  pause: () => Promise<void>,
  batch = 500,
): Promise<AnnotatedPage | null> {
  if (!raw || typeof raw !== 'object' || (raw as { ok?: unknown }).ok !== true) return null;
  const value = (raw as { value?: unknown }).value as Record<string, unknown> | null | undefined;
  if (!value || typeof value !== 'object') return null;
  const notes = value.notes as Record<string, unknown> | undefined;
  if (!notes || !Array.isArray(notes.actors) || !Array.isArray(notes.claims)) return null;
  const entities = value.entities;
  const topics = value.topics;
  if (!entities || typeof entities !== 'object' || !topics || typeof topics !== 'object') return null;

  // The page's frame without its long lists, then the lists in batches.
  const frame = AnnotatedPage.safeParse({
    ...value,
    notes: { ...notes, actors: [], claims: [] },
    entities: {},
    topics: {},
  });
  if (!frame.success) return null;
  let n = 0;
  const step = async () => {
    if (++n % batch === 0) await pause();
  };
  const actors = [];
  for (const a of notes.actors) {
    // An actor named thousands of times: its mentions are checked in batches too.
    const mentions = (a as { mentions?: unknown })?.mentions;
    if (!Array.isArray(mentions)) return null;
    const r = Actor.safeParse({ ...(a as object), mentions: [] });
    if (!r.success) return null;
    const checked = [];
    for (const m of mentions) {
      const sm = Span.safeParse(m);
      if (!sm.success) return null;
      checked.push(sm.data);
      await step();
    }
    actors.push({ ...r.data, mentions: checked });
    await step();
  }
  const claims = [];
  for (const c of notes.claims) {
    const r = Claim.safeParse(c);
    if (!r.success) return null;
    claims.push(r.data);
    await step();
  }
  const cards: AnnotatedPage['entities'] = {};
  for (const [k, v] of Object.entries(entities)) {
    const r = EntityCard.safeParse(v);
    if (!r.success) return null;
    cards[k] = r.data;
    await step();
  }
  const topicCards: AnnotatedPage['topics'] = {};
  for (const [k, v] of Object.entries(topics)) {
    const r = TopicCard.safeParse(v);
    if (!r.success) return null;
    topicCards[k] = r.data;
    await step();
  }
  return { ...frame.data, notes: { ...frame.data.notes, actors, claims }, entities: cards, topics: topicCards };
}
