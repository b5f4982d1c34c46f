// Every rewrite in every shipped pack, applied where its rule flags: the finding goes away, no rule
// that flags words fires on what the rewrite put there, no word is doubled and no "at all" is left
// behind. A rewrite that does not fit a sentence is not offered there; every rewrite must be offered
// somewhere (on its rule's `flag` examples, or on the sentences below), so none is dead weight.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '@/cli/engine';
import type { RulePack } from '@/lib/rule-pack';
import type { Fix, Report, Scorer } from '../types';
import { fitRewrite } from './rewrite';

const DIR = path.resolve(__dirname, '../../../packs');
const PACKS = readdirSync(DIR).filter((f) => f.endsWith('.yaml'));

/** Sentences a rewrite fits that the rule's own examples do not show (its examples are the rule's tests). */
const MORE: Record<string, string[]> = {
  'negative-language': ["I can't refund a gift card, but I can give you store credit.", "That's not possible. I'll send you a new one today."],
  'negative-sprache': ['Das ist nicht möglich. Ich schicke Ihnen heute ein neues Gerät.'],
  herablassung: ['Das ist doch ganz einfach: Klicken Sie auf Speichern.'],
};

async function load(file: string): Promise<RulePack> {
  const engine = await loadEngine();
  const res = await engine.packFromText(readFileSync(path.join(DIR, file), 'utf8'), 'yaml');
  if (!res.ok) throw new Error(res.errors.map((e) => `${e.path}: ${e.message}`).join('\n'));
  return res.pack;
}

const avoidRules = (pack: RulePack) => new Set(pack.rules.filter((r) => r.type === 'phrase-avoid').map((r) => r.id));
const apply = (text: string, fix: Fix) => text.slice(0, fix.span.start) + fix.text + text.slice(fix.span.end);
const doubled = (text: string) => (text.toLowerCase().match(/\b([\p{L}']+)[\s,]+\1\b/gu) ?? []).length;
const atAll = (text: string) => (text.match(/\b(at all|whatsoever)\b/gi) ?? []).length;

function problems(scorer: Scorer, avoid: Set<string>, text: string, ruleId: string, fix: Fix): string[] {
  const out: string[] = [];
  const result = apply(text, fix);
  const region = { start: fix.span.start, end: fix.span.start + fix.text.length };
  const after: Report = scorer.score(result);
  const overlaps = (s: { start: number; end: number }) => s.start < region.end && s.end > region.start;
  for (const f of after.findings) {
    if (avoid.has(f.ruleId) && overlaps(f.span)) out.push(`${f.ruleId} fires on "${result.slice(f.span.start, f.span.end)}"`);
  }
  const before = scorer.score(text).findings.filter((f) => f.ruleId === ruleId).length;
  if (after.findings.filter((f) => f.ruleId === ruleId).length >= before) out.push(`the ${ruleId} finding is still there`);
  if (doubled(result) > doubled(text)) out.push('a word is doubled');
  const keptAtAll = atAll(text.slice(0, fix.span.start) + text.slice(fix.span.end));
  if (atAll(result) > keptAtAll) out.push('"at all" is left behind');
  return out;
}

describe.each(PACKS)('rewrites of %s', (file) => {
  it('each offered rewrite reads right where it is offered, and each is offered somewhere', async () => {
    const pack = await load(file);
    const engine = await loadEngine();
    const scorer = engine.createScorer(pack);
    const avoid = avoidRules(pack);
    const failures: string[] = [];
    const offered = new Set<string>();
    for (const rule of pack.rules) {
      if (rule.type !== 'phrase-avoid') continue;
      const rewrites = new Set(rule.rewrites ?? []);
      for (const p of rule.phrases) if (typeof p === 'object' && p.rewrites) p.rewrites.forEach((r) => rewrites.add(r));
      if (rewrites.size === 0) continue;
      for (const text of [...rule.examples.flag, ...(MORE[rule.id] ?? [])]) {
        for (const finding of scorer.score(text).findings.filter((f) => f.ruleId === rule.id)) {
          expect(finding.fixes?.length ?? 0).toBe(finding.expected?.length ?? 0);
          (finding.fixes ?? []).forEach((fix, i) => {
            for (const p of problems(scorer, avoid, text, rule.id, fix)) failures.push(`${rule.id}: "${text}" → "${apply(text, fix)}": ${p}`);
            expect(finding.expected?.[i]).toBeTruthy();
          });
          for (const r of rewrites) {
            const fit = fitRewrite(text, finding.span, r);
            if (fit && finding.expected?.includes(fit.label)) offered.add(`${rule.id}: ${r}`);
          }
        }
      }
      for (const r of rewrites) if (!offered.has(`${rule.id}: ${r}`)) failures.push(`${rule.id}: "${r}" is never offered`);
    }
    expect(failures).toEqual([]);
    // Scores every example of a pack several times over: on a loaded 2-core machine that outlasts
    // vitest's 5 s default, so the limit is generous (it is a hang guard, not a speed check).
  }, 120_000);
});
