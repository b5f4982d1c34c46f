// The one definition every rule type shares. A rule type compiles its part of the pack once
// (registering phrases in the shared matcher table) and later judges a draft from the hits of the
// single scan, never scanning the text itself.
import type { Rule } from '../../rule-pack/schema';
import type { Hit, MatcherTable, PhraseList } from '../matchers';
import type { TextView } from '../text';
import type { Finding, Span } from '../types';
import { isHonorific } from '../names';

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
  /**
   * Where the rules judged so far that set signal `id` saw it: each fired rule's evidence span, in the
   * order the rules ran (empty when none fired). A late rule reads its earlier rules' findings here.
   */
  evidence(id: string): Span[];
  customerName?: string;
  /** How {name} in rewrites is filled (the pack's `address`). */
  nameForm?: NameForm;
  /**
   * The ticket's situation ids (the pack's `situations`, read from the customer's side), or undefined
   * when there is no customer message to read. Read on demand: only a rule with a hit asks.
   */
  situations?: () => readonly string[] | undefined;
}

export interface CompiledRule {
  rule: Rule;
  /** Conditional rules (and questions with `asked_signal`) run after the others, because they read signals. */
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

/** What {name} becomes: the first name, the whole name, or the last word of it (pack `address.name`). */
export type NameForm = 'first' | 'full' | 'surname';

/** The pack's name form: as it says, else the full name for a formal pack and the first name otherwise. */
export function nameFormOf(pack: { address?: { form?: 'formal' | 'informal'; name?: NameForm } }): NameForm {
  return pack.address?.name ?? (pack.address?.form === 'formal' ? 'full' : 'first');
}

/**
 * The customer's name as the pack addresses them: the first word, the whole name, or the last word.
 * The full name and the surname need two words at least (one word could be either), else undefined.
 */
export function addressName(name: string | undefined, form: NameForm = 'first'): string | undefined {
  const words = name?.trim().split(/\s+/).filter(Boolean) ?? [];
  // "Mrs Okafor", "Dr. Anna Lee", "Frau Dr. Schmidt": titles go with the surname in every form.
  let titles = 0;
  while (titles < words.length - 1 && isHonorific(words[titles]!)) titles++;
  if (titles > 0) return [...words.slice(0, titles), words[words.length - 1]].join(' ');
  if (form === 'first') return words[0];
  if (words.length < 2) return undefined;
  return form === 'full' ? words.join(' ') : words[words.length - 1];
}

/**
 * Fills {name} in a rewrite or prompt with the customer's name in the pack's form (pages give the full
 * name, "Tomás Lindqvist"). Without a name, or with one word where the form needs the full name or
 * the surname (a formal "Sie" never goes with a bare first name), drops the slot and its comma.
 */
export function fillName(text: string, name: string | undefined, form: NameForm = 'first'): string {
  if (!text.includes('{name}')) return text;
  const filled = addressName(name, form);
  if (filled) return text.replaceAll('{name}', filled);
  return text
    .replace(/,\s*\{name\}/g, '')
    .replace(/\{name\},\s*/g, '')
    .replace(/\s*\{name\}/g, '')
    .replace(/^\s+/, '');
}
