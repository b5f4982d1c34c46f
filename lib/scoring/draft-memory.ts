// What the scorer remembers of drafts between calls, and how to make it forget (privacy).
//
// Scoring keeps a few caches so that a keystroke does not re-read what did not change: the language of
// a draft's opening (language.ts), VADER's score per word (mood-sentiment.ts), whether a word is
// unpleasant (evaluative.ts), chrono-node's reading of a clause (commitments.ts), and a compiled scorer's
// slots for the last customer message and draft (engine.ts, customer.ts). Their keys are words
// and sentences of drafts and customer messages. In the extension they live in the background worker,
// which outlives every ticket: without a way to empty them, words of a closed ticket would stay in
// memory until the worker stops. Each such cache registers here when it is made; `forgetDrafts` empties
// all of them, and the background calls it when a ticket's reply box goes away or its tab closes.
// The readings do not change: an emptied cache is simply filled again by the next draft.
// Pure: no DOM, no extension API.

/** Anything that holds draft-derived entries and can drop them all (a `Map`, a `Set`, a small cache). */
export interface DraftCache {
  clear(): void;
  readonly size: number;
}

/**
 * The registered caches, held weakly: a cache made for a pack that is no longer used (a scorer
 * compiled for a team pack, then replaced) is collected as usual rather than kept alive by this list.
 */
const caches = new Set<WeakRef<DraftCache>>();

/**
 * Registers `cache` (returned as is) as holding words or sentences of drafts, so `forgetDrafts`
 * empties it. Call once, where the cache is made.
 */
export function holdsDraftText<T extends DraftCache>(cache: T): T {
  caches.add(new WeakRef(cache));
  return cache;
}

/**
 * Empties every registered cache (see the module comment): after it, those caches keep no word of any
 * draft or customer message scored before — including a compiled scorer's slots for the last customer message
 * (engine.ts MessageSlot: its signed name and businesses; customer.ts ReadingSlot: its mood and situation reading),
 * registered here since session 43. (The name acceptor keeps the last draft it read until the next draft; it closes
 * over the pack's word lists, which a registered WeakRef would keep alive to the end of a synchronous run.)
 * Costs the next draft a cold read: the caches refill as it is scored.
 */
export function forgetDrafts(): void {
  for (const ref of caches) {
    const cache = ref.deref();
    if (cache) cache.clear();
    else caches.delete(ref);
  }
}

/** How many entries the registered caches hold in all (0 right after `forgetDrafts`); for tests. */
export function heldDraftEntries(): number {
  let n = 0;
  for (const ref of caches) n += ref.deref()?.size ?? 0;
  return n;
}
