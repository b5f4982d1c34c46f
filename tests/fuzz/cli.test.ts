// A sample of the fuzz cases (three of every kind, as raw file bytes: bad UTF-8 and UTF-16 files
// included) through a real `rapport validate` process: exit 0 with "ok:", or exit 1 with every
// stderr line naming the file (and a path inside it), never a stack trace, a crash code or a hang.
//
// The processes run the CLI's own code bundled once by esbuild (the transform tsx applies per file,
// done ahead): a `bin/rapport.mjs` process spends ~3 s of its ~5.5 s loading the CLI's modules one by
// one through tsx's loader hooks (CPU profile, 04:06 UTC; one validate: 1.7–1.9 s CPU through the bin,
// 0.85–0.9 s bundled, 04:42 UTC), and the sample needs ~60 processes. Cases spread over the kinds
// still go through bin/rapport.mjs itself, under the same checks.
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack, MAX_PACK_BYTES } from '../../lib/rule-pack/index';
import { caseBytes, fuzzCase, type FuzzCase } from './cases';

const PER_KIND = 3;
// Each process boots Node and tsx; on the shared machine that alone took up to 13 s.
const HANG_MS = 60_000;
const BIN = new URL('../../bin/rapport.mjs', import.meta.url).pathname;
const RUN = new URL('../../cli/run.ts', import.meta.url).pathname;
/** How many of the sampled cases run through bin/rapport.mjs rather than the bundle. */
const THROUGH_BIN = 4;

interface Ran {
  c: FuzzCase;
  /** The process ran bin/rapport.mjs (else the bundle). */
  viaBin: boolean;
  file: string;
  bytes: Uint8Array;
  code: number | null;
  killed: boolean;
  stdout: string;
  stderr: string;
  ms: number;
}

function sample(): FuzzCase[] {
  const byKind = new Map<string, FuzzCase[]>();
  for (let id = 0; id < 1000; id++) {
    const c = fuzzCase(id);
    const list = byKind.get(c.kind) ?? [];
    if (list.length < PER_KIND) byKind.set(c.kind, [...list, c]);
  }
  return [...byKind.values()].flat();
}

/**
 * The CLI as one ES module, what bin/rapport.mjs runs minus tsx: cli/run.ts and everything of ours
 * it imports, bundled; packages stay imports, so it lives under node_modules to resolve them.
 */
async function bundleCli(): Promise<string> {
  const out = new URL('../../node_modules/.cache/rapport-fuzz-cli/', import.meta.url).pathname;
  mkdirSync(out, { recursive: true });
  const outfile = join(out, `cli-${process.pid}.mjs`);
  await build({
    entryPoints: [RUN],
    bundle: true,
    packages: 'external',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'error',
  });
  return outfile;
}

function validate(file: string, entry: string): Promise<Omit<Ran, 'c' | 'file' | 'bytes' | 'viaBin'>> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    execFile(process.execPath, [entry, 'validate', file], { timeout: HANG_MS, maxBuffer: 8 << 20 }, (err, stdout, stderr) => {
      const e = err as (NodeJS.ErrnoException & { code?: number | string; killed?: boolean }) | null;
      resolve({ code: e ? (typeof e.code === 'number' ? e.code : null) : 0, killed: Boolean(e?.killed), stdout, stderr, ms: performance.now() - t0 });
    });
  });
}

let dir: string;
let cli: string;
let ran: Ran[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'rapport-fuzz-'));
  cli = await bundleCli();
  const queue = sample().map((c) => {
    const file = join(dir, `case-${c.id}.${c.format === 'json' ? 'json' : 'yaml'}`);
    const bytes = caseBytes(c);
    writeFileSync(file, bytes);
    return { c, file, bytes };
  });
  // Cases spread over the kinds go through the shipped bin, the others through the bundle.
  const step = Math.ceil(queue.length / THROUGH_BIN);
  const jobs = queue.map((job, i) => ({ ...job, viaBin: i % step === 0 }));
  // Two at a time: the machine has two cores and other people's work on them.
  const worker = async () => {
    for (let job = jobs.shift(); job; job = jobs.shift()) ran.push({ ...job, ...(await validate(job.file, job.viaBin ? BIN : cli)) });
  };
  await Promise.all([worker(), worker()]);
  ran = ran.sort((a, b) => a.c.id - b.c.id);
  const ms = ran.map((r) => r.ms).sort((a, b) => a - b);
  console.log(`cli fuzz: ${ran.length} processes (${ran.filter((r) => r.viaBin).length} through bin/rapport.mjs), ${ran.filter((r) => r.code === 0).length} ok, ${ran.filter((r) => r.code === 1).length} refused; wall ms p50 ${ms[Math.floor(ms.length / 2)]?.toFixed(0)} max ${ms[ms.length - 1]?.toFixed(0)}`);
}, 30 * 60_000);

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  if (cli) rmSync(cli, { force: true });
});

const name = (r: Ran) => `#${r.c.id} ${r.c.kind}${r.viaBin ? ' (bin)' : ''}: ${r.c.label}`;

describe('rapport validate on fuzzed pack files', () => {
  it('covers at least 50 files of every kind', () => {
    expect(ran.length).toBeGreaterThanOrEqual(50);
  });

  it('ran some of them through bin/rapport.mjs itself', () => {
    expect(ran.filter((r) => r.viaBin).length).toBe(THROUGH_BIN);
  });

  it('never hangs and never crashes (exit 0 or 1 only, no stack trace)', () => {
    const bad = ran.filter((r) => r.killed || (r.code !== 0 && r.code !== 1) || /^\s+at .+:\d+:\d+\)?$/m.test(r.stderr));
    expect(bad.map((r) => `${name(r)} → ${r.killed ? 'hung' : `exit ${r.code}`}: ${r.stderr.slice(0, 300)}`)).toEqual([]);
  });

  it('says ok for a pack it accepts, and names the file and the path for one it refuses', () => {
    const bad = ran.flatMap((r) => {
      if (r.code === 0) return r.stdout.startsWith(`ok: ${r.file}: `) ? [] : [`${name(r)} → exit 0 but stdout ${JSON.stringify(r.stdout.slice(0, 120))}`];
      const lines = r.stderr.split('\n').filter((l) => l.trim() !== '');
      if (lines.length === 0) return [`${name(r)} → refused without a message`];
      const stray = lines.find((l) => !l.startsWith(`${r.file}: `));
      if (stray) return [`${name(r)} → stderr line without the file name: ${stray.slice(0, 200)}`];
      if (r.c.docLevel || r.bytes.length > MAX_PACK_BYTES) return [];
      // A mutation below the root: the loader names a path for this file's text, and the CLI must print it.
      const loaded = loadPack(new TextDecoder().decode(r.bytes), { format: r.c.format });
      const paths = loaded.ok ? [] : loaded.errors.filter((e) => e.path !== '').map((e) => `${r.file}: ${e.path}: `);
      return lines.some((l) => paths.some((p) => l.startsWith(p))) ? [] : [`${name(r)} → no line names a path: ${lines[0]!.slice(0, 200)}`];
    });
    expect(bad).toEqual([]);
  });
});
