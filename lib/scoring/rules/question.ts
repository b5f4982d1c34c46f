// A question the reply should ask, matched by meaning-preserving variants, and only when the
// sentence really is a question ("Let us know if it works" is an offer, not a question).
import { isQuestionAt } from '../text';
import type { RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type Question = Extract<Rule, { type: 'question' }>;

export const compileQuestion: RuleCompiler<Question> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  return {
    rule,
    judge(j) {
      const h = j.hits(phrases, except, rule.scope).find((x) => isQuestionAt(j.view, x.start));
      return h ? { fired: true, findings: [], evidence: h } : { fired: false, findings: [] };
    },
  };
};
