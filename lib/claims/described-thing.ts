import { isOn } from '../engine/rules';
import { alternation, DESCRIBED_PEOPLE, DESCRIBED_SOURCE_FOLLOWERS, DESCRIBED_THINGS, DOCUMENTS } from '../words';

/**
 * speaker:description-thing — whether a description's head stands for a thing, a body or many people,
 * never for one person named before ("the campaign said", "the email read", "the protesters said"):
 * such a description is no person's (unknown), not whoever was named last.
 */
export function describedThing(head: string): boolean {
  if (!isOn('speaker:description-thing') || DESCRIBED_PEOPLE.has(head)) return false;
  return DESCRIBED_THINGS.has(head) || DOCUMENTS.has(head) || /[^s']s$/.test(head);
}

/** The words after a description's head ("the secretary of state", "an adviser to both Clintons", "the man who"). */
const AFTER_HEAD = new RegExp(`\\s+(?:${alternation([...DESCRIBED_SOURCE_FOLLOWERS])})\\s|,`, 'i');

/** A description's head, lower case: its last word before a complement ("secretary" in "the secretary of state"). */
export function descriptionHead(words: string): string {
  const cut = AFTER_HEAD.exec(words);
  const core = (cut ? words.slice(0, cut.index) : words).trim();
  return core.slice(core.lastIndexOf(' ') + 1).toLowerCase();
}
