// Reading and writing the per-tab coaching state (contract 1), in one place.
import { storage } from 'wxt/utils/storage';
import { tabIdFromKey, tabStateKey, type CoachTabState } from '@/lib/coach-state';

export function getTabState(tabId: number): Promise<CoachTabState | null> {
  return storage.getItem<CoachTabState>(tabStateKey(tabId));
}

export function setTabState(tabId: number, state: CoachTabState): Promise<void> {
  return storage.setItem(tabStateKey(tabId), state);
}

export function removeTabState(tabId: number): Promise<void> {
  return storage.removeItem(tabStateKey(tabId));
}

export function watchTabState(tabId: number, cb: (state: CoachTabState | null) => void): () => void {
  return storage.watch<CoachTabState>(tabStateKey(tabId), (value) => cb(value ?? null));
}

/** Every tab that has coaching state now (after a worker restart, the hub relearns them from here). */
export async function tabsWithState(): Promise<number[]> {
  const all = await browser.storage.session.get(null);
  return Object.keys(all)
    .map(tabIdFromKey)
    .filter((id): id is number => id !== null);
}
