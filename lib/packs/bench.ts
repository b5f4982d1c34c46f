// Prints what pack management costs: validating each pack in packs/ (the loader runs every rule's
// examples), and composing the layers into the effective pack. Run: npx tsx lib/packs/bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildEffectivePack, NO_LAYERS, validateUncached, type StoredLayers } from './pipeline';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packs');

function median(fn: () => void, runs = 15): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return times.sort((a, b) => a - b)[runs >> 1] ?? NaN;
}

const rows: [string, string][] = [];
for (const file of readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f))) {
  const text = readFileSync(path.join(DIR, file), 'utf8');
  rows.push([`validate ${file} (${(text.length / 1024).toFixed(1)} KB)`, median(() => validateUncached(text, 'yaml')).toFixed(2)]);
}
const base: StoredLayers = NO_LAYERS;
const it = readFileSync(path.join(DIR, 'it-helpdesk.yaml'), 'utf8');
const full = readFileSync(path.join(DIR, 'default.yaml'), 'utf8');
// Composition reuses validation results for unchanged text (load.ts), as the background does.
rows.push(['compose: method only', median(() => buildEffectivePack(base)).toFixed(2)]);
rows.push(['compose: method + IT overlay (validated before)', median(() => buildEffectivePack({ ...base, team: { text: it, format: 'yaml', source: { kind: 'file' } } })).toFixed(2)]);
rows.push([
  'compose: method + full team + locked managed + personal (validated before)',
  median(() =>
    buildEffectivePack({
      ...base,
      policy: { pack: it, lockRules: true, allowTeamPacks: true },
      team: { text: full, format: 'yaml', source: { kind: 'file' } },
      personal: { disabledRules: ['terse', 'empathy'], tips: [] },
    }),
  ).toFixed(2),
]);
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`pack management, median ms of 15 runs (${new Date().toISOString()}, node ${process.version})`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v.padStart(8)}`);
