/** The messages about knowledge packs: preview, import, list, remove (the options page sends them). */
import { MAX_PACK_MESSAGE_CHARS, type Result } from '../messages';
import {
  PackClash,
  addPack,
  checkPack,
  localIsoDate,
  packSizeProblem,
  previewPack,
  utf8Bytes,
  type StoredPack,
} from '../knowledge/packs';
import { need, storageFailure, summarize, type BackgroundDeps } from './deps';
import type { MessageOf } from './senders';

/** A pack's text too large to read, said with its size and the limit; null when it may be read. */
export function oversizePack(raw: unknown): string | null {
  if (!raw || typeof raw !== 'object') return null;
  const { type, text } = raw as { type?: unknown; text?: unknown };
  if ((type !== 'import-pack' && type !== 'preview-pack') || typeof text !== 'string') return null;
  // (a text over the message limit is not counted in full: its size is at least its length)
  return text.length > MAX_PACK_MESSAGE_CHARS ? packSizeProblem(text.length) : packSizeProblem(utf8Bytes(text));
}

export async function previewPackMessage(
  msg: MessageOf<'preview-pack'>,
  deps: BackgroundDeps,
): Promise<Result<unknown>> {
  const check = checkPack(msg.text, { today: localIsoDate(deps.now?.() ?? new Date()) });
  if (!check.ok) return { ok: false, error: `The pack was refused: ${check.problems.join('; ')}` };
  const { packs: list } = await need(deps.packs, 'packs').load();
  const bundled = await need(deps.bundled, 'bundled knowledge')();
  return { ok: true, value: previewPack(list, check.pack, bundled) };
}

export async function importPackMessage(msg: MessageOf<'import-pack'>, deps: BackgroundDeps): Promise<Result<unknown>> {
  const packs = need(deps.packs, 'packs');
  const now = deps.now?.() ?? new Date();
  const check = checkPack(msg.text, { today: localIsoDate(now) });
  if (!check.ok) return { ok: false, error: `The pack was refused: ${check.problems.join('; ')}` };
  const { packs: list } = await packs.load();
  const preview = previewPack(list, check.pack, await need(deps.bundled, 'bundled knowledge')());
  const confirmed = new Set(msg.confirmed ?? []);
  const unconfirmed = [...preview.replacesBuiltIn, ...preview.replacesPacks].filter((r) => !confirmed.has(r.id));
  if (unconfirmed.length)
    return {
      ok: false,
      error: `The pack was not installed: it changes ${unconfirmed.length === 1 ? 'an entry' : `${unconfirmed.length} entries`} you have not agreed to (${unconfirmed
        .slice(0, 5)
        .map((r) => r.name)
        .join(', ')}${unconfirmed.length > 5 ? ', …' : ''}). Nothing was changed.`,
    };
  let next: StoredPack[];
  try {
    next = addPack(list, check.pack, now, { replace: msg.replace ?? null });
  } catch (err) {
    if (err instanceof PackClash)
      return { ok: false, error: `The pack was not installed. ${err.message} Nothing was changed.` };
    throw err;
  }
  try {
    await packs.save(next);
  } catch (err) {
    return { ok: false, error: storageFailure('The pack was not installed', err) };
  }
  return { ok: true, value: { packs: next.map(summarize), problem: null } };
}

export async function listPacksMessage(deps: BackgroundDeps): Promise<Result<unknown>> {
  const { packs, dropped } = await need(deps.packs, 'packs').load();
  return {
    ok: true,
    value: {
      packs: packs.map(summarize),
      problem: dropped ? `${dropped} stored pack(s) could not be read and were set aside.` : null,
    },
  };
}

export async function removePackMessage(msg: MessageOf<'remove-pack'>, deps: BackgroundDeps): Promise<Result<unknown>> {
  const packs = need(deps.packs, 'packs');
  const { packs: list } = await packs.load();
  const next = list.filter((p) => p.id !== msg.id);
  try {
    await packs.save(next);
  } catch (err) {
    return { ok: false, error: storageFailure('The pack was not removed', err) };
  }
  return { ok: true, value: { packs: next.map(summarize), problem: null } };
}
