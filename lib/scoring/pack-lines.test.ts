// The pack's own lines must pass their own test (issue 10): every prompt and mood line of every
// shipped pack, scored by that pack, shows the signal it is offered for and trips no rule to avoid.
// A line the scorer does not read as what it claims to be would teach agents the wrong thing.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPack } from '../rule-pack/load';
import type { RulePack } from '../rule-pack/schema';
import { createScorer } from './index';
import type { SignalId } from './types';

const PACKS = resolve(__dirname, '../../packs');

/** The signal each prompt kind is offered for (mood lines: per mood). `null`: no signal, only no avoid-rule. */
const OFFERED_FOR: Record<string, SignalId | null> = {
  empathy: 'empathy',
  apology: 'apology',
  expectation: 'expectation',
  'bad-news': 'expectation',
  competence: 'ownership',
  'mood.upset': 'empathy',
  'mood.hurry': 'ownership',
  'mood.confused': 'ownership',
  announce: null,
};

interface Line {
  where: string;
  kind: string;
  text: string;
}

function linesOf(pack: RulePack): Line[] {
  const out: Line[] = [];
  const p = pack.prompts;
  for (const kind of ['empathy', 'apology', 'mood'] as const)
    for (const [mood, texts] of Object.entries(p[kind]))
      texts?.forEach((text, i) => out.push({ where: `prompts.${kind}.${mood}[${i}]`, kind: kind === 'mood' ? `mood.${mood}` : kind, text }));
  for (const kind of ['expectation', 'bad-news', 'competence', 'announce'] as const)
    p[kind]?.forEach((text, i) => out.push({ where: `prompts.${kind}[${i}]`, kind, text }));
  return out;
}

const files = readdirSync(PACKS).filter((f) => /\.ya?ml$/.test(f));

describe.each(files)('packs/%s', (file) => {
  const loaded = loadPack(readFileSync(resolve(PACKS, file), 'utf8'), { format: 'yaml', source: file });
  if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => e.message).join('; ')}`);
  const pack = loaded.pack;
  const scorer = createScorer(pack);
  const avoid = new Set(pack.rules.filter((r) => r.type === 'phrase-avoid' || (r.signal && (pack.weights[r.signal] ?? 0) < 0)).map((r) => r.id));
  // A customer who is confused and upset, so rules meant for such a customer ("just click") apply too.
  const context = {
    customerName: 'Alex Morgan',
    customerMessage: pack.locale.startsWith('de') ? 'Ich bin verwirrt und wirklich verärgert.' : "I'm confused and really frustrated.",
  };
  const lines = linesOf(pack);

  // An overlay (`extends: default`) may add no lines of its own; a whole pack must bring some.
  it.runIf(!/^extends:/m.test(readFileSync(resolve(PACKS, file), 'utf8')))('has prompt lines', () => {
    expect(lines.length).toBeGreaterThan(0);
  });

  it.each(lines.map((l) => [l.where, l] as const))('%s shows its signal and trips no rule to avoid', (_where, line) => {
    const r = scorer.score(line.text, context);
    const want = OFFERED_FOR[line.kind];
    if (want) expect(r.signals[want], `"${line.text}" should show ${want}`).toBe(true);
    const tripped = r.findings.filter((f) => avoid.has(f.ruleId)).map((f) => `${f.ruleId}: ${f.message}`);
    expect(tripped, `"${line.text}"`).toEqual([]);
    const bad = Object.entries(r.signals).filter(([id, on]) => on && (pack.weights[id as SignalId] ?? 0) < 0);
    expect(bad, `"${line.text}"`).toEqual([]);
  });
});
