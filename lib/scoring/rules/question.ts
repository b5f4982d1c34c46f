// A question the reply should ask, matched by meaning-preserving variants, and only when the
// sentence really is a question ("Let us know if it works" is an offer, not a question). With
// `asked_signal`, another signal's finding asked as a question counts too: a resolution check put as a
// question ("Could you retry with the new build?", "Does the error go away if you disable it?") is a
// closing question (RULINGS Q1, C1), so the closing question need not repeat confirm-resolution's phrases.
// With `unless_reply`, nothing counts when the reply holds one of its phrases anywhere: a check whose
// "yes" routes the customer elsewhere ("… still the same? If yes, please contact us") closes nothing.
import { isQuestionAt } from '../text';
import type { RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type Question = Extract<Rule, { type: 'question' }>;

export const compileQuestion: RuleCompiler<Question> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  const asked = rule.asked_signal;
  const unlessList = rule.unless_reply ? table.addList(rule.unless_reply, 'unless_reply') : null;
  return {
    rule,
    // It reads another signal's evidence, so it runs after the rules that set it.
    ...(asked !== undefined ? { late: true } : {}),
    judge(j) {
      if (unlessList && j.hits(unlessList).length > 0) return { fired: false, findings: [] };
      const h = j.hits(phrases, except, rule.scope).find((x) => isQuestionAt(j.view, x.start));
      if (h) return { fired: true, findings: [], evidence: h };
      if (asked === undefined) return { fired: false, findings: [] };
      // The other signal's finding counts when it is asked as a question and no `except` phrase overlaps it.
      const cancel = except.length > 0 ? j.hits(except) : [];
      const other = j
        .evidence(asked)
        .find((s) => isQuestionAt(j.view, s.start) && !cancel.some((c) => c.start < s.end && s.start < c.end));
      return other ? { fired: true, findings: [], evidence: other } : { fired: false, findings: [] };
    },
  };
};
