// A signal the reply should show ("I understand how frustrating…", "thank you").
import { readClauseAt } from '../clause-reading';
import { readsAsIdentifierPart, readsAsOwnPlan, readsAsPlainFact, readsAsRouting } from '../teach-reading';
import { isNegatedAt, isQuestionAt, sentenceAt } from '../text';
import type { Judge, RuleCompiler } from './rule';
import type { PhraseList } from '../matchers';
import type { Rule } from '../../rule-pack/schema';

type PhrasePresent = Extract<Rule, { type: 'phrase-present' }>;

export const compilePhrasePresent: RuleCompiler<PhrasePresent> = (rule, table) => {
  const phrases = table.addList(rule.phrases);
  const except = table.addList(rule.except, 'except');
  const withList = rule.with ? table.addList(rule.with, 'with') : null;
  const afterList = rule.after ? table.addList(rule.after, 'after') : null;
  const unlessSentenceList = rule.unless_sentence ? table.addList(rule.unless_sentence, 'unless_sentence') : null;
  const unlessList = rule.unless_reply ? table.addList(rule.unless_reply, 'unless_reply') : null;
  // `fact`, `routing`, `identifier` and `plan` are read by teach-reading.ts, the other readings by clause-reading.ts.
  const skipFact = rule.skip_readings?.includes('fact') === true;
  const skipRouting = rule.skip_readings?.includes('routing') === true;
  const skipIdentifier = rule.skip_readings?.includes('identifier') === true;
  const skipPlan = rule.skip_readings?.includes('plan') === true;
  const clauseReadings = rule.skip_readings?.filter((r) => r !== 'fact' && r !== 'routing' && r !== 'identifier' && r !== 'plan') ?? [];
  const skipReadings: ReadonlySet<string> | null = clauseReadings.length > 0 ? new Set(clauseReadings) : null;
  return {
    rule,
    judge(j) {
      if (unlessList && j.hits(unlessList).length > 0) return { fired: false, findings: [] };
      // The sentences holding a `with` phrase (a match needs one) and an `unless_sentence` phrase (a
      // match there does not count), each found once per draft and only when a match asks.
      let withSentences: Set<number> | null = null;
      let unlessSentences: Set<number> | null = null;
      for (const h of j.hits(phrases, except, rule.scope)) {
        if (rule.skip_negated && isNegatedAt(j.view, h.start)) continue;
        if (rule.skip_questions && isQuestionAt(j.view, h.start)) continue;
        if (skipReadings !== null && skipReadings.has(readClauseAt(j.view, h.start))) continue;
        if (skipFact && readsAsPlainFact(j.view, h.start)) continue;
        if (skipRouting && readsAsRouting(j.view, h.start)) continue;
        if (skipIdentifier && readsAsIdentifierPart(j.view, h.start, h.end)) continue;
        if (skipPlan && readsAsOwnPlan(j.view, h.start)) continue;
        if (afterList !== null && !j.hits(afterList).some((a) => a.end <= h.start)) continue;
        if (withList !== null && !(withSentences ??= sentencesOf(j, withList)).has(sentenceAt(j.view, h.start))) continue;
        if (unlessSentenceList !== null && (unlessSentences ??= sentencesOf(j, unlessSentenceList)).has(sentenceAt(j.view, h.start))) continue;
        return { fired: true, findings: [], evidence: h };
      }
      return { fired: false, findings: [] };
    },
  };
};

/** The sentences (index in `view.sentences`) holding a hit of `list`. */
function sentencesOf(j: Judge, list: PhraseList): Set<number> {
  return new Set(j.hits(list).map((w) => sentenceAt(j.view, w.start)));
}
