// Regenerates default-pack.generated.ts from packs/default.yaml: the extension bundle and Node both
// import the generated module, so nothing reads a file at run time and the scorer needs no YAML
// parser. Run: npx tsx lib/rule-pack/gen-default.ts (a unit test fails when the output is stale).
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadPack } from './load';

export const YAML_PATH = fileURLToPath(new URL('../../packs/default.yaml', import.meta.url));
export const GENERATED_PATH = fileURLToPath(new URL('./default-pack.generated.ts', import.meta.url));

export function renderGenerated(yamlText: string): string {
  const result = loadPack(yamlText, { format: 'yaml', source: 'packs/default.yaml' });
  if (!result.ok) throw new Error(result.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return (
    '// Generated from packs/default.yaml by lib/rule-pack/gen-default.ts. Do not edit by hand.\n' +
    "import type { RulePack } from './schema';\n\n" +
    `export const DEFAULT_PACK: RulePack = ${JSON.stringify(result.pack, null, 1)};\n`
  );
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(GENERATED_PATH, renderGenerated(readFileSync(YAML_PATH, 'utf8')));
  console.log(`wrote ${GENERATED_PATH}`);
}
