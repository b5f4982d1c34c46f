// Entry point of the `rapport` command (bin/rapport.mjs runs this through tsx).
import { readFileSync } from 'node:fs';
import { parseArgs, UsageError } from './args';
import { loadEngine, type RulePack } from './engine';
import { HELP } from './help';
import { detectFormat, parseInput, type InputFormat } from './input';
import { Buffered, readSource } from './io';
import { loadPackFile } from './pack-file';
import { scoreItems } from './score';

const OPTIONS = { help: false, version: false, pack: true, format: true, summary: false, report: false, input: true, out: true, title: true, tz: true };
const ALIASES = { '-h': 'help', '-v': 'version', '-V': 'version' };

export async function main(argv: string[]): Promise<number> {
  try {
    const { positional, options } = parseArgs(argv, OPTIONS, ALIASES);
    if (options.has('help')) return print(HELP);
    if (options.has('version')) return print(`${version()}\n`);
    const [command, ...rest] = positional;
    if (command === 'score') return await score(rest, options);
    if (command === 'validate') return await validate(rest, options);
    if (command === 'stats') return await stats(rest, options);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    process.stderr.write(`rapport: ${err.message}\nTry "rapport --help".\n`);
    return 2;
  }
}

async function score(args: string[], options: Map<string, string | true>): Promise<number> {
  const [source, extra] = args;
  if (source === undefined || extra !== undefined) throw new UsageError('score takes one FILE, or - for stdin');
  const format = options.get('format') ?? 'json';
  if (format !== 'json' && format !== 'text') throw new UsageError('--format is json or text');
  if (options.has('report') && (format !== 'json' || options.has('summary')))
    throw new UsageError('--report prints JSON lines: it goes with neither --format text nor --summary');
  const input = options.get('input');
  if (input !== undefined && input !== 'jsonl' && input !== 'csv') throw new UsageError('--input is jsonl or csv');

  const engine = await loadEngine();
  let pack: RulePack | undefined;
  const packFile = options.get('pack');
  if (typeof packFile === 'string') {
    const loaded = await loadPackFile(engine, packFile);
    if (!loaded.ok) return fail(loaded.errors);
    for (const w of loaded.warnings) process.stderr.write(`warning: ${w}\n`);
    pack = loaded.pack;
  }

  let text: string;
  try {
    const read = await readSource(source);
    text = read.text;
    if (read.notUtf8Line !== undefined)
      process.stderr.write(`${source === '-' ? 'stdin' : source}: not UTF-8 (line ${read.notUtf8Line}); read as Windows-1252: save the file as UTF-8 to be sure\n`);
  } catch (err) {
    return fail([`${source}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`]);
  }
  const items = parseInput(text, (input as InputFormat | undefined) ?? detectFormat(source, text.slice(0, 256)));
  const scorer = engine.createScorer(pack);
  const out = new Buffered(process.stdout);
  const err = new Buffered(process.stderr);
  const where = source === '-' ? 'stdin' : source;
  const prefixed = { write: (s: string) => err.write(`${where}: ${s}`) };
  const failed = scoreItems(items, scorer, { format, summary: options.has('summary'), report: options.has('report'), formatFindings: engine.formatFindings }, out, prefixed);
  out.flush();
  if (failed) prefixed.write(`${failed} of ${items.length} records failed\n`);
  // An empty file, or a CSV with its header only, would otherwise end with no output and no word.
  if (items.length === 0) prefixed.write('no replies to score\n');
  err.flush();
  return failed ? 1 : 0;
}

/** `rapport stats FILE…`: the team report (cli/stats/command.ts). */
async function stats(files: string[], options: Map<string, string | true>): Promise<number> {
  if (files.length === 0) throw new UsageError('stats takes one or more FILEs (progress exports or rapport score output)');
  const allowed = new Set(['out', 'title', 'tz']);
  const extra = [...options.keys()].find((k) => !allowed.has(k));
  if (extra) throw new UsageError(`stats does not take --${extra}`);
  const { runStats } = await import('./stats/command');
  const get = (k: string) => (typeof options.get(k) === 'string' ? (options.get(k) as string) : undefined);
  const result = runStats(files, { out: get('out'), title: get('title'), tz: get('tz') });
  for (const p of result.problems) process.stderr.write(`${p}\n`);
  if (!result.written) return fail(['rapport stats: nothing to report']);
  process.stdout.write(`wrote ${result.written}: ${result.replies} replies from ${files.length} file${files.length === 1 ? '' : 's'}\n`);
  return result.problems.length ? 1 : 0;
}

async function validate(args: string[], options: Map<string, string | true>): Promise<number> {
  const [file, extra] = args;
  if (file === undefined || extra !== undefined) throw new UsageError('validate takes one PACK file');
  if (options.size) throw new UsageError('validate takes no options');
  const loaded = await loadPackFile(await loadEngine(), file);
  if (!loaded.ok) return fail(loaded.errors);
  for (const w of loaded.warnings) process.stderr.write(`warning: ${w}\n`);
  return print(`ok: ${file}: ${describePack(loaded.pack)}\n`);
}

function describePack(pack: RulePack): string {
  const n = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;
  return `${n(pack.rules.length, 'rule')}, ${n(pack.tips.length, 'tip')}, ${n(pack.closing_questions.length, 'closing question')}`;
}

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function print(text: string): number {
  process.stdout.write(text);
  return 0;
}

function fail(lines: string[]): number {
  for (const l of lines) process.stderr.write(`${l}\n`);
  return 1;
}
