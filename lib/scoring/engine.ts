// Compiles a pack once into rules, a matcher table, a mood reader and closing-question trackers;
// `run` then scores a draft with one scan of the text.
import type { RulePack, Rule } from '../rule-pack/schema';
import { type Hit, MatcherTable, type PhraseList } from './matchers';
import { PhraseError } from './phrase';
import { compileMood, type MoodReader } from './mood';
import { nameAcceptor } from './names';
import { compileConditional } from './rules/conditional';
import { compileMetric } from './rules/metric';
import { compilePhraseAvoid } from './rules/phrase-avoid';
import { compilePhrasePresent } from './rules/phrase-present';
import { compileQuestion } from './rules/question';
import type { CompiledRule, Judge, Judged } from './rules/rule';
import { analyse, isQuestionAt, type TextView } from './text';
import type { ScoreContext } from './types';

export interface RuleResult {
  compiled: CompiledRule;
  result: Judged;
}

export interface Run {
  view: TextView;
  results: RuleResult[];
  /** Fired signals (built in or declared) and where each was first seen. */
  signals: Map<string, Judged['evidence'] | null>;
  asked: Set<string>;
  customerName?: string;
}

export interface Engine {
  pack: RulePack;
  rules: CompiledRule[];
  mood: MoodReader;
  run(text: string, context?: ScoreContext): Run;
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

export function compileEngine(pack: RulePack): Engine {
  const table = new MatcherTable();
  const rules: CompiledRule[] = [];
  pack.rules.forEach((rule, i) => {
    if (!rule.enabled) return;
    try {
      rules.push(compileRule(rule, table));
    } catch (e) {
      const where = e instanceof PhraseError && e.path ? `.${e.path}` : '';
      throw new PackCompileError(`rules[${i}]${where}`, (e as Error).message);
    }
  });
  const closing: { id: string; list: PhraseList }[] = pack.closing_questions.map((q, i) => {
    try {
      return { id: q.id, list: table.addList(q.variants, 'variants') };
    } catch (e) {
      const where = e instanceof PhraseError && e.path ? `.${e.path}` : '';
      throw new PackCompileError(`closing_questions[${i}]${where}`, (e as Error).message);
    }
  });
  let mood: MoodReader;
  try {
    mood = compileMood(pack);
  } catch (e) {
    throw new PackCompileError(e instanceof PhraseError ? e.path : 'mood_cues', (e as Error).message);
  }
  const early = rules.filter((r) => !r.late);
  const late = rules.filter((r) => r.late);

  return {
    pack,
    rules,
    mood,
    run(text, context = {}) {
      const view = analyse(text);
      const hits = table.scanAll(view.scan, view.tokens, nameAcceptor(context.customerName));
      let customerName = context.customerName;
      if (!customerName) {
        let first: Hit | undefined;
        for (const list of hits) for (const h of list) if (h.names?.[0] && (!first || h.start < first.start)) first = h;
        customerName = first?.names?.[0];
      }
      const signals = new Map<string, Judged['evidence'] | null>();
      const last = view.sentences.length - 1;
      const inScope = (h: Hit, scope: Rule['scope'] | undefined): boolean => {
        // The greeting is what the reply opens with: only punctuation may come before it.
        if (scope === 'greeting') {
          const first = view.sentences[0];
          return first !== undefined && h.start < first.end && /^[\s\p{P}]*$/u.test(view.scan.slice(first.start, h.start));
        }
        if (scope === 'closing') return last >= 0 && h.start >= view.sentences[Math.max(0, last - 1)]!.start;
        return true;
      };
      const judge: Judge = {
        view,
        ...(customerName ? { customerName } : {}),
        hits(list, except, scope) {
          const found = gather(hits, list).filter((h) => inScope(h, scope));
          if (!except?.length || found.length === 0) return found;
          return withoutOverlaps(found, gather(hits, except));
        },
        signal: (id) => signals.get(id) !== undefined && signals.get(id) !== null,
      };
      const results: RuleResult[] = [];
      const note = (compiled: CompiledRule, result: Judged) => {
        results.push({ compiled, result });
        const sig = compiled.rule.signal;
        if (sig && result.fired && !signals.get(sig)) signals.set(sig, result.evidence ?? { start: 0, end: 0 });
      };
      for (const r of early) note(r, r.judge(judge));
      for (const r of late) note(r, r.judge(judge));
      const asked = new Set<string>();
      for (const q of closing) {
        const h = gather(hits, q.list).find((x) => isQuestionAt(view, x.start));
        if (h) {
          asked.add(q.id);
          if (!signals.get('closing-question')) signals.set('closing-question', h);
        }
      }
      return { view, results, signals, asked, ...(customerName ? { customerName } : {}) };
    },
  };
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
