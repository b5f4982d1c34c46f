// `npx tsx scripts/bench/report-guard.ts --write FILE` / `--check FILE`: the guard for speed work.
// Scores every corpus reply (../shared/corpus/*.jsonl and corpus-extra/*.jsonl, each with its
// customer message and name, at a fixed time of writing so commitments carry a `due`), the bench's
// 2 KB and 50 KB texts, and every shipped pack's rule examples and prompt lines with that pack, and
// writes the full JSON reports, one per line. `--check` scores again and names every input whose
// report differs from the file. A change that only makes the scorer faster must leave every report
// identical; take the snapshot on main (after merging it) before the change, never edit it by hand.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadPack } from '../../lib/rule-pack/load';
import { createScorer } from '../../lib/scoring/index';
import type { ScoreContext } from '../../lib/scoring/types';
import { loadCorpus, textOfSize } from './corpus';
import { COPY_FILE } from '../../lib/rule-pack/gen-default';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** A fixed time of writing (a Monday morning in Berlin): commitments resolve their `due` against it. */
const WRITTEN = { writtenAt: '2026-11-30T09:15:00+01:00', timeZone: 'Europe/Berlin' } as const;

interface Row {
  group: string;
  id: string;
  report: string;
}

function jsonlIn(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(dir, f)) : [];
}

function rows(): Row[] {
  const out: Row[] = [];
  const scorer = createScorer();
  const files = [...jsonlIn(resolve(root, '../shared/corpus')), ...jsonlIn(resolve(root, 'corpus-extra'))];
  const all = [];
  for (const file of files) {
    const corpus = loadCorpus([file]);
    all.push(...corpus);
    const group = relative(root, file);
    for (const r of corpus) {
      const context: ScoreContext = { customerMessage: r.customerMessage, customerName: r.customerName, ...WRITTEN };
      out.push({ group, id: r.id, report: JSON.stringify(scorer.score(r.text, context)) });
      // The same reply with no customer message: the calm default path.
      out.push({ group, id: `${r.id} (reply only)`, report: JSON.stringify(scorer.score(r.text, WRITTEN)) });
    }
  }
  for (const size of [2048, 50 * 1024]) out.push({ group: 'long', id: `${size} chars`, report: JSON.stringify(scorer.score(textOfSize(all, size), WRITTEN)) });

  const packs = resolve(root, 'packs');
  for (const file of readdirSync(packs).filter((f) => /\.ya?ml$/.test(f) && f !== COPY_FILE) /* default.yaml's copy */.sort()) {
    const loaded = loadPack(readFileSync(join(packs, file), 'utf8'), { format: 'yaml', source: file });
    if (!loaded.ok) throw new Error(`${file}: ${loaded.errors.map((e) => e.message).join('; ')}`);
    const pack = loaded.pack;
    const own = createScorer(pack);
    const group = `packs/${file}`;
    const texts: [string, string][] = [];
    for (const rule of pack.rules) {
      rule.examples?.flag?.forEach((t, i) => texts.push([`${rule.id}.flag[${i}]`, t]));
      rule.examples?.pass?.forEach((t, i) => texts.push([`${rule.id}.pass[${i}]`, t]));
    }
    for (const [kind, v] of Object.entries(pack.prompts)) {
      const lists = Array.isArray(v) ? { any: v } : (v as Record<string, string[] | undefined>);
      for (const [mood, list] of Object.entries(lists)) if (Array.isArray(list)) list.forEach((t, i) => texts.push([`prompts.${kind}.${mood}[${i}]`, t]));
    }
    const context: ScoreContext = {
      customerName: 'Alex Morgan',
      customerMessage: pack.locale.startsWith('de') ? 'Ich bin verwirrt und wirklich verärgert.' : "I'm confused and really frustrated.",
      ...WRITTEN,
    };
    for (const [id, text] of texts) out.push({ group, id, report: JSON.stringify(own.score(text, context)) });
  }
  return out;
}

function summary(list: Row[]): string {
  const groups = new Map<string, { n: number; hash: ReturnType<typeof createHash> }>();
  for (const r of list) {
    const g = groups.get(r.group) ?? { n: 0, hash: createHash('sha256') };
    g.n++;
    g.hash.update(`${r.id}\n${r.report}\n`);
    groups.set(r.group, g);
  }
  return [...groups].map(([name, g]) => `  ${name}: ${g.n} reports, sha256 ${g.hash.digest('hex').slice(0, 16)}`).join('\n');
}

function main(argv: string[]): number {
  const mode = argv[0];
  const file = argv[1];
  if ((mode !== '--write' && mode !== '--check') || !file) {
    console.error('usage: report-guard.ts --write FILE | --check FILE');
    return 2;
  }
  const began = Date.now();
  const now = rows();
  console.log(`${now.length} reports in ${((Date.now() - began) / 1000).toFixed(1)} s\n${summary(now)}`);
  if (mode === '--write') {
    writeFileSync(file, now.map((r) => JSON.stringify(r)).join('\n') + '\n');
    console.log(`written to ${file}`);
    return 0;
  }
  const before = new Map(
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Row)
      .map((r) => [`${r.group}\u0000${r.id}`, r.report]),
  );
  let differ = 0;
  for (const r of now) {
    const key = `${r.group}\u0000${r.id}`;
    const was = before.get(key);
    before.delete(key);
    if (was === r.report) continue;
    differ++;
    if (differ <= 10) console.log(`DIFFERS ${r.group} ${r.id}\n  was ${was ?? '(absent)'}\n  now ${r.report}`);
  }
  for (const key of before.keys()) {
    differ++;
    console.log(`MISSING ${key.replace('\u0000', ' ')}`);
  }
  console.log(differ === 0 ? 'all reports identical' : `${differ} reports differ`);
  return differ === 0 ? 0 : 1;
}

process.exitCode = main(process.argv.slice(2));
