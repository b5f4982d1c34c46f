// Words the method says to avoid, each flagged where it stands with rewrites to offer instead.
import { finding, type Judge, type Judged, type NameForm, type RuleCompiler } from './rule';
import { fitRewrites } from '../fit/rewrite';
import type { Fix, Span } from '../types';
import type { Rule } from '../../rule-pack/schema';

type PhraseAvoid = Extract<Rule, { type: 'phrase-avoid' }>;

export const compilePhraseAvoid: RuleCompiler<PhraseAvoid> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  return {
    rule,
    judge(j) {
      let reach = -1;
      const footer = j.view.footer;
      // Overlapping phrases of one rule ("can't", "can't make any promises") give one finding. Session 20
      // (judge-c): a standing footer under the signature ("Contact our billing team at billing@…") is not wording
      // the agent chose for this customer (text.ts TextView.footer); nothing in it is flagged.
      const kept = j.hits(phrases, except, rule.scope).filter((h) => {
        if (h.start < reach) return false;
        if (footer !== undefined && h.start >= footer.start && h.start < footer.end) return false;
        reach = h.end;
        return true;
      });
      const findings = kept.map((h) => {
        const rewrites = table.rewritesOf(h.entry) ?? withTicket(rule, j) ?? [];
        const fits = fitAll(j.view.original, h, rewrites, j.customerName, j.nameForm);
        return finding(rule, h, j.view, {
          actual: j.view.original.slice(h.start, h.end),
          ...(fits.length ? { expected: fits.map((f) => f.label), fixes: fits.map((f) => f.fix) } : {}),
        });
      });
      // evidence only when there is a finding, as the last field (no spread of a throwaway object per judge).
      const out: Judged = { fired: findings.length > 0, findings };
      if (findings[0]) out.evidence = findings[0].span;
      return out;
    },
  };
};

/**
 * The rule's rewrites for this ticket: those of `rewrites_for` whose situation the ticket is in (all of
 * them when there is no customer message to read), then `rewrites`. Issue 14: "You're welcome" answers
 * a thank-you; after "Sorry, I'm not very techy" the no-problem rule offers "Happy to help".
 */
function withTicket(rule: PhraseAvoid, j: Judge): string[] | undefined {
  if (!rule.rewrites_for?.length) return rule.rewrites;
  const sits = j.situations?.();
  const out: string[] = [];
  for (const r of rule.rewrites_for) if (!sits || r.situations.some((s) => sits.includes(s))) out.push(...r.rewrites);
  out.push(...(rule.rewrites ?? []));
  return out;
}

/** The rewrites that fit where the phrase stands, each with the edit Apply makes (one per distinct result). */
function fitAll(text: string, hit: Span, rewrites: readonly string[], name: string | undefined, nameForm: NameForm | undefined): { label: string; fix: Fix }[] {
  if (rewrites.length === 0) return [];
  return fitRewrites(text, hit, rewrites, { name, nameForm }).map((f) => ({
    label: f.label,
    fix: { span: f.span, actual: text.slice(f.span.start, f.span.end), text: f.text },
  }));
}
