// If X then Y: e.g. a reply that says the work is still going on should say when the customer
// will hear back. Flags the first place X is said.
import { finding, type RuleCompiler } from './rule';
import type { Rule } from '../../rule-pack/schema';

type Conditional = Extract<Rule, { type: 'conditional' }>;

export const compileConditional: RuleCompiler<Conditional> = (rule, table) => {
  const when = table.addList(rule.when, 'when');
  const require = table.addList(rule.require, 'require');
  return {
    rule,
    late: true,
    judge(j) {
      const trigger = j.hits(when, undefined, rule.scope)[0];
      if (!trigger) return { fired: false, findings: [] };
      const satisfied =
        (rule.require_signal !== undefined && j.signal(rule.require_signal)) || j.hits(require).length > 0;
      if (satisfied) return { fired: false, findings: [] };
      return { fired: true, findings: [finding(rule, trigger, j.view)], evidence: trigger };
    },
  };
};
