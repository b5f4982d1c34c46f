import { describe, expect, it } from 'vitest';
import type { Report, Scorer } from '../lib/scoring/types';
import { parseInput } from './input';
import { scoreItems, type ScoreOptions } from './score';
import { createScorer } from '../lib/scoring/index';

// A stand-in scorer, so the loop's own behaviour (error lines, output shape, summary) is tested
// apart from the rules: "thanks" lights gratitude, "no problem" is a finding.
const stub: Scorer = {
  score(text) {
    const at = text.toLowerCase().indexOf('no problem');
    const findings: Report['findings'] =
      at >= 0 ? [{ ruleId: 'no-problem', level: 'warning', message: 'say "you\'re welcome"', span: { start: at, end: at + 10 } }] : [];
    if (text === 'boom') throw new Error('kaboom');
    return {
      score: text.includes('thanks') ? 80 : 40,
      signals: { gratitude: text.includes('thanks'), 'no-problem': at >= 0 },
      findings,
      prompts: [],
      closingQuestions: [],
      mood: { kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] },
    };
  },
};

function run(input: string, format: 'jsonl' | 'csv', opts: Partial<ScoreOptions> = {}) {
  let out = '';
  let err = '';
  const failed = scoreItems(
    parseInput(input, format),
    stub,
    { format: 'json', summary: false, formatFindings: (_t, f) => f.map((x) => `${x.ruleId}: ${x.message}`).join('\n'), ...opts },
    { write: (s) => (out += s) },
    { write: (s) => (err += s) },
  );
  return { out, err, failed };
}

describe('scoreItems', () => {
  it('prints exactly id, score, signals, findings and mood for each reply', () => {
    const { out, failed } = run('{"id":"a","text":"thanks, no problem","extra":1}\n', 'jsonl');
    const line = JSON.parse(out.trim());
    expect(Object.keys(line)).toEqual(['id', 'score', 'signals', 'findings', 'mood']);
    expect(line).toMatchObject({ id: 'a', score: 80, signals: { gratitude: true, 'no-problem': true } });
    expect(line.findings[0].span).toEqual({ start: 8, end: 18 });
    expect(failed).toBe(0);
  });

  it('names each bad line and still scores the good ones', () => {
    const input = ['{"id":1,"text":"thanks"}', '{oops', '[1]', '{"id":4}', '{"id":5,"text":"boom"}', '{"id":6,"text":"ok"}'].join('\n');
    const { out, err, failed } = run(input, 'jsonl');
    expect(out.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual([1, 6]);
    expect(err).toMatch(/^line 2: not valid JSON/m);
    expect(err).toMatch(/^line 3: expected a JSON object/m);
    expect(err).toMatch(/^line 4: missing "text"/m);
    expect(err).toMatch(/^line 5: scoring failed \(kaboom\)/m);
    expect(failed).toBe(4);
  });

  it('renders readable findings with --format text', () => {
    const { out } = run('{"id":"r1","text":"no problem"}', 'jsonl', { format: 'text' });
    expect(out).toBe('r1  score 40  mood calm\n  no-problem: say "you\'re welcome"\n\n');
  });

  it('reads CSV columns by header name and numbers rows by their first line', () => {
    const csv = 'customer_name,text,id\nAna,"thanks,\nall",x1\nBo,no problem,\n';
    const { out } = run(csv, 'csv');
    const lines = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['x1', 4]);
  });

  it('summarises signals and findings instead of per-reply lines', () => {
    const input = ['thanks', 'thanks, no problem', 'no problem', 'fine'].map((t) => JSON.stringify({ text: t })).join('\n');
    const { out } = run(input, 'jsonl', { summary: true });
    expect(out).toContain('4 replies scored; mean score 60.0');
    expect(out).toMatch(/^gratitude\s+2\s+50\.0%\s+80\.0\s+40\.0/m);
    expect(out).toMatch(/^no-problem\s+2\s+50\.0%\s+60\.0\s+60\.0\s+"no problem" ×2/m);
    expect(out).not.toContain('{');
  });

  it('a reply in another language than the pack says so on its line instead of a bare 0', () => {
    let out = '';
    const german = 'Hallo Frau Meier, vielen Dank für Ihre Nachricht. Ich habe Ihr Passwort zurückgesetzt, Sie können sich jetzt wieder anmelden.';
    const input = [JSON.stringify({ id: 'de', text: german }), JSON.stringify({ id: 'en', text: 'Thanks for waiting, Anna. I have reset your password, so you can log in again now.' })].join('\n');
    scoreItems(parseInput(input, 'jsonl'), createScorer(), { format: 'json', summary: false, formatFindings: () => '' }, { write: (s) => (out += s) }, { write: () => {} });
    const [de, en] = out.trim().split('\n').map((l) => JSON.parse(l));
    expect(de).toMatchObject({ id: 'de', skipped: 'other-language', language: { draft: 'de', pack: 'en' } });
    expect(en.skipped).toBeUndefined();
    expect(en.score).toBeGreaterThan(0);
    let summary = '';
    scoreItems(parseInput(input, 'jsonl'), createScorer(), { format: 'json', summary: true, formatFindings: () => '' }, { write: (s) => (summary += s) }, { write: () => {} });
    expect(summary).toContain(`1 replies scored, 1 in another language than the pack (not scored); mean score ${en.score}.0`);
  });
});
