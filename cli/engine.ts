// The one place the CLI touches the scoring and rule-pack libraries. Both are imported lazily:
// `--help` answers without loading the engine, and the pack pipeline (which brings yaml and zod) is
// only loaded when a pack file is given.
import type { PackFormat, PackProblem, RulePack } from '../lib/rule-pack/index';
import type { Finding, Scorer } from '../lib/scoring/types';

export type { PackFormat, RulePack };

export type PackFromText = { ok: true; pack: RulePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

export interface Engine {
  createScorer(pack?: RulePack): Scorer;
  formatFindings(text: string, findings: Finding[]): string;
  /**
   * The pack a team lead's file makes, through the extension's own pipeline: the file is the team
   * layer, over the method (an `extends: default` overlay adds to it; any other pack replaces it).
   */
  packFromText(text: string, format: PackFormat): Promise<PackFromText>;
}

export async function loadEngine(): Promise<Engine> {
  const scoring = await import('../lib/scoring/index');
  return {
    createScorer: (pack) => scoring.createScorer(pack),
    formatFindings: (text, findings) => scoring.formatFindings(text, findings).join('\n'),
    async packFromText(text, format) {
      const { buildEffectivePack, NO_LAYERS } = await import('../lib/packs/pipeline');
      // Raw patterns are judged by recheck (loaded only for a pack that has some: ~0.5 s).
      if (/\bpattern\b/.test(text)) await (await import('../lib/packs/pattern-checker')).enablePatternChecker();
      const built = buildEffectivePack({ ...NO_LAYERS, team: { text, format, source: { kind: 'file' } } });
      if (built.errors.length) return { ok: false, errors: built.errors };
      return { ok: true, pack: built.pack, warnings: built.warnings };
    },
  };
}
