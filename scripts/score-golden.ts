// `npx tsx scripts/score-golden.ts OUT.json`: scores every corpus row (../shared/corpus/*.jsonl and
// corpus-extra/*.jsonl) with the default pack and the other packs in packs/, and writes every report
// whole, so a speed change can be proved not to change any judgement: the file must stay byte-identical.
// Also scored: every row again in reverse order on the same scorer (caches must not leak between
// drafts), the typing of each row word by word and an edit in its middle (what the panel re-scores per
// keystroke), and the bench's 2 KB and 50 KB texts. Per-keystroke reports are kept as a hash.
// Output holds the reports of kept-aside rows: write it outside the repo (/tmp) and only diff it.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createScorer, type ScoreContext, type Scorer } from '../lib/scoring/index';
import { loadPack } from '../lib/rule-pack/load';
import { COPY_FILE } from '../lib/rule-pack/gen-default';
import { textOfSize } from './bench/corpus';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = process.argv[2];
if (!out) throw new Error('usage: score-golden.ts OUT.json');

interface Row {
  id: string;
  text: string;
  context: ScoreContext;
}

const files = [
  ...readdirSync(resolve(root, '../shared/corpus')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(root, '../shared/corpus', f)),
  ...readdirSync(resolve(root, 'corpus-extra')).filter((f) => f.endsWith('.jsonl')).sort().map((f) => resolve(root, 'corpus-extra', f)),
];
const rows: Row[] = files.flatMap((file) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const r = JSON.parse(l) as Record<string, unknown>;
      const context: ScoreContext = {
        ...(typeof r.customer_message === 'string' && r.customer_message ? { customerMessage: r.customer_message } : {}),
        ...(typeof r.customer_name === 'string' && r.customer_name ? { customerName: r.customer_name } : {}),
      };
      return { id: `${file.slice(file.lastIndexOf('/') + 1)}:${String(r.id)}`, text: String(r.text), context };
    }),
);

const hash = (v: unknown) => createHash('sha256').update(JSON.stringify(v)).digest('hex').slice(0, 16);
const lines: string[] = [];
const t0 = process.hrtime.bigint();

function scoreAll(name: string, scorer: Scorer): void {
  const first = rows.map((r) => JSON.stringify(scorer.score(r.text, r.context)));
  rows.forEach((r, i) => lines.push(`${name}\t${r.id}\t${first[i]}`));
  // Same scorer, reverse order: must give the same reports.
  for (let i = rows.length - 1; i >= 0; i--) {
    const again = JSON.stringify(scorer.score(rows[i]!.text, rows[i]!.context));
    if (again !== first[i]) lines.push(`${name}\tREORDER-DIFFERS\t${rows[i]!.id}\t${again}`);
  }
}

const scorer = createScorer();
scoreAll('default', scorer);
for (const f of readdirSync(resolve(root, 'packs')).filter((f) => f.endsWith('.yaml') && f !== 'default.yaml' && f !== COPY_FILE) /* the method: scored above */.sort()) {
  const loaded = loadPack(readFileSync(join(root, 'packs', f), 'utf8'), { source: f });
  if (!loaded.ok) {
    lines.push(`${f}\tLOAD-FAILED\t${JSON.stringify(loaded.errors)}`);
    continue;
  }
  scoreAll(f, createScorer(loaded.pack));
}

// Typing: each row grows word by word on one scorer (the panel's re-scoring), then a word goes in and
// out of its middle. One hash per row over all its keystroke reports.
const typing = createScorer();
for (const r of rows) {
  const reports: string[] = [];
  for (let at = r.text.indexOf(' '); at !== -1; at = r.text.indexOf(' ', at + 1)) reports.push(hash(typing.score(r.text.slice(0, at), r.context)));
  reports.push(hash(typing.score(r.text, r.context)));
  const mid = r.text.indexOf(' ', r.text.length >> 1);
  if (mid !== -1) {
    reports.push(hash(typing.score(`${r.text.slice(0, mid)} really${r.text.slice(mid)}`, r.context)));
    reports.push(hash(typing.score(`${r.text.slice(0, mid)}. Sorry${r.text.slice(mid)}`, r.context)));
    reports.push(hash(typing.score(r.text, r.context)));
  }
  lines.push(`typing\t${r.id}\t${hash(reports)}`);
}

const corpus = rows.map((r) => ({ id: r.id, text: r.text }));
for (const size of [2048, 50 * 1024]) {
  const text = textOfSize(corpus, size);
  lines.push(`size-${size}\t${JSON.stringify(scorer.score(text))}`);
  lines.push(`size-${size}-ctx\t${JSON.stringify(scorer.score(text, rows[3]!.context))}`);
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.error(`${lines.length} lines, ${rows.length} rows, ${(Number(process.hrtime.bigint() - t0) / 1e9).toFixed(1)} s → ${out}`);
