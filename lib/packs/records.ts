// The shapes the pack manager stores. No storage API here, so pure code (the loader wrapper, the
// subscription fetcher) can use them outside the extension too.

import type { PackProblem } from '../rule-pack/problems';

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
  /** The same failure with its problem code (lib/rule-pack/problems.ts), shown in the user's language. */
  lastFailure?: PackProblem;
  /** When the last check's pack was refused: its first problems, each naming its path. */
  lastProblems?: PackProblem[];
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

/**
 * What extension pages need from the pack in force without loading the pack compiler (yaml, zod, the
 * scoring engine): written by the background each time the effective pack changes.
 */
export interface PackInForce {
  phonetic?: { alphabet: string; digits?: 'plain' | 'icao' };
}

export const EMPTY_PERSONAL: PersonalLayer = { disabledRules: [], tips: [] };
export const DEFAULT_SETTINGS: Settings = { phoneticAlphabet: '', disabledSites: [], enabledOrigins: [] };

export function sniffFormat(text: string): PackFormat {
  return /^\s*[{[]/.test(text) ? 'json' : 'yaml';
}
