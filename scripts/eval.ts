// `npm run eval [-- -v] [--test-set] [--write]`: scores every labelled corpus file with the default pack and
// prints precision, recall, F1 and false-positive rate per label, per file and per source, with the rows the
// rules were tuned on and the rows kept aside in separate sections. The targets are checked on the
// kept-aside rows only. A report, not a gate: it always exits 0.
//
// Options (node:util parseArgs; an unknown option is an error):
//   -v, --verbose  also list the misses and false alarms of the TUNING rows, with their words.
//   --test-set     also score the test set, corpus-extra/fresh3.jsonl (or RAPPORT_FRESH3), in its own block.
//                  Left out by default (session 25): whoever tunes rules should not see the test set's
//                  figures run after run. Pass it once at the start and once at the end of a session.
//   --write        also put the output into docs/eval.md (between the eval:start / eval:end markers);
//                  implies --test-set, so the written figures block keeps the FRESH3 block as before.
//
// Kept aside (TEAM.md): the rows of dev2-labels.jsonl and of corpus-extra/replies*.jsonl (in this repo)
// whose id has an odd FNV-1a hash, plus every file named in RAPPORT_HOLDOUT (paths separated by ":";
// same row format). Their rows are scored and counted, never printed: `-v` lists misses and false
// alarms of the tuning rows only.
// Test sets (`EvalPaths.fresh` / `fresh2` / `fresh3`): held-out sets from sources no rule was ever tuned
// on (see corpus-extra/README.md). Each is scored in its own block, per label and per source; never
// printed row by row (not with `-v` either) and not part of the combined kept-aside figure.
// Since session 12 (2026-12-02) `npm run eval` splits corpus-extra/fresh.jsonl and fresh2.jsonl by hash
// like the replies files (even half tuned on, odd half kept aside: the old tuning rows had stopped showing
// the forms the scorer misses) and, with --test-set, prints corpus-extra/fresh3.jsonl as the test set.
// German (`EvalPaths.german`, session 25): corpus-extra/de-replies.jsonl (or RAPPORT_GERMAN), German replies
// scored with the pack the product uses for German text (packs/de-method.yaml, see `packForLanguage`), in
// its own block after the others: per label, aggregates only, never split, never tuned on (untuned figures).
// Relative imports: this runs under plain tsx, where the `@/` alias does not resolve.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { arch, cpus, loadavg } from 'node:os';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parse as parseYaml } from 'yaml';
import { buildEffectivePack, NO_LAYERS } from '../lib/packs/pipeline';
import type { RulePack } from '../lib/rule-pack/schema';
import { createScorer, type Report, type Scorer, type SignalId } from '../lib/scoring/index';
import { languageMismatch } from '../lib/scoring/language';
import { COPY_FILE } from '../lib/rule-pack/gen-default';

/**
 * Corpus label → how the report shows it. Mood labels read `report.mood` (contract 2, 2026-11-30) and are marked
 * `mood: true`: they judge the customer's message, not the reply (`eval -v` prints that message for them).
 */
export const LABELS: { label: string; read: (r: Report) => boolean | undefined; mood?: true }[] = [
  ...(
    [
      ['empathy', 'empathy'],
      ['apology', 'apology'],
      ['gratitude', 'gratitude'],
      ['ownership', 'ownership'],
      ['personalization', 'personalization'],
      ['expectation', 'expectation'],
      ['closing_question', 'closing-question'],
      ['negative_language', 'negative-language'],
      ['condescension', 'condescension'],
      ['no_problem', 'no-problem'],
      ['greeting', 'greeting'],
      ['teach', 'teach'],
      ['confirm_resolution', 'confirm-resolution'],
    ] as [string, SignalId][]
    // A signal the scoring pack does not define is "not in the report" (undefined), not a "no": every
    // signal of the default pack is always there; another pack (the German one) may lack some.
  ).map(([label, signal]) => ({ label, read: (r: Report) => (signal in r.signals ? r.signals[signal] === true : undefined) })),
  { label: 'customer_hurry', read: (r) => moodFlag(r, 'hurry'), mood: true },
  { label: 'customer_upset', read: (r) => moodFlag(r, 'upset'), mood: true },
];

