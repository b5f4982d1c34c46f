// The pack the coach uses right now, for the background (to build its scorer) and the options page.
import { browser } from 'wxt/browser';
import { defaultPack, rulePackSchema, type RulePack } from '@/lib/rule-pack';
import { computeEffective, type Effective, type EffectiveDeps, type LayerInputs } from './effective';
import type { PackLike } from './layers';
import { validatePack } from './load';
import { readManagedPolicy } from './managed';
import { managedCacheItem, personalItem, teamPackItem } from './storage';

export interface ActivePack extends Omit<Effective, 'pack'> {
  pack: RulePack;
}

export const runtimeDeps: EffectiveDeps = {
  validate: validatePack,
  defaultPack: () => defaultPack() as unknown as PackLike,
};

export async function readLayerInputs(): Promise<LayerInputs> {
  const [parsed, managedCache, team, personal] = await Promise.all([
    readManagedPolicy(),
    managedCacheItem.getValue(),
    teamPackItem.getValue(),
    personalItem.getValue(),
  ]);
  return { policy: parsed.policy, policyErrors: parsed.errors, managedCache, team, personal };
}

/** A composition that is not a valid pack (e.g. over 300 rules together) falls back to the method. */
export function finalize(effective: Effective): ActivePack {
  const checked = rulePackSchema.safeParse(effective.pack);
  if (checked.success) return { ...effective, pack: checked.data };
  const first = checked.error.issues[0];
  return {
    ...effective,
    pack: defaultPack(),
    errors: [...effective.errors, { layer: 'team', path: first?.path.join('.') ?? '', message: `the layers together are not a valid pack (${first?.message}); using the default pack` }],
  };
}

export async function getEffectivePack(): Promise<ActivePack> {
  return finalize(computeEffective(await readLayerInputs(), runtimeDeps));
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
  const unwatch = [teamPackItem.watch(recompute), personalItem.watch(recompute), managedCacheItem.watch(recompute)];
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
