// `npx tsx scripts/bench/incremental-check.ts [--seed N]`: every corpus row eval reads (the dev files, dev2 and the
// corpus-extra replies files, both halves; not the test set, not the German file), scored by a typing scorer
// (lib/scoring/incremental.ts) as written and after 3 seeded random edits, each report compared with a fresh
// score's (JSON.stringify). Rows are short, so most are scanned whole: a second pass joins ten rows into one long
// draft, where the memo scans a window. Prints aggregate counts only, never a row's words (rows kept aside).
import { resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { evalPaths, readRows, type Row } from '../eval';
import { createScorer, type ScoreContext } from '../../lib/scoring/index';
import { createTypingScorer } from '../../lib/scoring/incremental';
import { existsSync } from 'node:fs';

const { values } = parseArgs({ options: { seed: { type: 'string', default: '43' } } });
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const paths = evalPaths(root, process.env, { testSet: false });
const files = [
  ...['dev-labels.jsonl', 'dev-synthetic.jsonl', 'dev2-labels.jsonl'].map((f) => resolve(paths.corpus, f)),
  ...(typeof paths.extra === 'string' ? [paths.extra] : paths.extra),
].filter((f) => existsSync(f));
const rows: Row[] = files.flatMap((f) => readRows(f));

let seed = Number(values.seed) >>> 0;
/** A seeded generator (mulberry32). */
const rnd = (): number => {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const PIECES = ['e', ' ', '.', ',', '"', '\n', 'not ', 'sorry ', '. I will ', '\n\n', 'Hi ', '> '];
/** A random edit: characters typed, deleted, a sentence split, or a run of the draft pasted again elsewhere. */
function edit(text: string): string {
  const at = Math.floor(rnd() * (text.length + 1));
  const k = Math.floor(rnd() * 4);
  if (k === 0) return text.slice(0, at) + PIECES[Math.floor(rnd() * PIECES.length)]! + text.slice(at);
  if (k === 1) return text.slice(0, at) + text.slice(at + 1 + Math.floor(rnd() * 8));
  if (k === 2) return text.slice(0, at) + '. ' + text.slice(at);
  const from = Math.floor(rnd() * text.length);
  return text.slice(0, at) + text.slice(from, from + 80) + text.slice(at);
}

const fresh = createScorer();
const contextOf = (r: Row): ScoreContext => ({
  ...(r.customer_message ? { customerMessage: r.customer_message } : {}),
  ...(r.customer_name ? { customerName: r.customer_name } : {}),
});

function pass(drafts: { text: string; context: ScoreContext }[]): { steps: number; same: number; windows: number; whole: number } {
  let steps = 0;
  let same = 0;
  let windows = 0;
  let whole = 0;
  for (const { text: first, context } of drafts) {
    const typing = createTypingScorer();
    let text = first;
    for (let k = 0; k < 4; k++) {
      steps++;
      if (JSON.stringify(typing.score(text, context)) === JSON.stringify(fresh.score(text, context))) same++;
      text = edit(text);
    }
    windows += typing.stats.windows;
    whole += typing.stats.whole;
  }
  return { steps, same, windows, whole };
}

const started = Date.now();
const single = pass(rows.map((r) => ({ text: r.text, context: contextOf(r) })));
const joined: { text: string; context: ScoreContext }[] = [];
for (let i = 0; i + 10 <= rows.length; i += 10) joined.push({ text: rows.slice(i, i + 10).map((r) => r.text).join('\n\n'), context: contextOf(rows[i]!) });
const long = pass(joined);
const line = (name: string, p: typeof single) =>
  `${name}: ${p.steps} reports (${p.steps / 4} drafts × as written + 3 edits), ${p.same} identical to a fresh score, ${p.steps - p.same} different; scans: ${p.whole} whole, ${p.windows} by window`;
console.log(`incremental check, seed ${values.seed}, ${files.length} files, ${rows.length} rows, ${((Date.now() - started) / 1000).toFixed(0)} s`);
console.log(line('each row alone', single));
console.log(line('ten rows joined', long));
process.exitCode = single.steps === single.same && long.steps === long.same ? 0 : 1;
