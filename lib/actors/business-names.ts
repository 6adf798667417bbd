/**
 * A shop's or an eating place's name that opens with its owner's possessive ("Joe's Market", "Sam's
 * Club", "Dick's Sporting Goods"): one organisation (rule name:business-possessive; the name run keeps
 * it whole in lib/names/runs.ts).
 */
import { BUSINESS_HEADS } from '../words';

/** An owner's word and its possessive, then the next one or two words. */
const OWNER_THEN_WORDS = /^\p{Lu}[\p{L}\p{M}.-]*[’'ʼ]s (\p{Lu}\p{Ll}+)(?: (\p{Lu}\p{Ll}+))?/u;

/** Whether the name `core` is a shop's: an owner's possessive, then a shop's head word first or second. */
export function businessName(core: string): boolean {
  const m = OWNER_THEN_WORDS.exec(core);
  return (
    !!m && (BUSINESS_HEADS.has(m[1].toLowerCase()) || (m[2] !== undefined && BUSINESS_HEADS.has(m[2].toLowerCase())))
  );
}
