// Compiles a pack once into rules, a matcher table, a customer reader, advice conditions and
// closing-question trackers;
// `run` then scores a draft with one scan of the text.
import type { RulePack, Rule } from '../rule-pack/schema';
import { type Hit, MatcherTable, type PhraseList } from './matchers';
import { PhraseError } from './phrase';
import { compileAdvice, type CompiledAdvice } from './advice';
import { compileCustomer, type CustomerReader } from './customer';
import { nameAcceptor } from './names';
import { compileConditional } from './rules/conditional';
import { compileMetric } from './rules/metric';
import { compilePhraseAvoid } from './rules/phrase-avoid';
import { compilePhrasePresent } from './rules/phrase-present';
import { compileQuestion } from './rules/question';
import { nameFormOf, type CompiledRule, type Judge, type Judged } from './rules/rule';
import { analyse, isQuestionAt, sentenceAt, type TextView } from './text';
import type { ScoreContext, Span } from './types';
import { compileWordClasses } from './word-classes';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';

export interface RuleResult {
  compiled: CompiledRule;
  result: Judged;
}

export interface Run {
  view: TextView;
  results: RuleResult[];
  /** Fired signals (built in or declared) and where each was first seen. */
  signals: Map<string, Span>;
  asked: Set<string>;
  customerName?: string;
  /** Every phrase list's hits in the draft (by list entry), for advice that checks the draft. */
  hits: Hit[][];
}

export interface Engine {
  pack: RulePack;
  rules: CompiledRule[];
  /** Reads the customer's mood and the ticket's situation from the page's context. */
  customer: CustomerReader;
  /** When each prompt kind, the tip and each closing question apply (see advice.ts). */
  advice: CompiledAdvice;
  /** Scores `text`. `everyRule`: run mood-gated rules whatever the mood (for a rule's own examples). */
  run(text: string, context?: ScoreContext, opts?: { everyRule?: boolean }): Run;
}

export class PackCompileError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

function compileRule(rule: Rule, table: MatcherTable): CompiledRule {
  switch (rule.type) {
    case 'phrase-present':
      return compilePhrasePresent(rule, table);
    case 'phrase-avoid':
      return compilePhraseAvoid(rule, table);
    case 'question':
      return compileQuestion(rule, table);
    case 'conditional':
      return compileConditional(rule, table);
    case 'metric':
      return compileMetric(rule, table);
  }
}

/** Runs `compile`, turning an error into a PackCompileError at `path` followed by the phrase's own path. */
function at<T>(path: string, compile: () => T): T {
  try {
    return compile();
  } catch (e) {
    const inner = e instanceof PhraseError ? e.path : '';
    throw new PackCompileError([path, inner].filter(Boolean).join('.') || 'mood_cues', (e as Error).message);
  }
}

/**
 * Compiles a pack once: every phrase of every rule and closing question goes into one matcher
 * table (word classes resolved against the method pack's classes overlaid with the pack's own).
 * Throws PackCompileError naming the path of the first bad phrase.
 */
