// What the rule list shows for each rule: its message as an agent would see it. A message with
// `{actual}` is filled from the rule's own first `flag:` example, scored by the pack itself, so the
// team lead reads "“no problem” …" rather than a placeholder.
import type { RulePack, Rule } from '@/lib/rule-pack';
import type { Scorer } from '@/lib/scoring';

/**
 * The rule's message with its placeholders filled: from the finding the rule raises on its first
 * flagged example, else with "…" for `{actual}` (a rule with no example, or one whose example the
 * composed pack no longer flags).
 */
export function describeRule(rule: Rule, scorer: Scorer | null): string {
  if (!rule.message.includes('{actual}')) return rule.message;
  for (const example of rule.examples.flag) {
    const found = scorer?.score(example, { boxKind: 'public' }).findings.find((f) => f.ruleId === rule.id);
    if (found) return found.message;
  }
  return rule.message.replaceAll('{actual}', '…');
}

/** Every rule's description, keyed by rule id (computed once per pack). */
export function describeRules(pack: RulePack, scorer: Scorer | null): Map<string, string> {
  return new Map(pack.rules.map((r) => [r.id, describeRule(r, scorer)]));
}
