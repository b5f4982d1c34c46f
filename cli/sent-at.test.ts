// `sent_at` on an input line (contract 3, extended 2026-11-30): the real command, as a team lead
// runs it on past replies, prints each promise with its due time in the offset the reply was sent in.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');

function score(lines: object[], args: string[] = []) {
  const run = spawnSync(process.execPath, ['bin/rapport.mjs', 'score', '-', ...args], {
    cwd: root,
    input: lines.map((l) => JSON.stringify(l)).join('\n'),
    encoding: 'utf8',
  });
  return { status: run.status, err: run.stderr, out: run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>) };
}

describe('rapport score with sent_at', { timeout: 60_000 }, () => {
  it('gives each line its commitments with due times in the offset of sent_at', () => {
    const sentAt = '2026-11-30T14:00:00+01:00';
    const { out, status } = score([
      { id: 'a', text: "Hi Sam, I'll call you back within 15 minutes.", sent_at: sentAt },
      { id: 'b', text: "Thanks for your patience, we'll update you by 3 pm.", sent_at: sentAt },
      { id: 'c', text: 'The store opens at 9 tomorrow.', sent_at: sentAt },
      { id: 'd', text: "I'll call you back within 15 minutes.", sent_at: '2026-11-30T08:00:00-05:00' },
    ]);
    expect(status).toBe(0);
    const due = (i: number) => (out[i]!.commitments as { due: string }[]).map((c) => c.due);
    expect(due(0)).toEqual(['2026-11-30T14:15:00+01:00']);
    expect(due(1)).toEqual(['2026-11-30T15:00:00+01:00']);
    expect(due(2)).toEqual([]);
    expect(due(3)).toEqual(['2026-11-30T08:15:00-05:00']);
    expect(out[0]!.commitments).toEqual([
      { text: "I'll call you back within 15 minutes", span: { start: 8, end: 44 }, due: '2026-11-30T14:15:00+01:00', action: 'call them back' },
    ]);
  });

  it('leaves the contract 3 line as it was when a line has no sent_at', () => {
    const { out } = score([{ id: 'a', text: "I'll call you back within 15 minutes." }]);
    expect(Object.keys(out[0]!)).toEqual(['id', 'score', 'signals', 'findings', 'mood']);
  });

  it('with --report prints the whole report: commitments on every line, "due" only with sent_at, as --help says', () => {
    const { out } = score([{ id: 'a', text: "I'll call you back within 15 minutes." }, { id: 'b', text: "I'll call you back within 15 minutes.", sent_at: '2026-11-30T14:00:00+01:00' }], ['--report']);
    expect(out[0]!.commitments).toEqual([{ text: "I'll call you back within 15 minutes", span: { start: 0, end: 36 }, action: 'call them back' }]);
    expect((out[1]!.commitments as { due?: string }[])[0]!.due).toBe('2026-11-30T14:15:00+01:00');
    const help = spawnSync(process.execPath, ['bin/rapport.mjs', '--help'], { cwd: root, encoding: 'utf8' }).stdout;
    const reportOption = help.slice(help.indexOf('  --report'), help.indexOf('  --summary'));
    expect(reportOption).toContain('"commitments"');
    expect(reportOption).toMatch(/with or without "sent_at"/);
  });

  it('names a line whose sent_at has no offset, and scores the others', () => {
    const { out, err, status } = score([
      { id: 'a', text: 'Thanks!', sent_at: '2026-11-30T14:00:00' },
      { id: 'b', text: 'Thanks!', sent_at: '2026-11-30T14:00:00Z' },
    ]);
    expect(status).toBe(1);
    expect(err).toMatch(/line 1: "sent_at" must be ISO 8601 with an offset/);
    expect(out.map((l) => l.id)).toEqual(['b']);
  });

  it('reads sent_at from a CSV column too', () => {
    const csv = 'id,text,sent_at\nx,"We\'ll update you by 3 pm.",2026-11-30T14:00:00+01:00\n';
    const run = spawnSync(process.execPath, ['bin/rapport.mjs', 'score', '-', '--input', 'csv'], { cwd: root, input: csv, encoding: 'utf8' });
    const line = JSON.parse(run.stdout.trim()) as { commitments: { due: string }[] };
    expect(line.commitments.map((c) => c.due)).toEqual(['2026-11-30T15:00:00+01:00']);
  });
});
