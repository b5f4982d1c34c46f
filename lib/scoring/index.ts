// The scoring library (DESIGN.md contract 4): compile a pack once, score many drafts.
// Pure: no DOM, no extension API, and no zod or yaml either, so the content script stays small.
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import type { RulePack } from '../rule-pack/schema';
import { compileEngine } from './engine';
import { buildReport } from './report';
import { SIGNAL_IDS, type Report, type Scorer, type SignalId } from './types';

export * from './types';
export { formatFindings } from './format';
export { PackCompileError } from './engine';
export type { RulePack };

export function createScorer(pack?: RulePack): Scorer {
  const engine = compileEngine(pack ?? DEFAULT_PACK);
  return {
    score(text, context = {}) {
      const reading = engine.customer.read(context);
      if (context.boxKind === 'internal') return emptyReport(engine.pack, reading, 'internal-note');
      if (text.trim() === '') return emptyReport(engine.pack, reading, 'empty');
      const run = engine.run(text, context);
      return buildReport(engine, run, reading, context);
    },
  };
}

function emptyReport(pack: RulePack, reading: Pick<Report, 'mood' | 'situations'>, skipped: NonNullable<Report['skipped']>): Report {
  const signals: Partial<Record<SignalId, boolean>> = {};
  for (const id of SIGNAL_IDS) signals[id] = false;
  return {
    score: 0,
    signals,
    findings: [],
    prompts: [],
    closingQuestions: pack.closing_questions.map((q) => ({ id: q.id, text: q.text, asked: false, ...(q.always ? { always: true } : {}) })),
    mood: reading.mood,
    situations: reading.situations,
    skipped,
  };
}