/** `report.mood.hurry` / `.upset` once the report carries them; undefined (not available) before. */
function moodFlag(r: Report, flag: 'hurry' | 'upset'): boolean | undefined {
  const v = (r.mood as unknown as Record<string, unknown>)[flag];
  return typeof v === 'boolean' ? v : undefined;
}

export interface Row {
  id: string;
  text: string;
  customer_message?: string | null;
  customer_name?: string | null;
  source?: string;
  channel?: string;
  synthetic?: boolean;
  [label: string]: unknown;
}

/** FNV-1a, 32 bits, over the UTF-8 bytes of `s` (TEAM.md: odd hash = kept aside). */
export function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (const b of new TextEncoder().encode(s)) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export const isKeptAside = (id: string): boolean => fnv1a(id) % 2 === 1;

/** The kind of source a row comes from: twitter, github, irc, forum, email, app review or synthetic (else other). */
export function sourceOf(r: Row): string {
  if (r.synthetic) return 'synthetic';
  // corpus-extra rows name their channel (forum, email, …); their `source` may mention GitHub as the
  // place a copy was read from, so the channel decides first.
  if (/^(forum|community|q&a)/i.test(r.channel ?? '')) return 'forum';
  if (/^(e-?mail|mailing)/i.test(r.channel ?? '')) return 'email';
  if (/^app.?review/i.test(r.channel ?? '')) return 'app review';
  const s = `${r.channel ?? ''} ${r.source ?? ''}`;
  if (/twcs|twitter/i.test(s)) return 'twitter';
  if (/\birc\b|ubuntu/i.test(s)) return 'irc';
  if (/github|bug/i.test(s)) return 'github';
  return 'other';
}

export interface Counts {
  label: string;
  /** Rows that carry this label at all (older files lack the dev2 labels). */
  rows: number;
  positives: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  /** True when the report does not (yet) carry what this label needs. */
  unavailable: boolean;
}

export interface Judged {
  row: Row;
  /** Per label: [truth, said]; said is undefined when the report cannot say. */
  labels: Map<string, [boolean, boolean | undefined]>;
  /** The words the report's mood was read from (report.mood.evidence), for `-v`'s mood errors. */
  moodEvidence?: readonly string[];
}

/** Each row scored by `scorer` (default: the built-in pack's) and compared with its labels. */
export function judge(rows: Row[], scorer: Scorer = createScorer()): Judged[] {
  return rows.map((row) => {
    const report = scorer.score(row.text, {
      ...(row.customer_message ? { customerMessage: row.customer_message } : {}),
      ...(row.customer_name ? { customerName: row.customer_name } : {}),
    });
    const labels = new Map<string, [boolean, boolean | undefined]>();
    for (const { label, read } of LABELS) if (typeof row[label] === 'boolean') labels.set(label, [row[label], read(report)]);
    return { row, labels, moodEvidence: report.mood?.evidence ?? [] };
  });
}

export function count(judged: Judged[], label: string): Counts {
  const c: Counts = { label, rows: 0, positives: 0, tp: 0, fp: 0, fn: 0, tn: 0, unavailable: false };
  for (const j of judged) {
    const v = j.labels.get(label);
    if (!v) continue;
    const [truth, said] = v;
    c.rows++;
    if (truth) c.positives++;
    if (said === undefined) {
      c.unavailable = true;
      continue;
    }
    if (truth && said) c.tp++;
    else if (truth) c.fn++;
    else if (said) c.fp++;
    else c.tn++;
  }
  return c;
}

export const precision = (c: Counts) => (c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1);
export const recall = (c: Counts) => (c.positives ? c.tp / c.positives : 1);
export const f1 = (c: Counts) => {
  const p = precision(c);
  const r = recall(c);
  return c.positives === 0 && c.fp === 0 ? 1 : p + r ? (2 * p * r) / (p + r) : 0;
};
export const fpRate = (c: Counts) => (c.fp + c.tn ? c.fp / (c.fp + c.tn) : 0);

