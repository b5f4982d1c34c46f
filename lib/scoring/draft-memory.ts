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

/** Registrations between two sweeps of the list for caches already collected (see holdsDraftText). */
const SWEEP_EVERY = 256;
let sinceSweep = 0;

/**
 * Registers `cache` (returned as is) as holding words or sentences of drafts, so `forgetDrafts`
 * empties it. Call once, where the cache is made.
 *
 * What to register: an object that holds the draft-derived entries and little else — an instance of a class
 * declared at module level whose fields are those entries (a Map, strings), not an object whose methods close over
 * a compiled pack's tables. V8 keeps a WeakRef's target alive until the current job ends, and everything the target
 * reaches with it: in one synchronous run over many packs (the pack fuzzer's worker), a registered closure over each
 * pack's tables kept every pack alive and the worker ran out of memory (session 43). Every SWEEP_EVERY registrations
 * the list drops the references of caches already collected, so a long-lived worker that compiles many team packs
 * does not grow it without end.
 */
export function holdsDraftText<T extends DraftCache>(cache: T): T {
  if (++sinceSweep >= SWEEP_EVERY) {
    sinceSweep = 0;
    for (const ref of caches) if (ref.deref() === undefined) caches.delete(ref);
  }
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
