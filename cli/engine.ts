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
    loadPack: async (text, format) => layered((await import('../lib/rule-pack/index')).loadPack(text, { format })),
  };
}

/**
 * A pack that says `extends: default` adds to the method pack, as it does in the extension: score
 * with both layers composed, or a team lead calibrating an add-on pack would see only its own rules.
 */
async function layered(result: LoadResult): Promise<LoadResult> {
  if (!result.ok || result.pack.extends !== 'default') return result;
  const [{ composeLayers }, { defaultPack, rulePackSchema }] = await Promise.all([
    import('../lib/packs/layers'),
    import('../lib/rule-pack/index'),
  ]);
  type Layer = Parameters<typeof composeLayers>[0]['defaultPack'];
  const composed = composeLayers({ defaultPack: defaultPack() as unknown as Layer, team: result.pack as unknown as Layer });
  const checked = rulePackSchema.safeParse(composed.pack);
  if (!checked.success) {
    const issue = checked.error.issues[0];
    return { ok: false, errors: [{ path: issue?.path.join('.') ?? '', message: `with the default pack it extends: ${issue?.message ?? 'not a valid pack'}` }] };
  }
  return { ok: true, pack: checked.data, warnings: result.warnings };
}
