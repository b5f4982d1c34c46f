// The fuzzer's starting points: the default method pack (packs/default.yaml) as text and as data,
// and small windows of it (a few consecutive rules with every other section) so a mutated pack that
// still loads runs its examples quickly.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { Rng } from './rng';

export const DEFAULT_PACK_TEXT = readFileSync(new URL('../../packs/default.yaml', import.meta.url), 'utf8');
const DEFAULT_PACK_DATA = parse(DEFAULT_PACK_TEXT) as { rules: Record<string, unknown>[] } & Record<string, unknown>;

export type PackData = Record<string, unknown> & { rules: Record<string, unknown>[] };

export function defaultPackData(): PackData {
  return structuredClone(DEFAULT_PACK_DATA);
}

/** Rules whose examples hold on their own (a conditional needs the rule that gives its signal). */
const SELF_CONTAINED = DEFAULT_PACK_DATA.rules.map((r, i) => ({ r, i })).filter(({ r }) => r.type !== 'conditional');

export function windowPack(r: Rng): PackData {
  const pack = defaultPackData();
  const width = r.int(1, 4);
  const start = r.int(0, SELF_CONTAINED.length - width);
  pack.rules = SELF_CONTAINED.slice(start, start + width).map(({ r: rule }) => structuredClone(rule));
  return pack;
}
