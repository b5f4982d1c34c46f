// A connector with no browser behind it: feeds panel components a state and records their actions.
import type { CoachTabState } from '@/lib/coach-state';
import type { EditResult, ReplaceRequest } from '@/lib/messaging';
import type { PanelConnector } from './connector';
import type { AlphabetId } from '@/lib/phonetic';

export interface MockConnector extends PanelConnector {
  calls: { insert: string[]; replace: ReplaceRequest[]; coachSite: number[]; copy: string[]; offered: [string, string][]; shown: number[]; answers: (string | null)[] };
  /** Pushes a new state for a tab, as the hub would after a keystroke. */
  push(tabId: number, state: CoachTabState | null): void;
  /** Makes the active tab switch, as the agent would. */
  activate(tabId: number): void;
}

export function mockConnector(opts: { tabId?: number | null; bound?: boolean; states?: Record<number, CoachTabState | null>; result?: EditResult } = {}): MockConnector {
  const states = new Map<number, CoachTabState | null>(Object.entries(opts.states ?? {}).map(([k, v]) => [Number(k), v]));
  const watchers = new Map<number, Set<(s: CoachTabState | null) => void>>();
  const followers = new Set<(id: number) => void>();
  const result = opts.result ?? { ok: true };
  const calls: MockConnector['calls'] = { insert: [], replace: [], coachSite: [], copy: [], offered: [], shown: [], answers: [] };
  const offered = new Map<string, string[]>();
  let alphabet: AlphabetId = 'icao';
  return {
    calls,
    async initialTab() {
      return { tabId: opts.tabId === undefined ? 1 : opts.tabId, bound: opts.bound ?? false };
    },
    followActiveTab(cb) {
      followers.add(cb);
      return () => followers.delete(cb);
    },
    async getState(tabId) {
      return states.get(tabId) ?? null;
    },
    watchState(tabId, cb) {
      const set = watchers.get(tabId) ?? new Set();
      set.add(cb);
      watchers.set(tabId, set);
      return () => set.delete(cb);
    },
    async insert(_tabId, text) {
      calls.insert.push(text);
      return result;
    },
    async replace(_tabId, req) {
      calls.replace.push(req);
      return result;
    },
    async coachSite(tabId) {
      calls.coachSite.push(tabId);
      return result;
    },
    async answerBoxKind(_tabId, kind) {
      calls.answers.push(kind);
      return result;
    },
    async copy(text) {
      calls.copy.push(text);
    },
    async offeredTips(name) {
      return offered.get(name ?? '') ?? [];
    },
    async markTipOffered(name, tipId) {
      calls.offered.push([name ?? '', tipId]);
      offered.set(name ?? '', [...(offered.get(name ?? '') ?? []), tipId]);
    },
    async phoneticPrefs() {
      return { alphabet, digits: 'plain' };
    },
    async setAlphabet(id) {
      alphabet = id;
    },
    async showReplyBox(tabId) {
      calls.shown.push(tabId);
    },
    push(tabId, state) {
      states.set(tabId, state);
      for (const cb of watchers.get(tabId) ?? []) cb(state);
    },
    activate(tabId) {
      for (const cb of followers) cb(tabId);
    },
  };
}
