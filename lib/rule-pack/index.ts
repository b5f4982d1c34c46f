// Rule packs: the schema team leads write against, the loader that refuses a broken pack whole,
// and the built-in method pack.
import { DEFAULT_PACK } from './default-pack.generated';
import type { RulePack } from './schema';

export { CURRENT_SCHEMA_VERSION, rulePackSchema, ruleSchema, type RulePack, type Rule, type PhraseEntry, type SignalDeclaration } from './schema';
export { loadPack, type LoadResult, type LoadOptions } from './load';
export { parsePackText, MAX_PACK_BYTES, type PackFormat } from './parse';
export { formatPath, formatProblem, summarizeProblems, type PackProblem } from './problems';

/** The built-in method pack (validated when generated, and again by its unit test). */
export function defaultPack(): RulePack {
  return structuredClone(DEFAULT_PACK);
}
