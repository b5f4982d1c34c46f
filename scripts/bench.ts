// `npm run bench [-- --only scoring,...] [--quick] [--list] [--strict]`: runs the bench parts, prints their figures and
// closes with the targets as PASS/MISS. Figures are measured, not asserted: the exit status is 0
// unless a part crashed (or --strict is given and a target was missed).
import { execSync } from 'node:child_process';
import { arch, cpus, loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusFiles } from './bench/corpus';
import { PARTS } from './bench/parts';
import { passed, type Target } from './bench/types';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--list')) {
    for (const p of PARTS) console.log(`${p.id}\t${p.title}`);
    return 0;
  }
  const onlyAt = argv.indexOf('--only');
  const only = onlyAt >= 0 ? (argv[onlyAt + 1] ?? '').split(',').filter(Boolean) : undefined;
  const unknown = only?.filter((id) => !PARTS.some((p) => p.id === id)) ?? [];
  if (unknown.length || (only && only.length === 0)) {
    console.error(`unknown part: ${unknown.join(', ') || '(none given)'}; parts: ${PARTS.map((p) => p.id).join(', ')}`);
    return 2;
  }
  const parts = PARTS.filter((p) => !only || only.includes(p.id));
  const print = (line = '') => console.log(line);

  print(`rapport bench · ${new Date().toISOString()} · ${machine()}`);
  const files = corpusFiles(root);
  print(`corpus files: ${files.join(', ')}`);
  const results: Target[] = [];
  const started = process.hrtime.bigint();
  for (const part of parts) {
    print();
    print(`== ${part.id}: ${part.title}`);
    results.push(...(await part.run({ root, corpusFiles: files, quick: argv.includes('--quick'), print })));
  }
  print();
  print('== targets');
  for (const t of results) {
    const limit = `${t.kind === 'max' ? '<' : '≥'} ${t.limit} ${t.unit}`;
    print(`${passed(t) ? 'PASS' : 'MISS'}  ${t.name}: ${fmt(t.value)} ${t.unit} (target ${limit})`);
  }
  print(`load average at the end: ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  print(`bench time ${(Number(process.hrtime.bigint() - started) / 1e9).toFixed(1)} s`);
  return argv.includes('--strict') && results.some((t) => !passed(t)) ? 1 : 0;
}

function machine(): string {
  let uname: string = arch();
  try {
    uname = execSync('uname -m', { encoding: 'utf8' }).trim();
  } catch {
    // Not every platform has uname; the Node arch is close enough.
  }
  // Load average goes in the header: on a shared machine it explains a slow run.
  const load = loadavg().map((l) => l.toFixed(2)).join(' ');
  return `${uname}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown cpu'}), node ${process.version}, load ${load}`;
}

function fmt(v: number): string {
  return v >= 100 ? v.toFixed(0) : v >= 1 ? v.toFixed(2) : v.toFixed(3);
}

process.exitCode = await main(process.argv.slice(2));
