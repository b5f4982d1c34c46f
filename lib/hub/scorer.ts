// The background's scorer: compiled once per effective pack, reused for every draft of every tab.
// After a service-worker restart, drafts wait for the pack to load rather than be scored by the wrong one.
import { createScorer } from '@/lib/scoring';
import type { RulePack } from '@/lib/rule-pack';
import type { DraftSnapshot } from '@/lib/coach-state';
import type { Report, Scorer } from '@/lib/scoring/types';

let scorer: Scorer | null = null;
let activePack: RulePack | undefined;
let ready: Promise<void> = Promise.resolve();

export function usePack(pack: RulePack | undefined): void {
  activePack = pack;
  scorer = null;
}

/** Scoring waits this long for a pack at most; a draft is never held back by a slow store. */
const PACK_WAIT_MS = 3000;

/**
 * Loads the pack to score with; until it arrives (or PACK_WAIT_MS passes) scoring waits. A failed
 * load keeps the default pack; a late one takes over when it arrives.
 */
export function loadPack(load: () => Promise<RulePack>): Promise<void> {
  const loaded = load().then(usePack, () => usePack(undefined));
  ready = Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, PACK_WAIT_MS))]);
  return loaded;
}

/** Scores a draft as written at `writtenAt` (epoch ms; now by default), so its promises fall due from then. */
export async function scoreSnapshot(snapshot: DraftSnapshot, writtenAt = Date.now()): Promise<Report> {
  await ready;
  const compiled = (scorer ??= createScorer(activePack));
  return compiled.score(snapshot.text, {
    boxKind: snapshot.boxKind,
    customerName: snapshot.customerName,
    customerMessage: snapshot.customerMessage,
    // Promises fall due from then, in this browser's time zone (the agent's).
    writtenAt,
  });
}
