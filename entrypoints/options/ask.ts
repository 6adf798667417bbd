import { browser } from 'wxt/browser';

/** Sends a message and reads the reply with its schema; a missing or odd reply is an error in words. */
export async function ask<T extends { ok: boolean }>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  message: object,
): Promise<T | { ok: false; error: string }> {
  let raw: unknown;
  try {
    raw = await browser.runtime.sendMessage(message);
  } catch (err) {
    return {
      ok: false,
      error: `News Lens’s background did not answer (${err instanceof Error ? err.message : String(err)}).`,
    };
  }
  const r = schema.safeParse(raw);
  return r.success ? r.data : { ok: false, error: 'News Lens’s background sent a reply this page cannot read.' };
}
