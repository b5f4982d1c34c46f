import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOC_FILE, END, renderDoc, renderReference, START } from './gen-pack-docs';
import { buildSchema } from './gen-schema';

describe('docs/packs.md field reference', () => {
  it('is what the schema says today (run `npx tsx scripts/gen-pack-docs.ts` when this fails)', () => {
    const doc = readFileSync(DOC_FILE, 'utf8');
    expect(doc).toContain(START);
    expect(renderDoc(doc)).toBe(doc);
  });

  it('names every top-level field and every rule type, with a description for each field', () => {
    const ref = renderReference();
    const schema = buildSchema() as { properties: Record<string, { description?: string; items?: { oneOf?: { properties: { type: { const: string } } }[] } }> };
    for (const [key, field] of Object.entries(schema.properties)) {
      expect(ref).toContain(`| \`${key}\` |`);
      expect(field.description, key).toBeTruthy();
    }
    for (const v of schema.properties.rules!.items!.oneOf!) expect(ref).toContain(`### \`type: ${v.properties.type.const}\``);
    expect(ref).toContain('| `empathy` | Acknowledges the feeling |');
    expect(ref.endsWith(END)).toBe(true);
  });

  it('keeps what people wrote outside the markers', () => {
    const doc = `# Packs\n\nHand-written.\n\n${START}\nold\n${END}\n\nMore by hand.\n`;
    const out = renderDoc(doc);
    expect(out.startsWith('# Packs\n\nHand-written.\n\n')).toBe(true);
    expect(out.endsWith(`${END}\n\nMore by hand.\n`)).toBe(true);
    expect(out).not.toContain('\nold\n');
  });

  it('says what stops a `...` gap as the matcher does: a comma stops it, a dash does not', () => {
    const ref = renderReference();
    const row = ref.split('\n').find((l) => l.startsWith('| `...` |'))!;
    // Before: "never across `.` `!` or `?`", yet "I'll call you, today." did not match "I'll ... today".
    expect(row).toContain('`,`');
    expect(row).toContain('dashes');
  });

  it('tells a YAML writer to quote a phrase with " #"', () => {
    const row = renderReference().split('\n').find((l) => l.startsWith('| `#` |'))!;
    expect(row).toMatch(/quote/i);
    expect(row).toContain('comment');
  });
});
