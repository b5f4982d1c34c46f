// Words the method says to avoid, each flagged where it stands with rewrites to offer instead.
import { fillName, finding, type RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type PhraseAvoid = Extract<Rule, { type: 'phrase-avoid' }>;

export const compilePhraseAvoid: RuleCompiler<PhraseAvoid> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  return {
    rule,
    judge(j) {
      let reach = -1;
      // Overlapping phrases of one rule ("can't", "can't make any promises") give one finding.
      const kept = j.hits(phrases, except, rule.scope).filter((h) => {
        if (h.start < reach) return false;
        reach = h.end;
        return true;
      });
      const findings = kept.map((h) => {
        const rewrites = table.rewritesOf(h.entry) ?? rule.rewrites ?? [];
        return finding(rule, h, j.view, {
          actual: j.view.original.slice(h.start, h.end),
          ...(rewrites.length ? { expected: rewrites.map((r) => matchCase(fillName(r, j.customerName, j.nameForm), j.view.original[h.start])) } : {}),
        });
      });
      return { fired: findings.length > 0, findings, ...(findings[0] ? { evidence: findings[0].span } : {}) };
    },
  };
};

/** A rewrite replacing a capitalised word starts with a capital too (and lower-case otherwise). */
function matchCase(rewrite: string, firstOfActual: string | undefined): string {
  if (!firstOfActual || rewrite === '') return rewrite;
  const upper = firstOfActual !== firstOfActual.toLowerCase();
  const head = rewrite[0]!;
  // "I" stays upper-case whatever it replaces.
  if (!upper && /^I\b/.test(rewrite)) return rewrite;
  return (upper ? head.toUpperCase() : head.toLowerCase()) + rewrite.slice(1);
}