const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(6);
const num = (x: number) => x.toFixed(2).padStart(5);

function table(judged: Judged[]): string[] {
  const out = ['  label               rows  pos   tp   fp   fn  prec recall    F1  FP-rate'];
  for (const { label } of LABELS) {
    const c = count(judged, label);
    if (c.rows === 0) continue;
    const head = `  ${label.padEnd(18)} ${String(c.rows).padStart(5)} ${String(c.positives).padStart(4)}`;
    if (c.unavailable) out.push(`${head}  (not in the report yet)`);
    else
      out.push(
        `${head} ${[c.tp, c.fp, c.fn].map((n) => String(n).padStart(4)).join(' ')} ${num(precision(c))} ${num(recall(c))} ${num(f1(c))}  ${pct(fpRate(c))}`,
      );
  }
  return out;
}

/**
 * The named source of a fresh-set row: the `<source>` of its id `<prefix>-<source>-<n>`, where the
 * prefix is `fr` (fresh.jsonl), `f2` (fresh2.jsonl) or `f3` (fresh3.jsonl) (e.g. `fr-bubble-12` → `bubble`, `f2-rhelp-3` →
 * `rhelp`); `other` when the id does not have that shape.
 */
export function freshSourceOf(r: Row): string {
  const m = /^(?:fr|f2|f3)-(.+)-[^-]+$/.exec(r.id);
  return m ? m[1]! : 'other';
}

/** F1 (positives) per label and source: one column per source (`keyOf` names a row's source). */
function bySource(judged: Judged[], keyOf: (r: Row) => string = sourceOf): string[] {
  const sources = [...new Set(judged.map((j) => keyOf(j.row)))].sort();
  const groups = sources.map((s) => judged.filter((j) => keyOf(j.row) === s));
  const out = [`  ${'label'.padEnd(18)} ${sources.map((s, i) => `${s} (${groups[i]!.length})`.padStart(16)).join('')}`];
  for (const { label } of LABELS) {
    const cells = groups.map((g) => {
      const c = count(g, label);
      if (c.rows === 0) return '-'.padStart(16);
      if (c.unavailable) return 'n/a'.padStart(16);
      return `${f1(c).toFixed(2)} (${c.positives}) ${(100 * fpRate(c)).toFixed(0)}%`.padStart(16);
    });
    out.push(`  ${label.padEnd(18)} ${cells.join('')}`);
  }
  return out;
}

/** The labels read from the customer's message, not the reply (LABELING.md, customer mood). */
const MOOD_LABELS: ReadonlySet<string> = new Set(LABELS.filter((l) => l.mood).map((l) => l.label));

/**
 * Misses and false alarms with the words each label is read from: the reply's, or the customer's message for the mood
 * labels (MOOD_LABELS), after `customer:` (session 42: a mood judge could not see why a mood was misread). For tuning
 * rows only.
 */
function listErrors(judged: Judged[]): string[] {
  const out: string[] = [];
  for (const { label } of LABELS) {
    const miss = judged.filter((j) => j.labels.get(label)?.[0] === true && j.labels.get(label)?.[1] === false);
    const alarm = judged.filter((j) => j.labels.get(label)?.[0] === false && j.labels.get(label)?.[1] === true);
    if (!miss.length && !alarm.length) continue;
    out.push(`  ${label}`);
    const words = (j: Judged) => (MOOD_LABELS.has(label) ? `customer: ${j.row.customer_message ?? ''}` : j.row.text);
    // Session 43: RAPPORT_EVAL_WIDTH=n shows n characters of the words (default 220), and a mood false alarm ends with
    // the words the mood was read from, so a mood judge sees which reading fired.
    const width = Number(process.env.RAPPORT_EVAL_WIDTH) || 220;
    const shown = (tag: string, j: Judged) =>
      MOOD_LABELS.has(label) && tag === 'false ' && j.moodEvidence?.length ? `  [read from: ${j.moodEvidence.join(' | ')}]` : '';
    const line = (tag: string, j: Judged) => `    ${tag} ${j.row.id}: ${words(j).replace(/\s+/g, ' ').slice(0, width)}${shown(tag, j)}`;
    for (const j of miss) out.push(line('missed', j));
    for (const j of alarm) out.push(line('false ', j));
  }
  return out;
}

