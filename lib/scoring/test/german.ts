// The German method pack for unit tests, set up as the extension and `npm run eval` use it: packs/de-method.yaml
// as a team's pack over the method, through the pack pipeline (lib/packs/pipeline.ts). Not a test file itself
// (vitest collects *.test.ts only).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildEffectivePack, NO_LAYERS } from '../../packs/pipeline';

/** packs/de-method.yaml, from this folder. */
export const GERMAN_PACK_PATH = path.resolve(__dirname, '../../../packs/de-method.yaml');

/**
 * packs/de-method.yaml built as the team layer over the method: `.pack` for createScorer, `.errors` (empty when
 * the pack loads). Read and built anew on each call, as each file did by hand.
 */
export function buildGermanPack(): ReturnType<typeof buildEffectivePack> {
  const text = readFileSync(GERMAN_PACK_PATH, 'utf8');
  return buildEffectivePack({ ...NO_LAYERS, team: { text, format: 'yaml', source: { kind: 'file', name: 'de-method.yaml' } } });
}
