import { BY_ID } from './registry';

/** What explainWhy fills in: the cue's words ("said"), the subject's ("he"), the speaker's name. */
export interface WhyFill {
  cue?: string | null;
  subject?: string | null;
  speaker?: string | null;
}

/**
 * A `why` in plain words for readers, one line a rule (unknown ids are left out, so an internal
 * label never reaches a reader): `{cue}`, `{subject}` and `{speaker}` are filled in when given, and
 * left out with the words that frame them when not ("A pronoun: ‘he’ → Ann Lee", "A pronoun").
 */
export function explainWhy(why: readonly string[] | undefined, fill: WhyFill = {}): string[] {
  const out: string[] = [];
  for (const id of why ?? []) {
    const r = BY_ID.get(id);
    if (!r) continue;
    let s = r.says;
    for (const key of ['speaker', 'subject', 'cue'] as const) {
      const v = fill[key];
      if (!s.includes(`{${key}}`)) continue;
      if (v) s = s.replace(`{${key}}`, v);
      else if (key === 'speaker') s = s.replace(/\s*→\s*\{speaker\}/, '');
      else s = s.replace(new RegExp(`:?\\s*‘\\{${key}\\}’(\\s*→[^,;]*)?`), '');
    }
    if (!out.includes(s)) out.push(s);
  }
  return out;
}