/** The rows of a JSON-lines corpus file, one per non-blank line. Throws on a line that is not JSON. */
export function readRows(path: string): Row[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Row);
}

interface Part {
  name: string;
  judged: Judged[];
}

/** Where `run` reads its rows. */
export interface EvalPaths {
  /** Folder with dev-labels.jsonl, dev-synthetic.jsonl, dev2-labels.jsonl (../shared/corpus). */
  corpus: string;
  /**
   * The repo's own labelled sets (corpus-extra/replies.jsonl, then corpus-extra/replies-*.jsonl in name
   * order; see `extraFiles`); each split by id hash like dev2, each half its own part.
   */
  extra: string | string[];
  /** Extra kept-aside files (RAPPORT_HOLDOUT). */
  holdout: string[];
  /**
   * The fresh test set (corpus-extra/fresh.jsonl): rows from sources no rule was tuned on. Scored in
   * its own block (per label, per source), never printed row by row, not in the combined kept-aside
   * figure. Absent file or undefined: no block.
   */
  fresh?: string;
  /**
   * The second fresh test set (corpus-extra/fresh2.jsonl, 2026-12-02): other new sources, kept aside
   * whole exactly like `fresh` and printed in its own block after it. Absent file or undefined: no block.
   */
  fresh2?: string;
  /**
   * The third test set (corpus-extra/fresh3.jsonl, session 12): printed in its own block after the others.
   * `npm run eval` passes it only with --test-set or --write (`evalPaths`).
   */
  fresh3?: string;
  /**
   * German replies (corpus-extra/de-replies.jsonl, session 25), scored with the pack the product uses for
   * German text (`packForLanguage('de', …)`) in their own block, after every other; never split, never
   * printed row by row, not part of any other figure. Absent file or undefined: no block.
   */
  german?: string;
  /**
   * German TUNING replies (corpus-extra/de-tune.jsonl, session 26): scored with the same German pack and
   * printed in the German block beside the untuned measurement line; the German rules are tuned on these rows
   * only, so `-v` lists their misses and false alarms (never those of `german`). Absent file or undefined: no line.
   */
  germanTune?: string;
  /** Folder of the shipped packs (`packs/`), where `packForLanguage` finds a pack for the German block. */
  packs?: string;
}

/** The fresh test sets in the order their blocks are printed: block title, file name in the text, path key. */
const FRESH_SETS: FreshSet[] = [
  { title: 'FRESH', rows: 'Fresh', file: 'corpus-extra/fresh.jsonl', key: 'fresh' },
  { title: 'FRESH2', rows: 'FRESH2', file: 'corpus-extra/fresh2.jsonl', key: 'fresh2' },
  { title: 'FRESH3', rows: 'FRESH3', file: 'corpus-extra/fresh3.jsonl', key: 'fresh3' },
];

/** A fresh test set as its block prints it: `title` heads the block, `rows` names its rows in the by-source table. */
interface FreshSet {
  title: string;
  rows: string;
  file: string;
  key: 'fresh' | 'fresh2' | 'fresh3';
}

/**
 * The eval report as text. Kept-aside rows (odd-hash halves, RAPPORT_HOLDOUT files) appear only in
 * aggregate tables; `verbose` lists the words of tuning rows only.
 */
