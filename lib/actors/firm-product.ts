/**
 * "Northby Live", "Acme Music": a name a person's by its words, but a known firm's own name first and one
 * word after it (no given name first): the firm's product or unit, an organisation (rule
 * actor:firm-product; read by the name pass, assign.ts).
 */
import { isOn } from '../engine/rules';
import type { KnowledgeIndex } from '../knowledge/index';
import { isCapitals } from '../text/ascii';
import { isGivenName } from '../words';

/** Whether the name `core` (a person's by its words, no title) is a known firm's product or unit. */
export function firmProduct(index: KnowledgeIndex, core: string): boolean {
  if (!isOn('actor:firm-product')) return false;
  const space = core.indexOf(' ');
  if (space < 0 || core.indexOf(' ', space + 1) >= 0) return false;
  const first = core.slice(0, space);
  const second = core.slice(space + 1);
  // (no given name first; no letters or place second: "OSCE Westland" is the body in a place)
  if (isGivenName(first.toLowerCase()) || isCapitals(second)) return false;
  const place = index.lookupFirst(second);
  if (place?.type === 'place' || place?.type === 'country') return false;
  const firm = index.lookupFirst(first, { type: 'organization' });
  // (its own name as written: not "Alec" for ALEC, "Ice" for ICE)
  return firm?.type === 'organization' && (firm.name === first || firm.aliases.includes(first));
}
