// The one definition every rule type shares. A rule type compiles its part of the pack once
// (registering phrases in the shared matcher table) and later judges a draft from the hits of the
// single scan, never scanning the text itself.
import type { Rule } from '../../rule-pack/schema';
import type { Hit, MatcherTable, PhraseList } from '../matchers';
import type { TextView } from '../text';
import type { Finding, Span } from '../types';

export interface Judged {
  fired: boolean;
  findings: Finding[];
  /** Where the rule saw what it was looking for. */
  evidence?: Span;
}

export interface Judge {
  view: TextView;
  /** Hits of a phrase list, in text order, inside `scope`, minus those overlapping `except`. */
  hits(list: PhraseList, except?: PhraseList, scope?: Rule['scope']): Hit[];
  /** Signals (built in or declared) fired by the non-conditional rules (conditional rules read them). */
  signal(id: string): boolean;
  customerName?: string;
}

export interface CompiledRule {
  rule: Rule;
  /** Conditional rules run after the others, because they read signals. */
  late?: boolean;
  judge(j: Judge): Judged;
}

export type RuleCompiler<R extends Rule> = (rule: R, table: MatcherTable) => CompiledRule;

export function finding(rule: Rule, span: Span, view: TextView, extra: Partial<Finding> = {}): Finding {
  return {
    ruleId: rule.id,
    level: rule.level,
    message: rule.message.replaceAll('{actual}', view.original.slice(span.start, span.end)),
    span: { start: span.start, end: span.end },
    ...(rule.link ? { link: rule.link } : {}),
    ...extra,
  };
}

/** Fills {name} in a rewrite or prompt; without a name, drops the slot and its comma. */
export function fillName(text: string, name: string | undefined): string {
  if (!text.includes('{name}')) return text;
  // Pages give the full name ("Tomás Lindqvist"); people are addressed by the first one.
  const first = name?.trim().split(/\s+/)[0];
  if (first) return text.replaceAll('{name}', first);
  return text
    .replace(/,\s*\{name\}/g, '')
    .replace(/\{name\},\s*/g, '')
    .replace(/\s*\{name\}/g, '')
    .replace(/^\s+/, '');
}
