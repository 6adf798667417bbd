import * as z from 'zod/mini';
import { HIGHLIGHT_KINDS, shownAnnotations, type Annotation, type HighlightKind } from './highlight/annotations';
import { describeZodError } from './zod-errors';

/** A host name as the browser reports it ("www.bbc.co.uk", "127.0.0.1"). */
const Host = z.string().check(z.regex(/^[a-z0-9.-]+$/i), z.maxLength(253));

export const SiteMode = z.enum(['always', 'never']);
export type SiteMode = z.infer<typeof SiteMode>;

/** 2 added `more` (every mention of places, all figures); a version-1 value is read with both off. */
export const SETTINGS_VERSION = 2;

export const Settings = z.object({
  version: z.literal(SETTINGS_VERSION),
  kinds: z.object({
    person: z.boolean(),
    organization: z.boolean(),
    place: z.boolean(),
    quote: z.boolean(),
    figure: z.boolean(),
  }),
  /**
   * Beyond the quiet default, which paints a country or place where it is first named and figures
   * only where they are claims (a number with what it counts).
   */
  more: z.object({
    everyPlaceMention: z.boolean(),
    allFigures: z.boolean(),
  }),
  hoverDelayMs: z.int().check(z.minimum(0), z.maximum(3000)),
  /** Per-site choices; a site not listed follows the default list of news sites. */
  sites: z.record(Host, SiteMode),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  version: SETTINGS_VERSION,
  kinds: { person: true, organization: true, place: true, quote: true, figure: true },
  more: { everyPlaceMention: false, allFigures: false },
  hoverDelayMs: 400,
  sites: {},
};

export interface LoadedSettings {
  settings: Settings;
  /** Set when the stored value could not be read and defaults were used: say so in the options page. */
  problem: string | null;
}

/**
 * Reads stored settings. Older versions are migrated; a corrupt value falls back to the
 * defaults and reports why, without touching anything else.
 */
export function loadSettings(raw: unknown): LoadedSettings {
  if (raw === undefined || raw === null) return { settings: structuredClone(DEFAULT_SETTINGS), problem: null };
  const migrated = migrate(raw);
  const parsed = Settings.safeParse(migrated);
  if (parsed.success) return { settings: parsed.data, problem: null };
  return {
    settings: structuredClone(DEFAULT_SETTINGS),
    problem: `Your saved settings could not be read (${describeZodError(parsed.error)}), so the defaults are in use.`,
  };
}

function migrate(raw: unknown): unknown {
  if (!raw || typeof raw !== 'object') return raw;
  const o = raw as Record<string, unknown>;
  // Version 0 (unversioned) kept only the kinds and the delay; fill in the rest.
  if (o.version === undefined) return { ...DEFAULT_SETTINGS, ...o, version: SETTINGS_VERSION };
  // Version 1 had no `more`: it gets the quiet default.
  if (o.version === 1) return { ...o, more: structuredClone(DEFAULT_SETTINGS.more), version: SETTINGS_VERSION };
  return raw;
}

export function enabledKinds(settings: Settings): Set<HighlightKind> {
  return new Set(HIGHLIGHT_KINDS.filter((k) => settings.kinds[k]));
}

/** What is painted under these settings: the enabled kinds, with the extras only where asked for. */
export function shownHighlights(annotations: Annotation[], settings: Settings): Annotation[] {
  return shownAnnotations(annotations, enabledKinds(settings), settings.more);
}

/** Whether a page on `host` is annotated when it loads, given the default site list's verdict. */
export function shouldAnnotate(settings: Settings, host: string, onDefaultList: boolean): boolean {
  const mode = settings.sites[host.toLowerCase()];
  if (mode === 'never') return false;
  if (mode === 'always') return true;
  return onDefaultList;
}
