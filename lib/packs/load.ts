// Validates pack text for the pack manager. The loader (lib/rule-pack) owns the schema; this adds the
// one field that only matters for layering, `extends`, which it reads and hands on to layers.ts.
import { loadPack, type RulePack } from '@/lib/rule-pack';
import type { PackFormat } from './records';
import { MAX_PACK_BYTES } from './subscription';
import type { PackValidator, Validation } from './validate';

export type LayeredPack = RulePack & { extends?: 'default' };

// The background recomposes on every layer change (a personal toggle, a policy push); remembering the
// last few answers spares re-running a large pack's examples (~100 ms) for text that did not change.
const recent = new Map<string, Validation>();
const RECENT_MAX = 6;

export const validatePack: PackValidator = (text, format): Validation => {
  const key = `${format}\u0000${text}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const result = validateUncached(text, format);
  recent.set(key, result);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
  return result;
};

/**
 * Always runs the loader; for benchmarks and callers that must not share results. The loader reads
 * `extends` itself: an overlay may weigh signals that only a pack below it declares.
 */
export function validateUncached(text: string, format: PackFormat): Validation {
  if (text.length > MAX_PACK_BYTES) return { ok: false, errors: [{ path: '', message: `the pack is too large (${text.length} characters)` }] };
  return fromLoader(loadPack(text, { format }));
}

function fromLoader(result: ReturnType<typeof loadPack>): Validation {
  return result.ok
    ? { ok: true, pack: result.pack as unknown as Record<string, unknown>, warnings: result.warnings ?? [] }
    : { ok: false, errors: result.errors };
}