export function run(paths: EvalPaths, opts: { verbose?: boolean } = {}): string {
  const dir = paths.corpus;
  const verbose = opts.verbose === true;
  const at = (f: string) => resolve(dir, f);
  if (!existsSync(at('dev-labels.jsonl'))) return `No corpus at ${dir} (set RAPPORT_CORPUS to the folder holding dev-labels.jsonl).`;
  const tuning: Part[] = [];
  const keptAside: Part[] = [];
  for (const f of ['dev-labels.jsonl', 'dev-synthetic.jsonl'])
    if (existsSync(at(f))) tuning.push({ name: f, judged: judge(readRows(at(f))) });
  // A file split by id hash: its even half is tuned on, its odd half kept aside.
  const split = (name: string, path: string) => {
    if (!existsSync(path)) return;
    const rows = readRows(path);
    tuning.push({ name: `${name}, even-hash half`, judged: judge(rows.filter((r) => !isKeptAside(r.id))) });
    keptAside.push({ name: `${name}, odd-hash half`, judged: judge(rows.filter((r) => isKeptAside(r.id))) });
  };
  split('dev2-labels.jsonl', at('dev2-labels.jsonl'));
  for (const path of typeof paths.extra === 'string' ? [paths.extra] : paths.extra) split(`corpus-extra/${basename(path)}`, path);
  for (const p of paths.holdout) {
    if (!existsSync(p)) console.error(`RAPPORT_HOLDOUT: no file ${p}`);
    else keptAside.push({ name: `${basename(p)} (RAPPORT_HOLDOUT)`, judged: judge(readRows(p)) });
  }

  const all = (parts: Part[]) => parts.flatMap((p) => p.judged);
  const lines = [
    `Rapport eval — ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, ${arch()}, ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), node ${process.version}, load ${loadavg()[0]!.toFixed(1)}`,
    '',
    'TUNED ON — the rules were written and adjusted while looking at these rows; an upper bound.',
  ];
  for (const p of tuning) lines.push('', `${p.name} (${p.judged.length} rows)`, ...table(p.judged));
  lines.push('', `All tuning rows by source: F1 (positives) FP-rate`, ...bySource(all(tuning)));
  if (verbose) lines.push('', 'Misses and false alarms (tuning rows only)', ...listErrors(all(tuning)));

  lines.push('', 'KEPT ASIDE — never read while tuning; only these aggregate figures are ever looked at.');
  for (const p of keptAside) lines.push('', `${p.name} (${p.judged.length} rows)`, ...table(p.judged));
  if (keptAside.length) {
    lines.push('', 'All kept-aside rows by source: F1 (positives) FP-rate', ...bySource(all(keptAside)));
    // The kept-aside rows of sessions 5–10 (dev2 odd + replies.jsonl odd, 294 rows), so figures stay
    // comparable with earlier runs once more files join the combined figure.
    const before = keptAside.filter((p) => /^(dev2-labels\.jsonl|corpus-extra\/replies\.jsonl), odd-hash half$/.test(p.name));
    if (before.length === 2 && keptAside.length > 2)
      lines.push('', `As before 2026-12-02 (dev2 odd + corpus-extra/replies.jsonl odd; ${all(before).length})`, ...table(all(before)));
    // The kept-aside rows of session 11 (dev2 odd + the odd halves of replies, replies-apps and
    // replies-help: 418 rows), comparable with its notes once session 12's files (the old test sets,
    // replies-chat) joined the combined figure.
    const s11 = keptAside.filter((p) => /^(dev2-labels\.jsonl|corpus-extra\/replies(-apps|-help)?\.jsonl), odd-hash half$/.test(p.name));
    if (s11.length > before.length && s11.length < keptAside.length)
      lines.push('', `As of session 11 (dev2 odd + corpus-extra/replies*.jsonl odd; ${all(s11).length})`, ...table(all(s11)));
    // The kept-aside rows at the end of session 17 (989 rows: dev2 odd + the odd halves of the files below),
    // comparable with its notes once session 18's files joined the combined figure.
    const s17 = keptAside.filter((p) => S17_FILES.test(p.name));
    if (s17.length > s11.length && s17.length < keptAside.length)
      lines.push('', `As of session 17 (dev2 odd + the 15 corpus-extra files of then, odd; ${all(s17).length})`, ...table(all(s17)));
    if (keptAside.length > 1)
      lines.push(
        '',
        `All kept-aside rows together (${keptAside.map((p) => p.name.replace(/, odd-hash half$/, ' odd')).join(' + ')}; ${all(keptAside).length})`,
        ...table(all(keptAside)),
      );
    lines.push('', 'Targets on the kept-aside rows (F1 ≥ 0.90 where ≥ 10 positives; FP-rate ≤ 3 % everywhere)');
    let missed = 0;
    for (const { label } of LABELS) {
      const c = count(all(keptAside), label);
      if (c.rows === 0) continue;
      if (c.unavailable) {
        lines.push(`  n/a     ${label}: not in the report yet`);
        continue;
      }
      const checks: [string, boolean][] = [[`FP-rate ${pct(fpRate(c)).trim()}`, fpRate(c) <= 0.03]];
      if (c.positives >= 10) checks.unshift([`F1 ${f1(c).toFixed(2)}`, f1(c) >= 0.9]);
      const ok = checks.every(([, k]) => k);
      if (!ok) missed++;
      lines.push(`  ${ok ? 'ok    ' : 'MISSED'}  ${label}: ${checks.map(([w]) => w).join(', ')} (${c.positives} positives)`);
    }
    lines.push(missed ? `  ${missed} label(s) miss a target` : '  all targets met');
  } else lines.push('  (no kept-aside rows found)');

  for (const set of FRESH_SETS) {
    const path = paths[set.key];
    if (path !== undefined && existsSync(path))
      // An override (RAPPORT_FRESH3=…) is named by its own file, not the default's.
      lines.push('', ...freshBlock({ ...set, file: basename(path) === basename(set.file) ? set.file : basename(path) }, judge(readRows(path))));
  }

  if (paths.german !== undefined && existsSync(paths.german))
    lines.push('', ...germanBlock(paths.german, paths.packs, paths.germanTune, verbose));

  return lines.join('\n');
}

