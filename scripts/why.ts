// `npm run why -- [signal] [--rows] [--raw] [--test-set]` (default signal: teach): which of a signal's rules
// and phrases fire, and on which words, so a rule is judged by what it contributes rather than by one row.
// Options (node:util parseArgs; an unknown option is an error): `--rows` lists the tuning rows' false alarms
// and misses with the phrases that fired; `--raw` counts each phrase before its excepts and skips;
// `--test-set` adds the per-rule counts on the test set, corpus-extra/fresh3.jsonl — left out by default
// (session 25), so that tuning a rule does not show the test set's figures run after run.
//
// Each phrase of each phrase-present or phrase-avoid rule that sets the signal becomes its own rule (same except list,
// scope, skip_questions, skip_negated), so one run tells which phrases fire; the signal is the same as
// the scorer's (every row is checked against createScorer and any difference is printed as a count).
//
// RAPPORT_EXTRA=a.jsonl:b.jsonl reads those corpus-extra files instead of every one, and RAPPORT_CORPUS another corpus
// folder: both through scripts/eval.ts `evalPaths`, so `why` reads exactly the files `npm run eval` reads (session 41;
// before, `why` read every corpus-extra file whatever RAPPORT_EXTRA said).
//
// What it prints (RULES OF THE CORPUS: kept-aside and FRESH3 rows are never printed, see
// corpus-extra/README.md):
// - TUNING rows only, with `--rows`: per false alarm and per miss, the phrases that fired and the words
//   they matched; for a miss also the phrases that matched but were cancelled (except, question, negation).
// - TUNING rows: per phrase, how many false alarms and hits it fires on, and on how many it is the only
//   phrase firing (the row flips if the phrase goes).
// - Per rule, for the tuning rows, the combined kept-aside rows and (with --test-set) FRESH3: the same
//   counts — aggregates only, never a row's id or words.
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_PACK } from '../lib/rule-pack/default-pack.generated';
import type { RulePack, Rule } from '../lib/rule-pack/schema';
import { compileEngine } from '../lib/scoring/engine';
import { createScorer } from '../lib/scoring/index';
import { languageMismatch } from '../lib/scoring/language';
import { plainSpaces } from '../lib/scoring/whitespace';
import { evalPaths, isKeptAside, readRows, type Row } from './eval';

/** One phrase of one rule that sets the signal, as its own rule. */
interface Unit {
  /** `<rule id>#<phrase index>` (0-based, in the rule's `phrases`). */
  id: string;
  rule: string;
  phrase: string;
}

type PhrasePresent = Extract<Rule, { type: 'phrase-present' }>;
type PhraseAvoid = Extract<Rule, { type: 'phrase-avoid' }>;
type Question = Extract<Rule, { type: 'question' }>;

/**
 * The pack with every phrase-present rule of `signal` split into one rule per phrase (`live`), plus the
 * same without except lists or skips (`raw`, signal renamed so it sets nothing), to see what was cancelled.
 */
function splitPack(pack: RulePack, signal: string): { pack: RulePack; units: Unit[] } {
  const units: Unit[] = [];
  const rules: Rule[] = [];
  for (const rule of pack.rules) {
    if (rule.type === 'question' && rule.signal === signal && rule.enabled) {
      // Session 18 (lead): a question rule is split too — one unit per phrase, and one for `asked_signal`
      // (another signal's finding asked as a question), which before was left whole, so `why
      // closing-question` counted none of its hits.
      const parts: [string, Question][] = rule.phrases.map((p, i) => {
        const { asked_signal: _asked, ...plain } = rule;
        return [typeof p === 'string' ? p : JSON.stringify(p), { ...plain, id: `${rule.id}#${i}`, phrases: [p], examples: { flag: [], pass: [] } }];
      });
      if (rule.asked_signal !== undefined) parts.push([`asked: ${rule.asked_signal}`, { ...rule, id: `${rule.id}#asked`, phrases: [], examples: { flag: [], pass: [] } }]);
      for (const [phrase, one] of parts) {
        units.push({ id: one.id, rule: rule.id, phrase });
        rules.push(one);
        rules.push({ ...one, id: `raw:${one.id}`, signal: `raw:${signal}`, except: [] });
      }
      continue;
    }
    if ((rule.type !== 'phrase-present' && rule.type !== 'phrase-avoid') || rule.signal !== signal || !rule.enabled) {
      rules.push(rule);
      continue;
    }
    rule.phrases.forEach((p, i) => {
      const id = `${rule.id}#${i}`;
      units.push({ id, rule: rule.id, phrase: typeof p === 'string' ? p : JSON.stringify(p) });
      if (rule.type === 'phrase-avoid') {
        // Session 16 (judgement-c): phrase-avoid rules (negative-language, condescension…) split the same way.
        const one: PhraseAvoid = { ...rule, id, phrases: [p], examples: { flag: [], pass: [] } };
        rules.push(one);
        rules.push({ ...one, id: `raw:${id}`, signal: `raw:${signal}`, except: [] });
        return;
      }
      const one: PhrasePresent = { ...rule, id, phrases: [p], examples: { flag: [], pass: [] } };
      rules.push(one);
      rules.push({ ...one, id: `raw:${id}`, signal: `raw:${signal}`, except: [], skip_questions: false, skip_negated: false });
    });
  }
  return { pack: { ...pack, rules }, units };
}

