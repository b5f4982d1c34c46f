// Runs `rapport score --report` as a team lead would from a shell: one JSON line in per reply, one
// report line out per reply. Shared by the scenario tests (issue 14), so the packs and the advice logic
// are tested through the CLI's contract, not the library's internals.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import type { Report } from '../types';

const root = resolve(import.meta.dirname, '../../..');

/** One input line of `rapport score`: the reply (`text`) and what the ticket gives with it. */
export interface CliLine {
  id: string;
  text: string;
  customer_message?: string;
  customer_name?: string;
  subject?: string;
}

/**
 * The reports of `rapport score --report -` for `lines`, keyed by id. `pack` is a path from the repo root
 * (default: the built-in pack). Throws when the CLI exits non-zero (its stderr in the message).
 */
export function reportsViaCli(lines: CliLine[], pack?: string): Map<string, Report & { id: string }> {
  const args = [resolve(root, 'bin/rapport.mjs'), 'score', '--report', '-', ...(pack ? ['--pack', resolve(root, pack)] : [])];
  const input = lines.map((l) => JSON.stringify(l)).join('\n');
  const res = spawnSync(process.execPath, args, { input, encoding: 'utf8', cwd: root });
  if (res.status !== 0) throw new Error(`rapport exited ${res.status}: ${res.stderr}`);
  const out = new Map<string, Report & { id: string }>();
  for (const line of res.stdout.split('\n').filter(Boolean)) {
    const r = JSON.parse(line) as Report & { id: string };
    out.set(String(r.id), r);
  }
  return out;
}
