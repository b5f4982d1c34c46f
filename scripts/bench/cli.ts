// Startup of the `rapport` command as a user meets it: one reply on stdin, wall time from spawn to
// exit, both straight through node and through npx (which adds npm's own startup and tree read).
import { spawnSync } from 'node:child_process';
import { median } from './stats';
import type { BenchPart } from './types';

const LINE = '{"id":1,"text":"Hi Ana, thanks for waiting. Have I solved your problem?"}\n';

function wallMs(root: string, command: string, args: string[]): number {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { cwd: root, input: LINE, encoding: 'utf8', timeout: 60_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 || !r.stdout.includes('"score"')) {
    throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr || r.error?.message}`);
  }
  return ms;
}

const FLOOR = 'process.stdin.resume(); process.stdin.on("end", () => console.log(JSON.stringify({ score: 0 })))';

export const cliPart: BenchPart = {
  id: 'cli',
  title: 'CLI startup: score one reply from stdin (spawn to exit)',
  async run(ctx) {
    // npx spends seconds in npm itself: fewer runs keep the bench short.
    const rows: [string, string, string[], number][] = [
      ['node (floor: read stdin, print)', process.execPath, ['-e', FLOOR], 5],
      ['node bin/rapport.mjs score -', process.execPath, ['bin/rapport.mjs', 'score', '-'], 5],
      ['npx rapport score -', 'npx', ['--no-install', 'rapport', 'score', '-'], 3],
    ];
    for (const [label, command, args, fullRuns] of rows) {
      const runs = ctx.quick ? 1 : fullRuns;
      try {
        wallMs(ctx.root, command, args); // the first run fills tsx's transform cache
        const times: number[] = [];
        const start = Date.now();
        // On a loaded machine npx alone can take ten seconds: stop early rather than take minutes.
        while (times.length < runs && (times.length === 0 || Date.now() - start < 15_000)) {
          times.push(wallMs(ctx.root, command, args));
        }
        ctx.print(`${label.padEnd(32)} ${median(times).toFixed(0).padStart(6)} ms (median of ${times.length})`);
      } catch (err) {
        ctx.print(`${label.padEnd(32)} not measured: ${(err as Error).message.split('\n')[0]}`);
      }
    }
    return [];
  },
};
