// What the options page says a rule does: its message, with `{actual}` filled from the rule's own first
// flag example (the words it would object to), so "'{actual}' talks down…" reads "'obviously' talks down…".
import type { RulePack } from '../rule-pack/schema';
import { createScorer } from '../scoring/index';

const cache = new WeakMap<RulePack, Map<string, string>>();

/**
 * Rule id → description. Rules whose message has no `{actual}` keep it as written; for the others the
 * first flag example that produces a finding of that rule fills it, else the rule's first phrase.
 */
export function ruleDescriptions(pack: RulePack): Map<string, string> {
  const hit = cache.get(pack);
  if (hit) return hit;
  const out = new Map<string, string>();
  let scorer: ReturnType<typeof createScorer> | null = null;
  for (const rule of pack.rules) {
    if (!rule.message.includes('{actual}')) {
      out.set(rule.id, rule.message);
      continue;
    }
    scorer ??= createScorer(pack);
    let filled: string | undefined;
    for (const example of rule.examples.flag) {
      filled = scorer.score(example).findings.find((f) => f.ruleId === rule.id)?.message;
      if (filled) break;
    }
    out.set(rule.id, filled ?? rule.message.replaceAll('{actual}', firstPhrase(rule) ?? '…'));
  }
  cache.set(pack, out);
  return out;
}

function firstPhrase(rule: RulePack['rules'][number]): string | undefined {
  const list = 'phrases' in rule ? rule.phrases : 'when' in rule ? rule.when : undefined;
  const first = list?.[0];
  return typeof first === 'string' ? first : first && 'phrase' in first ? first.phrase : undefined;
}