/** A pack the product ships, as the German block names it. */
export interface ShippedPack {
  /** The pack's file in `packs/` (`default.yaml` for the built-in pack). */
  file: string;
  pack: RulePack;
}

/**
 * The primary language (ISO 639-1, lower case) of a parsed pack document's `locale` ("pt-BR" → "pt",
 * "de_AT" → "de"); undefined when the document has no string `locale`. Reads the YAML the way the pack
 * loader does, so a quoted, commented or flow-style `locale` is read as the product reads it.
 */
export function primaryLanguage(doc: unknown): string | undefined {
  const locale = typeof doc === 'object' && doc !== null ? (doc as { locale?: unknown }).locale : undefined;
  return typeof locale === 'string' ? locale.toLowerCase().split(/[-_]/)[0] : undefined;
}

/**
 * The pack the product uses for text in `language` (ISO 639-1, e.g. `de`): the shipped pack in `dir`
 * (`packs/*.yaml`) whose `locale` is that language, built as a team's pack through the extension's own
 * pipeline (lib/packs/pipeline: the file is the team layer over the method, as the options page and the
 * CLI load it); the built-in pack for English or when no shipped pack has that locale. With the built-in
 * English pack a German reply is not scored at all (lib/scoring/language.ts: "this looks German"); a German
 * team loads the German example pack (components/options/example-packs.ts). Throws when that pack does not build.
 */
export function packForLanguage(language: string, dir: string): ShippedPack | undefined {
  if (language === 'en' || !existsSync(dir)) return undefined;
  for (const file of readdirSync(dir).filter((f) => /\.ya?ml$/.test(f) && f !== 'default.yaml' && f !== COPY_FILE).sort()) {
    const text = readFileSync(resolve(dir, file), 'utf8');
    if (primaryLanguage(parseYaml(text)) !== language) continue;
    const built = buildEffectivePack({ ...NO_LAYERS, team: { text, format: 'yaml', source: { kind: 'file', name: file } } });
    if (built.errors.length) throw new Error(`${file}: ${built.errors.map((e) => e.message ?? e.code).join('; ')}`);
    return { file, pack: built.pack };
  }
  return undefined;
}

/**
 * The German block: every row of `path` scored with the pack the product uses for German text, per
 * label; then how many replies lib/scoring/language.ts tells apart from English (what a team still on the
 * built-in English pack would see: "this looks German" instead of a score). Aggregates only.
 */
