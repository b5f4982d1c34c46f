// Writes schemas/rule-pack.schema.json from the zod schema, so team leads get completion and errors in
// their own editor through `$schema`. `npm test` fails when the committed file is stale
// (scripts/gen-schema.test.ts); run `npx tsx scripts/gen-schema.ts` after changing the schema.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { rulePackSchema } from '../lib/rule-pack/schema';

export const SCHEMA_FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../schemas/rule-pack.schema.json');
export const SCHEMA_ID = 'https://rapport.invalid/schemas/rule-pack.schema.json';

/** `extends: default` is read by the pack manager (lib/packs/layers.ts) before the loader sees the pack. */
const EXTENDS = {
  description: 'Say `default` to layer this pack over the method (and your organisation\'s pack); leave it out to replace them.',
  type: 'string',
  enum: ['default'],
};

export function buildSchema(): Record<string, unknown> {
  // 'input': what an author writes — fields with defaults are optional.
  const json = z.toJSONSchema(rulePackSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  const properties = (json.properties ?? {}) as Record<string, unknown>;
  const { $schema, ...rest } = json;
  return {
    $schema,
    $id: SCHEMA_ID,
    title: 'Rapport rule pack',
    description: 'Phrases, rules, prompts, closing questions and tips that Rapport coaches help-desk replies with.',
    ...rest,
    properties: 'extends' in properties ? properties : { ...properties, extends: EXTENDS },
  };
}

export function renderSchema(): string {
  return `${JSON.stringify(buildSchema(), null, 2)}\n`;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, renderSchema());
  console.log(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}`);
}
