// Rule packs: the schema team leads write against, the loader that refuses a broken pack whole,
// and the built-in method pack.
import { DEFAULT_PACK } from './default-pack.generated';
import type { RulePack } from './schema';

export { CURRENT_SCHEMA_VERSION, rulePackSchema, ruleSchema, type RulePack, type Rule, type PhraseEntry } from './schema';
export { loadPack, formatPath, MAX_PACK_BYTES, type PackError, type LoadResult, type LoadOptions } from './load';

/** The built-in method pack (validated when generated, and again by its unit test). */
export function defaultPack(): RulePack {
  return structuredClone(DEFAULT_PACK);
}
