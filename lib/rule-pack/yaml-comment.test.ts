// A plain list item cut short by " #" (a YAML comment) is reported with its path and line.
import { describe, expect, it } from 'vitest';
import { loadPack } from './load';

const pack = (phrases: string) =>
  `schema_version: 1\nid: team\nname: Team\nversion: "1"\nrules:\n  - id: avoid\n    type: phrase-avoid\n    level: warning\n    message: Avoid\n    phrases:\n${phrases}    examples: {flag: [Not my department!]}\n`;

describe('list items cut by a YAML comment', () => {
  it('warns with the path, the line and what was kept', () => {
    const r = loadPack(pack('      - not my department #billing\n      - (that is|that\'s) not my job\n'));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.warnings).toHaveLength(1);
    expect(r.warnings[0]).toMatchObject({ path: 'rules[0].phrases[0]', line: 11 });
    expect(r.warnings[0]!.message).toContain('"not my department"');
    expect(r.warnings[0]!.message).toContain('#billing');
  });

  it('says nothing of quoted items or comments on their own line', () => {
    const r = loadPack(pack('      # a note of its own\n      - "not my (department|job)"\n      - \'not my team\' # a note after a quoted item\n'));
    expect(r.ok).toBe(true);
    expect(r.ok && r.warnings).toEqual([]);
  });
});
