// Length measures: a one- or two-word answer ("Done.") and sentences too long to read on a phone.
import { countWords } from '../text';
import { finding, type RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type Metric = Extract<Rule, { type: 'metric' }>;

export const compileMetric: RuleCompiler<Metric> = (rule) => {
  const outside = (n: number) => (rule.min !== undefined && n < rule.min) || (rule.max !== undefined && n > rule.max);
  return {
    rule,
    judge(j) {
      const { view } = j;
      const first = view.sentences[0];
      const last = view.sentences[view.sentences.length - 1];
      if (!first || !last) return { fired: false, findings: [] };
      if (rule.measure === 'words') {
        if (!outside(view.words)) return { fired: false, findings: [] };
        const span = { start: first.start, end: last.end };
        return { fired: true, findings: [finding(rule, span, view)], evidence: span };
      }
      const findings = view.sentences
        .filter((s) => outside(countWords(view, s.start, s.end)))
        .map((s) => finding(rule, s, view));
      return { fired: findings.length > 0, findings, ...(findings[0] ? { evidence: findings[0].span } : {}) };
    },
  };
};
