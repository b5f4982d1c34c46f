// Runs a subscription check and stores the outcome. Shared by the background (schedule) and the options
// page ("Update now"), so the user sees the same result either way.
import { readManagedPolicy } from './managed';
import { readStoredLayers } from './active';
import { validateManagedText, validateTeamText } from './pipeline';
import type { PackFormat } from './records';
import { managedCacheItem, teamPackItem } from './storage';
import { refreshFromUrl, type RefreshResult } from './subscription';

/** Checks the team subscription, if there is one. */
export async function refreshTeamSubscription(fetchImpl?: typeof fetch): Promise<RefreshResult | null> {
  const prev = await teamPackItem.getValue();
  const url = prev?.source.kind === 'url' ? prev.source.url : undefined;
  if (!url) return null;
  const layers = await readStoredLayers();
  const validate = (t: string, f: PackFormat) => validateTeamText(layers, t, f);
  const result = await refreshFromUrl(prev, url, { validate, fetch: fetchImpl });
  // The user may have imported a file or unsubscribed while we were waiting on the network.
  const now = await teamPackItem.getValue();
  if (now?.source.kind !== 'url' || now.source.url !== url) return result;
  if (result.record) await teamPackItem.setValue(result.record);
  return result;
}

/** Downloads the organisation pack named by policy `pack_url`. */
export async function refreshManagedPack(fetchImpl?: typeof fetch): Promise<RefreshResult | null> {
  const { policy } = await readManagedPolicy();
  if (!policy.packUrl || policy.pack) return null;
  const prev = await managedCacheItem.getValue();
  const layers = await readStoredLayers();
  const result = await refreshFromUrl(prev, policy.packUrl, { validate: (t, f) => validateManagedText(layers, t, f), fetch: fetchImpl });
  if (result.record) await managedCacheItem.setValue(result.record);
  return result;
}

export async function refreshAll(): Promise<void> {
  await Promise.allSettled([refreshManagedPack(), refreshTeamSubscription()]);
}
