// The ticket's situation — an outage, money or data lost, a repeat contact, a how-to question… — as
// the pack defines it (`situations`: cues per situation, in the pack's language). Read from the
// customer's last message, the ticket subject and the customer's earlier messages in the thread.
import type { RulePack } from '../rule-pack/schema';
import { compileCues, findCues, type CueList } from './cues';
import type { Hit, MatcherTable } from './matchers';
import type { TextView } from './text';
import type { Situation } from './types';

export interface CompiledSituation {
  id: string;
  label: string;
  cues: CueList;
  implies: ('hurry' | 'upset')[];
}

export function compileSituations(pack: RulePack, table: MatcherTable): CompiledSituation[] {
  return pack.situations.map((s, i) => ({
    id: s.id,
    label: s.label,
    cues: compileCues(table, s.cues, `situations[${i}].cues`),
    implies: s.implies ?? [],
  }));
}

/** One text the situation is read from, analysed and scanned once. */
export interface Source {
  view: TextView;
  hits: Hit[][];
}

/**
 * The situations whose cues hold in any of `sources` (not negated: "nothing is lost"), each with
 * the words that show it, in pack order.
 */
export function readSituations(situations: CompiledSituation[], sources: Source[]): Situation[] {
  const out: Situation[] = [];
  for (const s of situations) {
    const evidence: string[] = [];
    for (const src of sources)
      for (const h of findCues(s.cues, src.view, src.hits, true)) evidence.push(src.view.original.slice(h.start, h.end).trim());
    if (evidence.length) out.push({ id: s.id, label: s.label, evidence: [...new Set(evidence)].slice(0, 5), ...(s.implies.length ? { implies: s.implies } : {}) });
  }
  return out;
}