interface Fired {
  unit: string;
  words: string;
}

interface Seen {
  row: Row;
  truth: boolean;
  said: boolean;
  fired: Fired[];
  cancelled: Fired[];
  /** Every unit whose raw twin (no except list, no question or negation skip) matched, live or cancelled. */
  raw: Set<string>;
  /** The scorer's own verdict differs from the split pack's (should never happen). */
  differs: boolean;
}

function look(rows: Row[], label: string, signal: string, split: ReturnType<typeof splitPack>): Seen[] {
  const engine = compileEngine(split.pack);
  const scorer = createScorer();
  const out: Seen[] = [];
  for (const row of rows) {
    if (typeof row[label] !== 'boolean') continue;
    const context = {
      ...(row.customer_message ? { customerMessage: row.customer_message } : {}),
      ...(row.customer_name ? { customerName: row.customer_name } : {}),
    };
    const plain = plainSpaces(row.text);
    const fired: Fired[] = [];
    const cancelled: Fired[] = [];
    const raw = new Set<string>();
    if (plain.trim() !== '' && !languageMismatch(plain, engine.pack.locale)) {
      const run = engine.run(row.text, context, { plain });
      const live = new Set<string>();
      for (const { compiled, result } of run.results) {
        if (!result.fired) continue;
        const id = compiled.rule.id;
        const span = result.evidence ?? { start: 0, end: 0 };
        const words = row.text.slice(span.start, span.end).replace(/\s+/g, ' ');
        if (id.startsWith('raw:')) {
          raw.add(id.slice(4));
          if (!live.has(id.slice(4))) cancelled.push({ unit: id.slice(4), words });
        } else if (split.units.some((u) => u.id === id)) {
          fired.push({ unit: id, words });
          live.add(id);
        }
      }
    }
    const said = scorer.score(row.text, context).signals[signal] === true;
    out.push({ row, truth: row[label] as boolean, said: fired.length > 0, fired, cancelled, raw, differs: said !== fired.length > 0 });
  }
  return out;
}

/** Per key (a phrase or a rule): rows it fires on among false alarms and hits, and rows it alone fires on. */
function contributions(seen: Seen[], keyOf: (unit: string) => string): Map<string, { fp: number; tp: number; fpOnly: number; tpOnly: number }> {
  const m = new Map<string, { fp: number; tp: number; fpOnly: number; tpOnly: number }>();
  for (const s of seen) {
    if (!s.said) continue;
    const keys = [...new Set(s.fired.map((f) => keyOf(f.unit)))];
    for (const k of keys) {
      const c = m.get(k) ?? { fp: 0, tp: 0, fpOnly: 0, tpOnly: 0 };
      if (s.truth) c.tp++;
      else c.fp++;
      if (keys.length === 1) {
        if (s.truth) c.tpOnly++;
        else c.fpOnly++;
      }
      m.set(k, c);
    }
  }
  return m;
}

function summary(seen: Seen[]): string {
  const tp = seen.filter((s) => s.truth && s.said).length;
  const fp = seen.filter((s) => !s.truth && s.said).length;
  const fn = seen.filter((s) => s.truth && !s.said).length;
  const neg = seen.filter((s) => !s.truth).length;
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  const f1 = p + r ? (2 * p * r) / (p + r) : 0;
  const differs = seen.filter((s) => s.differs).length;
  return `${seen.length} rows: tp ${tp} fp ${fp} fn ${fn}; F1 ${f1.toFixed(2)}, FP-rate ${((100 * fp) / Math.max(1, neg)).toFixed(1)} %${differs ? `; ${differs} rows differ from the scorer!` : ''}`;
}

