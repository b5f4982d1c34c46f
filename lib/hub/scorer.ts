// The background's scorer: compiled once per effective pack, reused for every draft of every tab.
import { createScorer } from '@/lib/scoring';
import type { RulePack } from '@/lib/rule-pack';
import type { DraftSnapshot } from '@/lib/coach-state';
import type { Report, Scorer } from '@/lib/scoring/types';

let scorer: Scorer | null = null;
let activePack: RulePack | undefined;

export function usePack(pack: RulePack | undefined): void {
  activePack = pack;
  scorer = null;
}

export function currentPack(): RulePack | undefined {
  return activePack;
}

export function scoreSnapshot(snapshot: DraftSnapshot): Report {
  const compiled = (scorer ??= createScorer(activePack));
  return compiled.score(snapshot.text, {
    boxKind: snapshot.boxKind,
    customerName: snapshot.customerName,
    customerMessage: snapshot.customerMessage,
  });
}
