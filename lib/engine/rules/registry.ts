import { ACTOR_RULES } from './actor';
import { CUE_RULES } from './cue';
import { FIGURE_RULES } from './figure';
import { NAME_RULES } from './name';
import { QUOTE_RULES } from './quote';
import { REPORTED_RULES } from './reported';
import { REPORTED_HEAD_RULES } from './reported-head';
import { SPEAKER_RULES } from './speaker';
import type { Rule } from './types';

/** Every rule, family by family in the order the engine applies them (quote, cue, reported, speaker, figure, name, actor). */
export const RULES: readonly Rule[] = [
  ...QUOTE_RULES,
  ...CUE_RULES,
  ...REPORTED_RULES,
  ...REPORTED_HEAD_RULES,
  ...SPEAKER_RULES,
  ...FIGURE_RULES,
  ...NAME_RULES,
  ...ACTOR_RULES,
];

/** The rules by id (for the registry's own modules: importers use ruleById). */
export const BY_ID = new Map(RULES.map((r) => [r.id, r]));

export const ruleById = (id: string): Rule | undefined => BY_ID.get(id);
export const ruleIds = (): string[] => RULES.map((r) => r.id);