function germanBlock(path: string, packsDir: string | undefined, tunePath?: string, verbose = false): string[] {
  const rows = readRows(path);
  const shipped = packsDir === undefined ? undefined : packForLanguage('de', packsDir);
  const scorer = shipped ? createScorer(shipped.pack) : createScorer();
  const judged = judge(rows, scorer);
  const tune = tunePath !== undefined && existsSync(tunePath) ? judge(readRows(tunePath), scorer) : undefined;
  const tuneFile = tunePath !== undefined && basename(tunePath) === 'de-tune.jsonl' ? 'corpus-extra/de-tune.jsonl' : basename(tunePath ?? '');
  const seenAsGerman = rows.filter((r) => languageMismatch(r.text, 'en')?.draft === 'de').length;
  const file = basename(path) === 'de-replies.jsonl' ? 'corpus-extra/de-replies.jsonl' : basename(path);
  return [
    `GERMAN — ${file}: German replies scored with ${shipped ? `the German pack (packs/${shipped.file}, ${shipped.pack.id}, locale ${shipped.pack.locale})` : 'the built-in pack (no German pack found)'},`,
    'the pack the product uses for German text. UNTUNED: no rule was written or changed while looking at these',
    'rows; never split, never printed row by row; not part of any figure above.',
    '',
    `${file} (${judged.length} rows)`,
    ...table(judged),
    '',
    `  With the built-in English pack, lib/scoring/language.ts tells ${seenAsGerman} of ${rows.length} replies apart as German ("this looks`,
    `  German", no score); the other ${rows.length - seenAsGerman} are too short or too close to call and would be scored by the English rules.`,
    ...(tune
      ? [
          '',
          `${tuneFile} (${tune.length} rows): German TUNING rows, other sources than the file above; the German rules are tuned on`,
          'these only (`-v` lists their misses and false alarms).',
          ...table(tune),
          ...(verbose ? ['', 'German tuning rows: misses and false alarms', ...listErrors(tune)] : []),
        ]
      : []),
  ];
}

/**
 * A fresh block (the set's title and file name as printed): all its rows per label, then F1
 * per label and named source. Aggregates only — no row's id or words, whatever the verbosity.
 */
function freshBlock({ title, rows, file }: FreshSet, judged: Judged[]): string[] {
  return [
    `${title} — ${file}: a test set from sources no rule was ever tuned on; never read while`,
    'tuning, never printed row by row; not part of the combined kept-aside figure above.',
    '',
    `${file} (${judged.length} rows)`,
    ...table(judged),
    '',
    `${rows} rows by source: F1 (positives) FP-rate`,
    ...bySource(judged, freshSourceOf),
  ];
}

/**
 * The labelled sets split into a tuning and a kept-aside half, in `dir` (corpus-extra): replies.jsonl
 * first, then every replies-<name>.jsonl in name order (added 2026-12-02: app-store replies, staff
 * help forums; session 15 added replies-brand.jsonl, Google Maps owner responses to reviews; session 18
 * added replies-storage.jsonl, maintainers and regular helpers on the linux-raid and linux-btrfs lists; session 19
 * added replies-gameplay.jsonl, Ideum staff on the GestureWorks Gameplay game-software support forum; session 20
 * added replies-xamarin.jsonl, Xamarin's staff answering MonoTouch / Mono for Android customers on the users' lists; session 21
 * added replies-lwifi.jsonl, WiFi-chip vendors' engineers answering users on the linux-wireless list; session 22 added
 * replies-wellness.jsonl, mental-health app makers answering their users' Google Play reviews). Every such file is
 * picked up by name, so a new replies-<name>.jsonl needs no code change. Paths that exist only.
 */
export function extraFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  const more = readdirSync(dir)
    .filter((f) => /^replies-[\w.-]+\.jsonl$/.test(f))
    .sort();
  return ['replies.jsonl', ...more].map((f) => resolve(dir, f)).filter((p) => existsSync(p));
}

/** The split files of session 17's kept-aside figure (989 odd-half rows), by the part names `run` gives them. */
const S17_FILES =
  /^(dev2-labels\.jsonl|corpus-extra\/(replies(-apps|-brand|-chat|-consumer|-desk|-email|-help|-live|-nouveaubz|-tracker|-urgent|-urgent2)?|fresh|fresh2)\.jsonl), odd-hash half$/;

