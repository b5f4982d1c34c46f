// A signal the reply should show ("I understand how frustrating…", "thank you").
import { isNegatedAt, isQuestionAt, sentenceAt } from '../text';
import type { RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type PhrasePresent = Extract<Rule, { type: 'phrase-present' }>;

export const compilePhrasePresent: RuleCompiler<PhrasePresent> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  const withList = rule.with ? table.addList(rule.with, 'with') : null;
  const unlessSentenceList = rule.unless_sentence ? table.addList(rule.unless_sentence, 'unless_sentence') : null;
  const unlessList = rule.unless_reply ? table.addList(rule.unless_reply, 'unless_reply') : null;
  return {
    rule,
    judge(j) {
      if (unlessList && j.hits(unlessList).length > 0) return { fired: false, findings: [] };
      let withSentences: Set<number> | null = null;
      let unlessSentences: Set<number> | null = null;
      for (const h of j.hits(phrases, except, rule.scope)) {
        if (rule.skip_negated && isNegatedAt(j.view, h.start)) continue;
        if (rule.skip_questions && isQuestionAt(j.view, h.start)) continue;
        if (withList) {
          withSentences ??= new Set(j.hits(withList).map((w) => sentenceAt(j.view, w.start)));
          if (!withSentences.has(sentenceAt(j.view, h.start))) continue;
        }
        // The sentences that cancel a match (unless_sentence), found once per draft like `with`'s.
        if (unlessSentenceList) {
          unlessSentences ??= new Set(j.hits(unlessSentenceList).map((w) => sentenceAt(j.view, w.start)));
          if (unlessSentences.has(sentenceAt(j.view, h.start))) continue;
        }
        return { fired: true, findings: [], evidence: h };
      }
      return { fired: false, findings: [] };
    },
  };
};
