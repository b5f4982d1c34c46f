// Prints what pack management costs: validating each pack in packs/ (the loader runs every rule's
// examples), and composing the layers into the effective pack. Run: npx tsx lib/packs/bench.ts
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defaultPack } from '../rule-pack';
import { computeEffective, type LayerInputs } from './effective';
import type { PackLike } from './layers';
import { validatePack, validateUncached } from './load';

const DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../packs');
const deps = { validate: validatePack, defaultPack: () => defaultPack() as unknown as PackLike };

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
const base: LayerInputs = { policy: { lockRules: false, allowTeamPacks: true }, policyErrors: [], managedCache: null, team: null, personal: { disabledRules: [], tips: [] } };
const it = readFileSync(path.join(DIR, 'it-helpdesk.yaml'), 'utf8');
const full = readFileSync(path.join(DIR, 'default.yaml'), 'utf8');
// Composition reuses validation results for unchanged text (load.ts), as the background does.
rows.push(['compose: method only', median(() => computeEffective(base, deps)).toFixed(2)]);
rows.push(['compose: method + IT overlay (validated before)', median(() => computeEffective({ ...base, team: { text: it, format: 'yaml', source: { kind: 'file' } } }, deps)).toFixed(2)]);
rows.push([
  'compose: method + full team + locked managed + personal (validated before)',
  median(() =>
    computeEffective(
      { ...base, policy: { pack: it, lockRules: true, allowTeamPacks: true }, team: { text: full, format: 'yaml', source: { kind: 'file' } }, personal: { disabledRules: ['terse', 'empathy'], tips: [] } },
      deps,
    ),
  ).toFixed(2),
]);
const width = Math.max(...rows.map(([k]) => k.length));
console.log(`pack management, median ms of 15 runs (${new Date().toISOString()}, node ${process.version})`);
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v.padStart(8)}`);
