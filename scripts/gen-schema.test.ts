import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderSchema, SCHEMA_FILE } from './gen-schema';

describe('schemas/rule-pack.schema.json', () => {
  it('matches the zod schema (run `npx tsx scripts/gen-schema.ts` when this fails)', () => {
    expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(renderSchema());
  });

  it('lets authors leave out fields that have defaults, but not the pack identity', () => {
    const schema = JSON.parse(renderSchema()) as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toEqual(expect.arrayContaining(['schema_version', 'id', 'name', 'version']));
    expect(schema.required).not.toContain('tips');
    expect(schema.required).not.toContain('rules');
    expect(Object.keys(schema.properties)).toContain('extends');
  });
});
