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

/** Loads the pack to score with; until it arrives, scoring waits. A failed load keeps the default pack. */
export function loadPack(load: () => Promise<RulePack>): Promise<void> {
  ready = load().then(usePack, () => usePack(undefined));
  return ready;
}

export async function scoreSnapshot(snapshot: DraftSnapshot): Promise<Report> {
  await ready;
  const compiled = (scorer ??= createScorer(activePack));
  return compiled.score(snapshot.text, {
    boxKind: snapshot.boxKind,
    customerName: snapshot.customerName,
    customerMessage: snapshot.customerMessage,
  });
}
