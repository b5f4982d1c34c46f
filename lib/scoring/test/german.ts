// The German method pack for unit tests: packs/de-method.yaml, read from this folder, either through the pack
// pipeline (lib/packs/pipeline.ts) as the extension and `npm run eval` use it, or loaded alone (lib/rule-pack
// loadPack) as the older tests do. Not a test file itself (vitest collects *.test.ts only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEffectivePack, NO_LAYERS } from '../../packs/pipeline';
import { loadPack, type RulePack } from '../../rule-pack';

/** packs/de-method.yaml, from this folder. */
const GERMAN_PACK_PATH = path.resolve(__dirname, '../../../packs/de-method.yaml');

/**
 * packs/de-method.yaml built as the team layer over the method: `.pack` for createScorer, `.errors` (empty when
 * the pack loads). Read and built anew on each call, as each file did by hand.
 */
export function buildGermanPack(): ReturnType<typeof buildEffectivePack> {
  const text = readFileSync(GERMAN_PACK_PATH, 'utf8');
  return buildEffectivePack({ ...NO_LAYERS, team: { text, format: 'yaml', source: { kind: 'file', name: 'de-method.yaml' } } });
}

/**
 * packs/de-method.yaml loaded alone with loadPack (YAML, no layer under it): the RulePack for createScorer. Read and
 * loaded anew on each call. Throws with the loader's messages when the pack does not load.
 */
export function loadGermanPack(): RulePack {
  const loaded = loadPack(readFileSync(GERMAN_PACK_PATH, 'utf8'), { format: 'yaml' });
  if (!loaded.ok) throw new Error(`de-method.yaml does not load:\n${loaded.errors.map((e) => e.message).join('\n')}`);
  return loaded.pack;
}
