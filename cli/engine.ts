// The one place the CLI touches the scoring and rule-pack libraries. Both are imported lazily:
// `--help` answers without loading the engine, and the pack loader (which brings yaml and zod)
// is only loaded when a pack file is given.
import type { LoadResult, RulePack } from '../lib/rule-pack/index';
import type { Finding, Scorer } from '../lib/scoring/types';

export type PackFormat = 'yaml' | 'json';
export type { RulePack };

export interface Engine {
  createScorer(pack?: RulePack): Scorer;
  formatFindings(text: string, findings: Finding[]): string;
  loadPack(text: string, format: PackFormat): Promise<LoadResult>;
}

export async function loadEngine(): Promise<Engine> {
  const scoring = await import('../lib/scoring/index');
  return {
    createScorer: (pack) => scoring.createScorer(pack),
    formatFindings: (text, findings) => scoring.formatFindings(text, findings).join('\n'),
    loadPack: async (text, format) => (await import('../lib/rule-pack/index')).loadPack(text, { format }),
  };
}
