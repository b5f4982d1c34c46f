// Every stored item of the pack manager, declared once. Packs live in storage.local: sync's per-item
// quota (8 KB) is far too small for a team pack. Only small personal settings sync across browsers.
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  EMPTY_PERSONAL,
  sniffFormat,
  type PackInForce,
  type PackSource,
  type PersonalLayer,
  type PersonalTip,
  type Settings,
  type TeamPackRecord,
} from './records';

export * from './records';

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

/** The last good copy of the pack at the policy's `pack_url`; agents never edit it. */
export const managedCacheItem = storage.defineItem<TeamPackRecord | null>('local:packs:managed-cache', {
  fallback: null,
  version: 1,
});

export const settingsItem = storage.defineItem<Settings>('sync:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Written by the background from the effective pack (lib/packs/in-force.ts); read by the side panel. */
export const packInForceItem = storage.defineItem<PackInForce>('local:packs:in-force', {
  fallback: {},
  version: 1,
});

/**
 * Raw `pattern:` sources recheck judged safe on the options page (newest last, at most
 * MAX_CHECKED_PATTERNS). The background, which cannot load recheck, accepts these (lib/rule-pack/redos.ts).
 */
export const checkedPatternsItem = storage.defineItem<string[]>('local:packs:checked-patterns', {
  fallback: [],
  version: 1,
});
export const MAX_CHECKED_PATTERNS = 500;
