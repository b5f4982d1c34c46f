// Every stored item of the pack manager, declared once. Packs live in storage.local: sync's per-item
// quota (8 KB) is far too small for a team pack. Only small personal settings sync across browsers.
import { storage } from 'wxt/utils/storage';

export type PackFormat = 'yaml' | 'json';

export interface PackSource {
  kind: 'file' | 'url';
  /** File name for imports; shown on the options page. */
  name?: string;
  /** Subscription address, exactly as the user typed it. */
  url?: string;
  etag?: string;
  /** When the subscription was last checked (ms since epoch), successful or not. */
  lastChecked?: number;
  /** When the pack text last changed. */
  lastUpdated?: number;
  /** Why the last check or import failed; the pack kept is the last good one. */
  lastError?: string;
}

export interface TeamPackRecord {
  /** The pack as written by the team lead: exported and edited as-is, comments kept. */
  text: string;
  format: PackFormat;
  /** The validated pack; re-validated on read, because a newer Rapport may have a newer schema. */
  pack?: unknown;
  source: PackSource;
}

export interface PersonalTip {
  id: string;
  title: string;
  text: string;
  topics: string[];
}

export interface PersonalLayer {
  /** Rule ids the agent turned off; locked rules stay on whatever this says. */
  disabledRules: string[];
  tips: PersonalTip[];
}

export interface Settings {
  /** Phonetic alphabet id from the pack (e.g. `nato`, `de-din5009`); empty = the pack's default. */
  phoneticAlphabet: string;
  /** Adapter ids the agent switched off. */
  disabledSites: string[];
  /** Origins the agent turned coaching on for ("Coach on this site"). */
  enabledOrigins: string[];
}

export const EMPTY_PERSONAL: PersonalLayer = { disabledRules: [], tips: [] };
export const DEFAULT_SETTINGS: Settings = { phoneticAlphabet: '', disabledSites: [], enabledOrigins: [] };

export function sniffFormat(text: string): PackFormat {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}

/** v1 (first drafts of the options page) kept text and source only; v2 adds the format and parsed pack. */
export const teamPackMigrations = {
  2: (old: { text: string; source: PackSource } | null): TeamPackRecord | null =>
    old && typeof old.text === 'string' ? { text: old.text, format: sniffFormat(old.text), source: old.source } : null,
};

/** v1 stored disabled rules as a map `{ruleId: true}`; a list keeps order and is simpler to diff. */
export const personalMigrations = {
  2: (old: { disabled?: Record<string, boolean>; tips?: PersonalTip[] } | null): PersonalLayer => ({
    disabledRules: Object.entries(old?.disabled ?? {})
      .filter(([, off]) => off)
      .map(([id]) => id),
    tips: Array.isArray(old?.tips) ? old.tips : [],
  }),
};

export const teamPackItem = storage.defineItem<TeamPackRecord | null>('local:packs:team', {
  fallback: null,
  version: 2,
  migrations: teamPackMigrations,
});

export const personalItem = storage.defineItem<PersonalLayer>('local:packs:personal', {
  fallback: EMPTY_PERSONAL,
  version: 2,
  migrations: personalMigrations,
});

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});
