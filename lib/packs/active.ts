// The pack the coach uses right now, read from storage, for the background (to build its scorer) and
// the options page. Composition itself is the pure pipeline (pipeline.ts).
import { browser } from 'wxt/browser';
import { buildEffectivePack, type BuiltPack, type StoredLayers } from './pipeline';
import { readManagedPolicy } from './managed';
import { checkedPatternsItem, managedCacheItem, personalItem, teamPackItem } from './storage';

export type ActivePack = BuiltPack;

export async function readStoredLayers(): Promise<StoredLayers> {
  const [parsed, managedCache, team, personal, checkedPatterns] = await Promise.all([
    readManagedPolicy(),
    managedCacheItem.getValue(),
    teamPackItem.getValue(),
    personalItem.getValue(),
    checkedPatternsItem.getValue(),
  ]);
  return { policy: parsed.policy, policyErrors: parsed.errors, managedCache, team, personal, checkedPatterns };
}

export async function getEffectivePack(): Promise<ActivePack> {
  return buildEffectivePack(await readStoredLayers());
}

/**
 * Calls `cb` with the effective pack whenever a layer changes (import, subscription update, personal
 * toggle, new policy). Changes that land while one is being computed are folded into the next call.
 */
export function watchEffectivePack(cb: (pack: ActivePack) => void): () => void {
  let generation = 0;
  const recompute = () => {
    const mine = ++generation;
    void getEffectivePack().then((p) => {
      if (mine === generation) cb(p);
    });
  };
  const unwatch = [teamPackItem.watch(recompute), personalItem.watch(recompute), managedCacheItem.watch(recompute), checkedPatternsItem.watch(recompute)];
  const onManaged = (_changes: unknown, area: string) => {
    if (area === 'managed') recompute();
  };
  browser.storage.onChanged.addListener(onManaged);
  return () => {
    generation++;
    unwatch.forEach((u) => u());
    browser.storage.onChanged.removeListener(onManaged);
  };
}
