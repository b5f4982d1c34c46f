// Length measures: a one- or two-word answer ("Done.") and sentences too long to read on a phone.
import { countWords } from '../text';
import { finding, type Judged, type RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type Metric = Extract<Rule, { type: 'metric' }>;

/**
 * Characters (spaces aside) a word of a curt reply can have: a long dictionary word ("reconfigured",
 * "Donaudampfschiff") is under it. A reply with fewer words than a `words` minimum is short only when
 * its characters are fewer than that minimum times this too: one 20,000-character word (a pasted log
 * line, a key, a blob) is not a "one- or two-word reply".
 */
export const LONG_WORD_CHARS = 20;

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
        if (rule.min !== undefined && view.words < rule.min && moreCharsThan(view.scan, span.start, span.end, rule.min * LONG_WORD_CHARS)) {
          return { fired: false, findings: [] };
        }
        return { fired: true, findings: [finding(rule, span, view)], evidence: span };
      }
      const findings = view.sentences
        .filter((s) => outside(countWords(view, s.start, s.end)))
        .map((s) => finding(rule, s, view));
      // evidence only when there is a finding, as the last field (no spread of a throwaway object per judge).
      const out: Judged = { fired: findings.length > 0, findings };
      if (findings[0]) out.evidence = findings[0].span;
      return out;
    },
  };
};

/** Whether `text` holds more than `limit` characters other than spaces in [from, to) (the scan's spaces are plain, whitespace.ts). */
function moreCharsThan(text: string, from: number, to: number, limit: number): boolean {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && ++n > limit) return true;
  }
  return false;
}
