// The options page's side of pattern checking: recheck judges every pattern, and the ones it finds
// safe are remembered in storage so the background (which cannot load recheck) accepts them too.
import { enablePatternChecker } from './pattern-checker';
import { checkedPatternsItem, MAX_CHECKED_PATTERNS } from './storage';

let pending = new Set<string>();
let flush: Promise<void> | null = null;

/** Records `source` as judged safe (batched into one storage write). */
export function rememberSafePattern(source: string): void {
  pending.add(source);
  flush ??= Promise.resolve().then(async () => {
    const add = pending;
    pending = new Set();
    flush = null;
    const now = await checkedPatternsItem.getValue();
    if ([...add].every((s) => now.includes(s))) return;
    const next = [...now.filter((s) => !add.has(s)), ...add].slice(-MAX_CHECKED_PATTERNS);
    await checkedPatternsItem.setValue(next);
  });
}

/** Resolves once every pattern judged safe so far is in storage (before a pack using them is stored). */
export async function flushSafePatterns(): Promise<void> {
  await flush;
}

/** Loads recheck for this page; resolves once every later validation uses it. */
export async function enableRecheckHere(): Promise<void> {
  await enablePatternChecker(rememberSafePattern);
}
