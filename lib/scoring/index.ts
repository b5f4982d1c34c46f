// The scoring library (DESIGN.md contract 4): compile a pack once, score many drafts.
// Pure: no DOM, no extension API, and no zod or yaml either, so the content script stays small.
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import type { RulePack } from '../rule-pack/schema';
import { compileEngine, type ScanHook } from './engine';
import { compileReport } from './report';
import { compileCommitments } from './commitments';
import { packSignals } from './signals';
import { languageMismatch } from './language';
import { compileLearned } from './learned';
import { LEARNED_MODEL } from './learned-weights.generated';
import { plainSpaces } from './whitespace';
import type { Report, Scorer } from './types';

export * from './types';
export { formatFindings } from './format';
export { PackCompileError } from './engine';
export { packSignals, type PackSignal } from './signals';
export { forgetDrafts } from './draft-memory';
export type { RulePack };

/**
 * A scorer for `pack` (the built-in default pack when omitted). Throws `PackCompileError` when the pack
 * cannot be compiled. The default pack is compiled once per module instance and its parts shared by
 * every scorer made from it (`compiledFor`); any other pack is compiled on each call. `scan`: how the
 * engine finds the phrases' hits (incremental.ts `createTypingScorer` passes its memo's; reports are the same).
 */
export function createScorer(pack?: RulePack, scan?: ScanHook): Scorer {
  const { engine, report, commitments, signalIds, learned } = compiledFor(pack ?? DEFAULT_PACK);
  const empty = (reading: Pick<Report, 'mood' | 'situations'>, skipped: NonNullable<Report['skipped']>) => emptyReport(engine.pack, signalIds, reading, skipped);
  return {
    score(text, context = {}) {
      const reading = engine.customer.read(context);
      if (context.boxKind === 'internal') return empty(reading, 'internal-note');
      // Spaces of every kind read as plain ones and invisibles outside words as spaces, one for one
      // (whitespace.ts): the rules read that copy, while spans, `actual` and evidence stay the draft's own.
      const plain = plainSpaces(text);
      if (plain.trim() === '') return empty(reading, 'empty');
      const language = languageMismatch(plain, engine.pack.locale);
      if (language) return { ...empty(reading, 'other-language'), language };
      const run = engine.run(text, context, scan ? { plain, mood: reading.mood, scan } : { plain, mood: reading.mood });
      // The learned layer (learned.ts) may veto a rule's signal it is switched on for (docs/eval.md).
      learned.apply(run);
      const promised = commitments(plain, context).map((c) => ({ ...c, text: text.slice(c.span.start, c.span.end) }));
      // The report is this draft's own object: commitments go on it as its last field (no copy of it).
      const out = report(run, reading, context);
      out.commitments = promised;
      return out;
    },
  };
}

/** What `createScorer` compiles from a pack: the engine and the parts that read its runs. */
interface Compiled {
  engine: ReturnType<typeof compileEngine>;
  report: ReturnType<typeof compileReport>;
  commitments: ReturnType<typeof compileCommitments>;
  signalIds: string[];
  learned: ReturnType<typeof compileLearned>;
}

function compile(pack: RulePack): Compiled {
  const engine = compileEngine(pack);
  return {
    engine,
    report: compileReport(engine),
    commitments: compileCommitments(engine.pack.locale),
    signalIds: packSignals(engine.pack).map((s) => s.id),
    learned: compileLearned(engine.pack, LEARNED_MODEL, engine),
  };
}

/**
 * The built-in pack compiled once per module instance (one JS realm: a page, the service worker, the
 * CLI, a test worker): compiling it takes seconds of CPU (phrase.ts, matchers.ts) and it is the same
 * generated object every time. Every scorer of the default pack shares these parts, as every draft of
 * one scorer already does (their caches are keyed by message, text and minute; a report depends only
 * on the draft and its context). Any other pack object is compiled afresh, since a caller may have built
 * or changed it.
 */
let defaultCompiled: Compiled | undefined;

function compiledFor(pack: RulePack): Compiled {
  if (pack === DEFAULT_PACK) return (defaultCompiled ??= compile(DEFAULT_PACK));
  return compile(pack);
}

function emptyReport(pack: RulePack, signalIds: string[], reading: Pick<Report, 'mood' | 'situations'>, skipped: NonNullable<Report['skipped']>): Report {
  const signals: Record<string, boolean> = {};
  for (const id of signalIds) signals[id] = false;
  return {
    score: 0,
    signals,
    findings: [],
    prompts: [],
    closingQuestions: pack.closing_questions.map((q) => ({ id: q.id, text: q.text, asked: false, ...(q.always ? { always: true } : {}) })),
    mood: reading.mood,
    situations: reading.situations,
    skipped,
    commitments: [],
  };
}
