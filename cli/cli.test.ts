// Runs the real command as a user would (node bin/rapport.mjs …) on temporary files. A small pack
// is passed with --pack so these tests check the CLI, not the tuning of the default pack.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'rapport-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PACK = `schema_version: 1
id: cli-test
name: CLI test pack
version: "1"
rules:
  - id: gratitude
    signal: gratitude
    type: phrase-present
    level: info
    message: Thank the customer.
    phrases: [thank you, thanks]
    examples: { flag: ["Thanks for waiting."], pass: ["I will check."] }
  - id: no-problem
    signal: no-problem
    type: phrase-avoid
    level: warning
    message: Say "you're welcome" instead.
    phrases: [no problem]
    rewrites: ["You're welcome"]
    examples: { flag: ["No problem!"], pass: ["You're welcome!"] }
closing_questions:
  - { id: solved, text: Have I solved your problem?, always: true, variants: [have I solved your problem] }
tips:
  - { id: vpn, title: VPN, text: Reconnect the VPN first., topics: [vpn] }
mood_cues:
  hurry: [urgent]
`;

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}
const pack = file('pack.yaml', PACK);

function rapport(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/rapport.mjs', ...args], { cwd: root, input, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr, lines: r.stdout.split('\n').filter(Boolean) };
}
const json = (lines: string[]) => lines.map((l) => JSON.parse(l) as { id: unknown; score: number; signals: Record<string, boolean>; findings: { ruleId: string; span: { start: number; end: number } }[] });

describe('rapport score', { timeout: 90_000 }, () => {
  it('prints the whole report with --report, and mood on every line', () => {
    const src = file('r.jsonl', '{"id":"m","text":"Thanks, I will check the VPN.","customer_message":"This is urgent, I need it now!"}\n');
    const plain = JSON.parse(rapport(['score', src, '--pack', pack]).lines[0]!) as { mood: { kind: string } };
    expect(plain.mood.kind).toBe('hurry');
    const { code, lines } = rapport(['score', src, '--pack', pack, '--report']);
    expect(code).toBe(0);
    const full = JSON.parse(lines[0]!) as Record<string, unknown>;
    expect(full).toMatchObject({ id: 'm', mood: { kind: 'hurry' }, closingQuestions: [{ id: 'solved', asked: false }] });
    expect(full).toHaveProperty('prompts');
    expect(full).toHaveProperty('bonusTip.offer', false);
    expect(rapport(['score', src, '--report', '--summary']).code).toBe(2);
  });

  it('prints one contract line per JSONL reply, in order', () => {
    const src = file('a.jsonl', ['{"id":"r1","text":"Thanks for waiting, Ana."}', '{"id":2,"text":"Sure, no problem.","customer_name":"Bo"}', ''].join('\n'));
    const { code, lines } = rapport(['score', src, '--pack', pack]);
    expect(code).toBe(0);
    const [a, b] = json(lines);
    expect(lines).toHaveLength(2);
    expect(Object.keys(a!)).toEqual(['id', 'score', 'signals', 'findings', 'mood']);
    expect(a).toMatchObject({ id: 'r1', signals: { gratitude: true, 'no-problem': false }, findings: [] });
    expect(b).toMatchObject({ id: 2, signals: { gratitude: false, 'no-problem': true } });
    expect(b!.findings[0]).toMatchObject({ ruleId: 'no-problem', span: { start: 6, end: 16 } });
    for (const r of [a!, b!]) expect(r.score >= 0 && r.score <= 100).toBe(true);
  });

  it('a pack that extends the default is scored together with the method pack, as in the extension', () => {
    const reply = '{"id":"x","text":"Hi Sam, sorry for the wait. Your temporary password is Xy7-Lp2q."}\n';
    const [layered] = json(rapport(['score', '-', '--pack', 'packs/it-helpdesk.yaml'], reply).lines);
    expect(layered!.findings.map((f) => f.ruleId)).toContain('password-in-reply');
    expect(layered!.signals).toMatchObject({ apology: true, greeting: true });
  });

  it('reads stdin when the file is "-"', () => {
    const { code, lines } = rapport(['score', '-', '--pack', pack], '{"id":"in","text":"thank you"}\n');
    expect(code).toBe(0);
    expect(json(lines)[0]).toMatchObject({ id: 'in', signals: { gratitude: true } });
  });

  it('reads CSV with BOM, CRLF, quoted commas, quotes and line breaks', () => {
    const csv = '\uFEFFtext,customer_name,id\r\n"Hi Bo,\r\nthanks for the ""log"".",Bo,c1\r\nno problem,,\r\n';
    const { code, lines } = rapport(['score', file('b.csv', csv), '--pack', pack]);
    expect(code).toBe(0);
    const [a, b] = json(lines);
    expect(a).toMatchObject({ id: 'c1', signals: { gratitude: true } });
    expect(b).toMatchObject({ id: 4, signals: { 'no-problem': true } });
    expect(b!.findings[0]!.span).toEqual({ start: 0, end: 10 });
  });

  it('reads a CSV saved as Windows-1252 (an Excel export) or UTF-16, and says it was not UTF-8', () => {
    // "Thanks, Ren\u00e9 \u2019" in Windows-1252 bytes: before, "\u00e9" and "\u2019" became "\uFFFD" silently.
    const path = join(dir, 'cp1252.csv');
    writeFileSync(path, Buffer.concat([Buffer.from('id,text\r\n1,"Thanks, Ren'), Buffer.from([0xe9]), Buffer.from(', I'), Buffer.from([0x92]), Buffer.from('ll check."\r\n')]));
    const { code, err, lines } = rapport(['score', path, '--pack', pack, '--report']);
    expect(code).toBe(0);
    expect(err).toMatch(/cp1252\.csv: not UTF-8 \(line 2\); read as Windows-1252/);
    const line = JSON.parse(lines[0]!) as { signals: Record<string, boolean>; findings: unknown[] };
    expect(line.signals.gratitude).toBe(true);
    expect(lines[0]).not.toContain('\uFFFD');
    const u16 = join(dir, 'u16.jsonl');
    writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"w","text":"Danke, Jürgen! thanks"}\n', 'utf16le')]));
    const r16 = rapport(['score', u16, '--pack', pack]);
    expect(r16.code).toBe(0);
    expect(json(r16.lines)[0]).toMatchObject({ id: 'w', signals: { gratitude: true } });
  });

  it('says so on stderr when a file holds no replies (a CSV with its header only), instead of printing nothing', () => {
    const { code, err, out } = rapport(['score', file('header.csv', 'id,text\r\n'), '--pack', pack]);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toMatch(/header\.csv: no replies to score/);
  });

  it('names bad lines on stderr, scores the rest, and exits 1', () => {
    const src = file('c.jsonl', ['{"id":1,"text":"thanks"}', 'not json', '{"id":3}', '{"id":4,"text":"no problem"}'].join('\n'));
    const { code, err, lines } = rapport(['score', src, '--pack', pack]);
    expect(code).toBe(1);
    expect(json(lines).map((l) => l.id)).toEqual([1, 4]);
    expect(err).toContain('c.jsonl: line 2: not valid JSON');
    expect(err).toContain('c.jsonl: line 3: missing "text"');
    expect(err).toContain('2 of 4 records failed');
  });

  it('refuses a broken pack with the path inside it and exit 1', () => {
    const bad = file('bad.yaml', PACK.replace('level: warning', 'level: loud'));
    const { code, err, out } = rapport(['score', '-', '--pack', bad], '{"text":"hi"}\n');
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/bad\.yaml: rules\[1\]\.level: /);
  });

  it('prints human-readable findings with --format text', () => {
    const { out } = rapport(['score', '-', '--pack', pack, '--format', 'text'], '{"id":"t","text":"OK.\\nNo problem at all"}\n');
    expect(out).toContain('t  score ');
    expect(out).toContain('  2:1-2:11 no-problem: Say "you\'re welcome" instead.');
  });

  it('summarises signals and findings for a team lead with --summary', () => {
    const src = file('d.jsonl', ['thanks', 'thanks, no problem', 'No problem', 'ok'].map((t, i) => JSON.stringify({ id: i, text: t })).join('\n'));
    const { code, out } = rapport(['score', src, '--pack', pack, '--summary']);
    expect(code).toBe(0);
    expect(out).toContain('4 replies scored');
    expect(out).toMatch(/^gratitude\s+2\s+50\.0%/m);
    expect(out).toMatch(/^no-problem\s+2\s+50\.0%.*"no problem" ×2/m);
  });
});

// A team lead's own signal, as in issue 11: "mention the KB article", layered over the method. The same
// file is imported through the options page in tests/e2e/team-signals.spec.ts.
const KB_PACK = readFileSync(join(root, 'tests/fixtures/packs/kb-link.yaml'), 'utf8');

describe('signals a team declares', { timeout: 90_000 }, () => {
  const it_ = file('it.yaml', KB_PACK);
  type Line = { signals: Record<string, boolean>; score: number; breakdown: { signal: string; points: number; weight: number; label?: string }[] };

  it('rapport score reports "kb-link" true, with its points in the breakdown, only for a reply citing a KB article', () => {
    const input = [
      { id: 'kb', text: 'Hi Sam, thanks for waiting. The fix is in KB0012345. Have I solved your problem?' },
      { id: 'no', text: 'Hi Sam, thanks for waiting. The fix is in the article. Have I solved your problem?' },
    ].map((l) => JSON.stringify(l)).join('\n');
    const { code, lines } = rapport(['score', '-', '--pack', it_, '--report'], input);
    expect(code).toBe(0);
    const [kb, no] = lines.map((l) => JSON.parse(l) as Line);
    expect(kb!.signals['kb-link']).toBe(true);
    expect(no!.signals['kb-link']).toBe(false);
    expect(kb!.breakdown.find((s) => s.signal === 'kb-link')).toMatchObject({ label: 'Links a knowledge-base article', weight: 6, points: 6 });
    expect(no!.breakdown.find((s) => s.signal === 'kb-link')).toMatchObject({ weight: 6, points: 0 });
    expect(kb!.score).toBeGreaterThan(no!.score);
    // The plain JSON line (contract 3) lists the declared signal too.
    expect(JSON.parse(rapport(['score', '-', '--pack', it_], input).lines[0]!)).toMatchObject({ signals: { 'kb-link': true, gratitude: true } });
  });

  it('rapport validate refuses a rule naming a signal nobody declared, with its path, exit 1', () => {
    const bad = file('undeclared.yaml', KB_PACK.replace(/signals:\n.*\n/, ''));
    const { code, err } = rapport(['validate', bad]);
    expect(code).toBe(1);
    expect(err).toMatch(/undeclared\.yaml: rules\[0\]\.signal: unknown signal "kb-link".* \(line 9, column 13\)$/m);
  });

  it('rapport validate accepts the safe pattern \\bKB\\d+\\b and refuses a catastrophic one whole, naming its path (recheck)', () => {
    expect(rapport(['validate', it_]).code).toBe(0);
    const bad = file('redos.yaml', KB_PACK.replace('\\bKB\\d+\\b', '(\\w+\\s?)*$'));
    const { code, err, out } = rapport(['validate', bad]);
    expect(code).toBe(1);
    expect(out).toBe('');
    expect(err).toMatch(/redos\.yaml: rules\[0\]\.phrases\[0\]\.pattern: pattern "\(\\\\w\+\\\\s\?\)\*\$": catastrophic backtracking: recheck finds exponential .*\(line 15, column 18\)$/m);
  });

  it('rapport validate names the line and column of a YAML error', () => {
    const bad = file('broken.yaml', KB_PACK.replace("pattern: '", 'pattern: "'));
    const { code, err } = rapport(['validate', bad]);
    expect(code).toBe(1);
    expect(err).toMatch(/broken\.yaml: YAML: .* \(line 15, column 23\)$/m);
  });
});

describe('rapport validate and usage', { timeout: 90_000 }, () => {
  it('says ok with the pack contents', () => {
    const { code, out } = rapport(['validate', pack]);
    expect(code).toBe(0);
    expect(out).toContain('ok: ');
    expect(out).toContain('2 rules, 1 tip, 1 closing question');
  });

  it('lists every problem by path and exits 1', () => {
    const bad = file('bad.json', JSON.stringify({ schema_version: 1, id: 'x', name: 'x', version: '1', rules: [{ id: 'r', type: 'phrase-present' }] }));
    const { code, err } = rapport(['validate', bad]);
    expect(code).toBe(1);
    expect(err).toMatch(/bad\.json: rules\[0\]\.level: /);
    expect(err).toMatch(/bad\.json: rules\[0\]\.message: /);
  });

  it('reports a missing pack file by name', () => {
    const { code, err } = rapport(['validate', join(dir, 'nope.yaml')]);
    expect(code).toBe(1);
    expect(err).toContain('nope.yaml: cannot read the pack (ENOENT)');
  });

  it('answers --help and --version, and rejects unknown options with exit 2', () => {
    expect(rapport(['--help']).out).toContain('rapport score FILE|-');
    expect(rapport(['--version']).out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    const bad = rapport(['score', '-', '--colour']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('unknown option --colour');
  });
});

describe('npx rapport', { timeout: 120_000 }, () => {
  // Contract 3 is phrased as `npx rapport …`: npm must find the project's own bin, offline.
  it('runs the project bin from the repository root', () => {
    const r = spawnSync('npx', ['--no-install', 'rapport', 'validate', pack], { cwd: root, encoding: 'utf8' });
    expect(r.stdout).toContain('ok: ');
    expect(r.status).toBe(0);
  });
});