/** Rule-level aggregate table: counts only. */
function ruleTable(seen: Seen[], units: Unit[]): string[] {
  const ruleOf = (u: string) => units.find((x) => x.id === u)?.rule ?? u;
  const m = contributions(seen, ruleOf);
  const byCount = (rows: Seen[]) => {
    const hist = new Map<number, number>();
    for (const s of rows) hist.set(s.fired.length, (hist.get(s.fired.length) ?? 0) + 1);
    return [...hist.entries()].sort((a, b) => a[0] - b[0]).map(([k, v]) => `${k}: ${v}`).join(', ');
  };
  const out = ['  rule                 FP rows  hit rows  FP flip if removed  hits lost if removed'];
  for (const rule of [...new Set(units.map((u) => u.rule))]) {
    const c = m.get(rule) ?? { fp: 0, tp: 0, fpOnly: 0, tpOnly: 0 };
    out.push(`  ${rule.padEnd(20)} ${String(c.fp).padStart(7)} ${String(c.tp).padStart(9)} ${String(c.fpOnly).padStart(19)} ${String(c.tpOnly).padStart(21)}`);
  }
  out.push(`  false alarms by number of phrases firing: ${byCount(seen.filter((s) => !s.truth && s.said))}`);
  out.push(`  hits by number of phrases firing: ${byCount(seen.filter((s) => s.truth && s.said))}`);
  return out;
}

/** What `npm run why -- …` asked for. */
export interface WhyArgs {
  /** The signal id (default `teach`). */
  signal: string;
  rows: boolean;
  raw: boolean;
  /** Count the rules on the test set (fresh3.jsonl) too. */
  testSet: boolean;
}

/**
 * Reads why's arguments (see the head of this file). The signal may be given as the signal id
 * (`negative-language`) or as the corpus label (`negative_language`): both name the same signal, so the
 * label spelling is turned into the id (session 46 — before, a label spelling silently found 0 rules).
 * Throws on an unknown option or a second signal.
 */