export function compileEngine(pack: RulePack): Engine {
  const classes = compileWordClasses(DEFAULT_PACK.word_classes, pack.word_classes);
  const table = new MatcherTable(classes);
  const rules: CompiledRule[] = [];
  pack.rules.forEach((rule, i) => {
    if (rule.enabled) rules.push(at(`rules[${i}]`, () => compileRule(rule, table)));
  });
  const closing = pack.closing_questions.map((q, i) => ({
    id: q.id,
    list: at(`closing_questions[${i}]`, () => table.addList(q.variants, 'variants')),
  }));
  const advice = at('', () => compileAdvice(pack, table));
  const customer = at('', () => compileCustomer(pack, classes));
  // Rules for a mood ("just click" to a confused customer) sit out when the customer is not in it.
  const moodGated = rules.some((r) => r.rule.moods);
  // Conditional rules read the signals the others set, so they run last.
  const ordered = [...rules.filter((r) => !r.late), ...rules.filter((r) => r.late)];

  return {
    pack,
    rules,
    customer,
    advice,
    run(text, context = {}, opts = {}) {
      const view = analyse(text);
      const hits = table.scanAll(view.scan, view.tokens, nameAcceptor(context.customerName));
      const customerName = context.customerName ?? guessName(hits);
      const signals = new Map<string, Span>();
      const judge: Judge = {
        view,
        ...(customerName ? { customerName } : {}),
        nameForm: nameFormOf(pack),
        hits(list, except, scope) {
          const found = gather(hits, list).filter((h) => inScope(view, h, scope));
          if (!except?.length || found.length === 0) return found;
          return withoutOverlaps(found, gather(hits, except));
        },
        signal: (id) => signals.has(id),
      };
      const results: RuleResult[] = [];
      const mood = moodGated && !opts.everyRule ? customer.read(context).mood : undefined;
      const applies = (r: CompiledRule) =>
        !r.rule.moods || opts.everyRule === true || (mood !== undefined && r.rule.moods.some((m) => (m === 'calm' ? mood.kind === 'calm' : mood[m])));
      for (const compiled of ordered) {
        if (!applies(compiled)) continue;
        const result = compiled.judge(judge);
        results.push({ compiled, result });
        const sig = compiled.rule.signal;
        if (sig && result.fired && !signals.has(sig)) signals.set(sig, result.evidence ?? { start: 0, end: 0 });
      }
      const asked = new Set<string>();
      for (const q of closing) {
        const h = gather(hits, q.list).find((x) => isQuestionAt(view, x.start));
        if (!h) continue;
        asked.add(q.id);
        if (!signals.has('closing-question')) signals.set('closing-question', h);
      }
      return { view, results, signals, asked, hits, ...(customerName ? { customerName } : {}) };
    },
  };
}

/** The earliest word that filled a {name} slot: the customer's name when the page gave none. */
function guessName(hits: Hit[][]): string | undefined {
  let first: Hit | undefined;
  for (const list of hits) for (const h of list) if (h.names?.[0] && (!first || h.start < first.start)) first = h;
  return first?.names?.[0];
}

/** Whether a hit lies in a rule's scope: the reply's opening words, a sentence's, its last two sentences, or anywhere. */
function inScope(view: TextView, h: Hit, scope: Rule['scope'] | undefined): boolean {
  if (scope === 'greeting') {
    // The greeting is what the reply opens with: only punctuation may come before it.
    const first = view.sentences[0];
    return first !== undefined && h.start < first.end && /^[\s\p{P}]*$/u.test(view.scan.slice(first.start, h.start));
  }
  if (scope === 'sentence-start') {
    const i = sentenceAt(view, h.start);
    return i !== -1 && /^[\s\p{P}\p{S}\d]*$/u.test(view.scan.slice(view.sentences[i]!.start, h.start));
  }
  if (scope === 'closing') {
    const last = view.sentences.length - 1;
    return last >= 0 && h.start >= view.sentences[Math.max(0, last - 1)]!.start;
  }
  return true;
}

function gather(hits: Hit[][], list: PhraseList): Hit[] {
  if (list.length === 1) return hits[list[0]!] ?? [];
  const out: Hit[] = [];
  for (const id of list) for (const h of hits[id] ?? []) out.push(h);
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Hits that overlap no blocker. Blockers are sorted by start; a hit overlaps one exactly when the
 * furthest end among blockers starting before the hit's end lies past the hit's start. With a
 * running maximum and a binary search this stays O(n log n) on drafts full of exceptions.
 */
function withoutOverlaps(found: Hit[], blockers: Hit[]): Hit[] {
  if (blockers.length === 0) return found;
  const maxEnd: number[] = [];
  let m = -1;
  for (const b of blockers) maxEnd.push((m = Math.max(m, b.end)));
  return found.filter((h) => {
    let lo = 0;
    let hi = blockers.length - 1;
    let idx = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (blockers[mid]!.start < h.end) {
        idx = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return idx === -1 || maxEnd[idx]! <= h.start;
  });
}
