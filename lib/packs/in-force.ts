// The background publishes the few settings of the effective pack that extension pages read, so the
// side panel never loads the pack compiler to learn one phonetic setting.
import type { RulePack } from '@/lib/rule-pack/schema';
import { packInForceItem } from './storage';
import type { PackInForce } from './records';

export function packInForce(pack: RulePack): PackInForce {
  return pack.phonetic ? { phonetic: { alphabet: pack.phonetic.alphabet, ...(pack.phonetic.digits ? { digits: pack.phonetic.digits } : {}) } } : {};
}

/** Stores what pages need of `active.pack` and hands `active` on unchanged. */
export function publishInForce<T extends { pack: RulePack }>(active: T): T {
  void packInForceItem.setValue(packInForce(active.pack));
  return active;
}