export function parseWhyArgs(argv: string[]): WhyArgs {
  const { values, positionals } = parseArgs({
    args: argv,
    options: {
      rows: { type: 'boolean', default: false },
      raw: { type: 'boolean', default: false },
      'test-set': { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: true,
  });
  if (positionals.length > 1) throw new Error(`one signal at a time, got ${positionals.join(', ')}`);
  return { signal: (positionals[0] ?? 'teach').replaceAll('_', '-'), rows: values.rows === true, raw: values.raw === true, testSet: values['test-set'] === true };
}

/** The test set's file when `testSet` asks for it and it exists, else undefined (why prints no FRESH3 block). */
export function testSetPath(root: string, testSet: boolean): string | undefined {
  const path = resolve(root, 'corpus-extra/fresh3.jsonl');
  return testSet && existsSync(path) ? path : undefined;
}

/**
 * The signals `why` can split: those set by an enabled phrase-present, phrase-avoid or question rule of `pack`,
 * sorted. Used to refuse a signal no such rule sets (a mood label, a typo) instead of printing "0 phrases".
 */
export function splittableSignals(pack: RulePack): string[] {
  const out = new Set<string>();
  for (const r of pack.rules)
    if (r.enabled && (r.type === 'phrase-present' || r.type === 'phrase-avoid' || r.type === 'question')) if (r.signal !== undefined) out.add(r.signal);
  return [...out].sort();
}

function main(argv: string[]): void {
  const args = parseWhyArgs(argv);
  const { signal } = args;
  const label = signal.replaceAll('-', '_');
  const showRows = args.rows;
  const showRaw = args.raw;
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  // The files `npm run eval` reads (RAPPORT_CORPUS, RAPPORT_EXTRA): one definition, so a rule writer who passes the open
  // files only never sees another file's tuning rows here either.
  const paths = evalPaths(root, process.env, { testSet: false });
  const corpus = paths.corpus;
  const known = splittableSignals(DEFAULT_PACK);
  if (!known.includes(signal)) {
    console.error(`why: no phrase or question rule of the default pack sets "${signal}". Signals it can split: ${known.join(', ')}.`);
    process.exit(2);
  }
  const split = splitPack(DEFAULT_PACK, signal);
  const tuningRows: Row[] = [];
  const keptRows: Row[] = [];
  for (const f of ['dev-labels.jsonl', 'dev-synthetic.jsonl']) if (existsSync(resolve(corpus, f))) tuningRows.push(...readRows(resolve(corpus, f)));
  for (const path of [resolve(corpus, 'dev2-labels.jsonl'), ...paths.extra]) {
    if (!existsSync(path)) continue;
    for (const r of readRows(path)) (isKeptAside(r.id) ? keptRows : tuningRows).push(r);
  }
  const fresh3Path = testSetPath(root, args.testSet);
  const tuning = look(tuningRows, label, signal, split);
  const kept = look(keptRows, label, signal, split);
  const fresh3 = fresh3Path ? look(readRows(fresh3Path), label, signal, split) : [];
  const phraseOf = (u: string) => split.units.find((x) => x.id === u)?.phrase ?? '';
  const out: string[] = [`${signal}: ${split.units.length} phrases in ${new Set(split.units.map((u) => u.rule)).size} rules`];

  if (showRows) {
    out.push('', 'TUNING rows: false alarms (phrase → words matched)');
    for (const s of tuning.filter((x) => !x.truth && x.said)) {
      out.push(`  ${s.row.id}: ${s.row.text.replace(/\s+/g, ' ').slice(0, 200)}`);
      for (const f of s.fired) out.push(`      ${f.unit} «${f.words}»   ${phraseOf(f.unit).slice(0, 90)}`);
    }
    out.push('', 'TUNING rows: misses (phrases that matched but were cancelled by except / question / negation)');
    for (const s of tuning.filter((x) => x.truth && !x.said)) {
      out.push(`  ${s.row.id}: ${s.row.text.replace(/\s+/g, ' ').slice(0, 200)}`);
      for (const f of s.cancelled) out.push(`      cancelled ${f.unit} «${f.words}»   ${phraseOf(f.unit).slice(0, 90)}`);
    }
  }

  out.push('', 'TUNING rows, per phrase: false alarms / hits it fires on (alone: the row flips without it)');
  const per = contributions(tuning, (u) => u);
  const ordered = [...per.entries()].sort((a, b) => b[1].fp - a[1].fp || b[1].tp - a[1].tp);
  for (const [u, c] of ordered)
    out.push(`  ${u.padEnd(16)} fp ${String(c.fp).padStart(3)} (alone ${String(c.fpOnly).padStart(2)})  tp ${String(c.tp).padStart(3)} (alone ${String(c.tpOnly).padStart(2)})   ${phraseOf(u).slice(0, 80)}`);

  if (showRaw) {
    // Session 21 (judge-a): how often each phrase matches before its except list and skips, on the tuning
    // rows. A phrase that matches many negatives and is saved only by excepts written for those rows is
    // likely to over-fire on rows nobody has read (the kept-aside FP rate runs above the tuning one).
    out.push('', 'TUNING rows, per phrase before excepts: negatives matched (kept as false alarm) / positives matched (kept as hit)');
    const rawRows = [...split.units].map((u) => {
      const neg = tuning.filter((x) => !x.truth && x.raw.has(u.id));
      const pos = tuning.filter((x) => x.truth && x.raw.has(u.id));
      const live = (xs: Seen[]) => xs.filter((x) => x.fired.some((f) => f.unit === u.id)).length;
      return { u, neg: neg.length, negLive: live(neg), pos: pos.length, posLive: live(pos) };
    });
    for (const r of rawRows.filter((x) => x.neg > 0).sort((a, b) => b.neg - a.neg))
      out.push(`  ${r.u.id.padEnd(18)} neg ${String(r.neg).padStart(3)} (fp ${String(r.negLive).padStart(2)})  pos ${String(r.pos).padStart(3)} (tp ${String(r.posLive).padStart(3)})   ${r.u.phrase.slice(0, 80)}`);
  }

  for (const [name, seen] of [
    ['TUNING', tuning],
    ['COMBINED KEPT-ASIDE (aggregates only)', kept],
    ['FRESH3 (aggregates only)', fresh3],
  ] as [string, Seen[]][]) {
    if (!seen.length) continue;
    out.push('', `${name}: ${summary(seen)}`, ...ruleTable(seen, split.units));
  }
  if (!fresh3Path) out.push('', '(The test set, corpus-extra/fresh3.jsonl, was left out: `npm run why -- <signal> --test-set` counts it.)');
  console.log(out.join('\n'));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
