// Validates pack text for the pack manager. The loader (lib/rule-pack) owns the schema; this adds the
// one field that only matters for layering, `extends`, which it reads and hands on to layers.ts.
import { parse as parseYaml } from 'yaml';
import { loadPack, type RulePack } from '@/lib/rule-pack';
import type { PackFormat } from './records';
import { MAX_PACK_BYTES } from './subscription';
import type { PackProblem, PackValidator, Validation } from './validate';

export type LayeredPack = RulePack & { extends?: 'default' };

function parseText(text: string, format: PackFormat): unknown {
  try {
    return format === 'json' ? JSON.parse(text) : parseYaml(text, { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

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

/** Always runs the loader; for benchmarks and callers that must not share results. */
export function validateUncached(text: string, format: PackFormat): Validation {
  if (text.length > MAX_PACK_BYTES) return { ok: false, errors: [{ path: '', message: `the pack is too large (${text.length} characters)` }] };
  const raw = parseText(text, format);
  // Syntax errors and non-objects: let the loader describe them in its own words.
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw) || !('extends' in raw)) return fromLoader(loadPack(text, { format }));
  const { extends: ext, ...rest } = raw as Record<string, unknown>;
  const problems: PackProblem[] = [];
  if (ext !== 'default') problems.push({ path: 'extends', message: 'expected "default" (or leave it out to replace the packs below)' });
  const loaded = fromLoader(loadPack(rest, { format }));
  if (!loaded.ok) return { ok: false, errors: [...problems, ...loaded.errors] };
  if (problems.length) return { ok: false, errors: problems };
  return { ...loaded, pack: { ...loaded.pack, extends: 'default' } };
}

function fromLoader(result: ReturnType<typeof loadPack>): Validation {
  return result.ok
    ? { ok: true, pack: result.pack as unknown as Record<string, unknown>, warnings: result.warnings ?? [] }
    : { ok: false, errors: result.errors };
}
