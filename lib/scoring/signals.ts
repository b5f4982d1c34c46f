// The signals a pack scores with: the built-in ones (SIGNAL_IDS, the method's contract) followed by
// the ones the pack declares under `signals`, each with the points it is worth in this pack.
import type { RulePack } from '../rule-pack/schema';
import { SIGNAL_IDS } from './types';

export interface PackSignal {
  id: string;
  /** Points when present: `weights[id]`, else the declaration's `points`, else 0. */
  weight: number;
  /** Declared signals only: the pack's label (in its `locale`) and any translations. */
  label?: string;
  labels?: Record<string, string>;
}

/**
 * Built-in signals first (in SIGNAL_IDS order), then declared ones in the pack's order. A fresh list
 * each call: scorers compute it once, when they compile the pack (report.ts, index.ts).
 */
export function packSignals(pack: RulePack): PackSignal[] {
  const builtIn = new Set<string>(SIGNAL_IDS);
  const declared = pack.signals ?? {};
  return [
    ...SIGNAL_IDS.map((id) => ({ id, weight: pack.weights[id] ?? 0 })),
    ...Object.entries(declared)
      .filter(([id]) => !builtIn.has(id))
      .map(([id, d]) => ({
        id,
        weight: pack.weights[id] ?? d.points,
        label: d.label,
        ...(d.labels ? { labels: d.labels } : {}),
      })),
  ];
}
