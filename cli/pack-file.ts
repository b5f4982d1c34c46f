import { readFileSync } from 'node:fs';
import type { PackProblem } from '../lib/rule-pack/index';
import type { Engine, PackFormat, RulePack } from './engine';
import { formatProblem } from '../lib/rule-pack/problems';

export type PackFileResult =
  | { ok: true; pack: RulePack; warnings: string[] }
  | { ok: false; errors: string[] };

export function packFormat(file: string, text: string): PackFormat {
  if (/\.ya?ml$/i.test(file)) return 'yaml';
  if (/\.json$/i.test(file)) return 'json';
  return text.replace(/^\uFEFF/, '').trimStart().startsWith('{') ? 'json' : 'yaml';
}

/** Reads and checks a pack file; every message names the file and the path inside it. */
export async function loadPackFile(engine: Engine, file: string): Promise<PackFileResult> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    return { ok: false, errors: [`${file}: cannot read the pack (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`] };
  }
  const result = await engine.packFromText(text, packFormat(file, text));
  const where = (i: PackProblem) => `${file}: ${formatProblem(i)}`;
  if (!result.ok) {
    const errors = result.errors.length ? result.errors.map(where) : [`${file}: the pack was refused`];
    return { ok: false, errors };
  }
  return { ok: true, pack: result.pack, warnings: result.warnings.map(where) };
}
