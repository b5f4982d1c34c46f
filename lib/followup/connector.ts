// The panel's and the progress page's way to follow-ups and progress: one interface, a browser
// implementation over storage and messaging, and an in-memory one for component tests.
import { storage } from 'wxt/utils/storage';
import { sendMessage, type EditResult } from '@/lib/messaging';
import { lastSentKey, mutedKey, type LastSent } from './keys';
import { followUps } from './followups';
import type { FollowUp, FollowUpAction } from './types';

export interface FollowUpConnector {
  watchFollowUps(cb: (list: FollowUp[]) => void): () => void;
  act(id: string, action: FollowUpAction): Promise<EditResult>;
  /** Promise keys whose reminder the agent turned off in this tab's current draft. */
  watchMuted(tabId: number, cb: (keys: string[]) => void): () => void;
  setMuted(tabId: number, keys: string[]): Promise<void>;
  watchLastSent(tabId: number, cb: (sent: LastSent | null) => void): () => void;
}

/** Reads a value now and on every change; returns the unsubscribe. */
function follow<T>(key: `local:${string}` | `session:${string}`, fallback: T, cb: (v: T) => void): () => void {
  let live = true;
  void storage.getItem<T>(key).then((v) => live && cb(v ?? fallback));
  const off = storage.watch<T>(key, (v) => cb(v ?? fallback));
  return () => {
    live = false;
    off();
  };
}

export const browserFollowUps: FollowUpConnector = {
  watchFollowUps(cb) {
    let live = true;
    void followUps.getValue().then((v) => live && cb(v));
    const off = followUps.watch((v) => cb(v ?? []));
    return () => {
      live = false;
      off();
    };
  },
  act: (id, action) => sendMessage('followUp', { id, action }).catch(() => ({ ok: false })),
  watchMuted: (tabId, cb) => follow<string[]>(mutedKey(tabId), [], cb),
  setMuted: (tabId, keys) => storage.setItem(mutedKey(tabId), keys),
  watchLastSent: (tabId, cb) => follow<LastSent | null>(lastSentKey(tabId), null, cb),
};

/** In memory, for tests: follow-ups and per-tab toggles, with the actions applied locally. */
export function mockFollowUps(initial: FollowUp[] = []): FollowUpConnector & { acted: [string, FollowUpAction][] } {
  let list = initial;
  const muted = new Map<number, string[]>();
  const listeners = new Set<(l: FollowUp[]) => void>();
  const mutedListeners = new Set<[number, (k: string[]) => void]>();
  const acted: [string, FollowUpAction][] = [];
  return {
    acted,
    watchFollowUps(cb) {
      listeners.add(cb);
      cb(list);
      return () => listeners.delete(cb);
    },
    async act(id, action) {
      acted.push([id, action]);
      if (action === 'done') list = list.filter((f) => f.id !== id);
      for (const l of listeners) l(list);
      return { ok: true };
    },
    watchMuted(tabId, cb) {
      const entry: [number, (k: string[]) => void] = [tabId, cb];
      mutedListeners.add(entry);
      cb(muted.get(tabId) ?? []);
      return () => mutedListeners.delete(entry);
    },
    async setMuted(tabId, keys) {
      muted.set(tabId, keys);
      for (const [t, cb] of mutedListeners) if (t === tabId) cb(keys);
    },
    watchLastSent: (_tabId, cb) => {
      cb(null);
      return () => {};
    },
  };
}
