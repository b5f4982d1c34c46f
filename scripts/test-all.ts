// `npm test`: every check the project has, in order, with one summary at the end. It keeps going after
// a failure (so one run shows everything that is wrong) and exits non-zero when anything failed.
import { spawnSync } from 'node:child_process';

interface Step {
  name: string;
  cmd: string[];
  /** Steps that need a build are skipped when it failed. */
  needsBuild?: boolean;
}

const STEPS: Step[] = [
  { name: 'typecheck', cmd: ['npx', 'tsc', '--noEmit'] },
  { name: 'lint', cmd: ['npx', 'eslint', '.'] },
  { name: 'unit tests', cmd: ['npx', 'vitest', 'run'] },
  { name: 'pack fuzz via CLI', cmd: ['npm', 'run', '-s', 'test:fuzz-cli'] },
  { name: 'build chrome', cmd: ['npx', 'wxt', 'build'] },
  { name: 'build firefox', cmd: ['npx', 'wxt', 'build', '-b', 'firefox'] },
  { name: 'web-ext lint', cmd: ['npm', 'run', '-s', 'lint:firefox'], needsBuild: true },
  { name: 'e2e chromium', cmd: ['npx', 'playwright', 'test', '--project', 'chromium'], needsBuild: true },
  // The same contracts in Firefox ESR over WebDriver BiDi (the tests tagged @firefox).
  { name: 'e2e firefox', cmd: ['npx', 'playwright', 'test', '--project', 'firefox'], needsBuild: true },
];

const only = process.argv.slice(2);
const results: { name: string; status: 'passed' | 'failed' | 'skipped'; seconds: number }[] = [];
let buildFailed = false;

for (const step of STEPS) {
  if (only.length && !only.includes(step.name)) continue;
  if (step.needsBuild && buildFailed) {
    results.push({ name: step.name, status: 'skipped', seconds: 0 });
    continue;
  }
  console.log(`\n━━ ${step.name}: ${step.cmd.join(' ')}`);
  const t0 = Date.now();
  const run = spawnSync(step.cmd[0]!, step.cmd.slice(1), { stdio: 'inherit', env: process.env });
  const ok = run.status === 0;
  if (!ok && step.name.startsWith('build')) buildFailed = true;
  results.push({ name: step.name, status: ok ? 'passed' : 'failed', seconds: (Date.now() - t0) / 1000 });
}

console.log('\n━━ summary');
for (const r of results) console.log(`  ${r.status.padEnd(7)} ${r.name.padEnd(20)} ${r.seconds.toFixed(1)} s`);
const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.filter((r) => r.status !== 'passed').length;
console.log(`steps: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