/**
 * Every corpus-extra file `npm run eval` splits by id hash (even half tuned on, odd half kept aside):
 * `extraFiles(dir)`, then fresh.jsonl and fresh2.jsonl (split since session 12). Never fresh3.jsonl, the
 * never-tuned test set. Paths that exist only. The learned layer's training (scripts/train-learned.ts)
 * reads the same list, so both split the same files.
 */
export function splitExtraFiles(dir: string): string[] {
  return [...extraFiles(dir), ...['fresh.jsonl', 'fresh2.jsonl'].map((f) => resolve(dir, f)).filter((p) => existsSync(p))];
}

/** What `npm run eval -- …` asked for. */
export interface EvalArgs {
  verbose: boolean;
  /** Score the test set (fresh3.jsonl) too: `--test-set`, or `--write`, whose figures block keeps it. */
  testSet: boolean;
  write: boolean;
}

/** Reads eval's options (see the head of this file). Throws on an unknown option or a stray argument. */
export function parseEvalArgs(argv: string[]): EvalArgs {
  const { values } = parseArgs({
    args: argv,
    options: {
      verbose: { type: 'boolean', short: 'v', default: false },
      'test-set': { type: 'boolean', default: false },
      write: { type: 'boolean', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  return { verbose: values.verbose === true, testSet: values['test-set'] === true || values.write === true, write: values.write === true };
}

/**
 * Where `npm run eval` reads its rows, from the repo root `root` and the environment `env` (RAPPORT_CORPUS,
 * RAPPORT_EXTRA, RAPPORT_HOLDOUT, RAPPORT_FRESH, RAPPORT_FRESH2, RAPPORT_FRESH3, RAPPORT_GERMAN, RAPPORT_GERMAN_TUNE). The test set
 * (fresh3.jsonl) is in only with `testSet`.
 */
export function evalPaths(root: string, env: Record<string, string | undefined>, opts: { testSet: boolean }): EvalPaths {
  return {
    corpus: env.RAPPORT_CORPUS ?? resolve(root, '../shared/corpus'),
    // fresh.jsonl and fresh2.jsonl are split like the replies files since session 12 (see the head).
    extra: env.RAPPORT_EXTRA?.split(':').filter(Boolean) ?? splitExtraFiles(resolve(root, 'corpus-extra')),
    holdout: (env.RAPPORT_HOLDOUT ?? '').split(':').filter(Boolean),
    ...(env.RAPPORT_FRESH ? { fresh: env.RAPPORT_FRESH } : {}),
    ...(env.RAPPORT_FRESH2 ? { fresh2: env.RAPPORT_FRESH2 } : {}),
    ...(opts.testSet ? { fresh3: env.RAPPORT_FRESH3 ?? resolve(root, 'corpus-extra/fresh3.jsonl') } : {}),
    german: env.RAPPORT_GERMAN ?? resolve(root, 'corpus-extra/de-replies.jsonl'),
    germanTune: env.RAPPORT_GERMAN_TUNE ?? resolve(root, 'corpus-extra/de-tune.jsonl'),
    packs: resolve(root, 'packs'),
  };
}

function main(argv: string[]): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const args = parseEvalArgs(argv);
  const text = run(evalPaths(root, process.env, args), { verbose: args.verbose });
  console.log(text);
  if (!args.testSet) console.log('\n(The test set, corpus-extra/fresh3.jsonl, was left out: `npm run eval -- --test-set` scores it.)');
  if (args.write) writeDoc(resolve(root, 'docs/eval.md'), text);
}

/** Replaces the figures between the markers in docs/eval.md with this run's output. */
function writeDoc(path: string, output: string): void {
  const doc = readFileSync(path, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  const a = doc.indexOf(start);
  const b = doc.indexOf(end);
  if (a === -1 || b < a) throw new Error(`${path}: no ${start} … ${end} markers`);
  writeFileSync(path, `${doc.slice(0, a + start.length)}\n\`\`\`\n${output}\n\`\`\`\n${doc.slice(b)}`);
  console.error(`wrote ${path}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main(process.argv.slice(2));
