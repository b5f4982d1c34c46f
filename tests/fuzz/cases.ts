// Case generator of the pack fuzzer. Case n is built from its own seed, so any process (the vitest
// worker, the CLI sample) can rebuild exactly the same case from its number.
import { stringify } from 'yaml';
import { DEFAULT_PACK_TEXT, windowPack, type PackData } from './base';
import { OBJECT_MUTATIONS } from './mutate-object';
import { TEXT_MUTATIONS } from './mutate-text';
import { rng, type Rng } from './rng';
import { sweepCase, SWEEP_SIZE } from './sweep';

export interface FuzzCase {
  id: number;
  /** The mutation family, e.g. "wrong-type", "alias-bomb". */
  kind: string;
  /** What was done, readable in a failure list: `wrong type 42 at rules[1].level`. */
  label: string;
  format: 'yaml' | 'json';
  /** Text (parsed by the loader) or an already parsed value. */
  input: unknown;
  /** Raw file bytes for the CLI when they are not the UTF-8 of `input` (bad UTF-8, UTF-16). */
  bytes?: Uint8Array;
  /** The loader may reject this case at the document level (path ""): parse errors, size, bombs. */
  docLevel: boolean;
  /** The pack must be refused, with an error at (or inside) this path. */
  mustRefuseAt?: string;
}

export interface Mutation {
  kind: string;
  weight: number;
  apply(r: Rng, pack: PackData): Omit<FuzzCase, 'id' | 'kind'>;
}

const ALL: Mutation[] = [...OBJECT_MUTATIONS, ...TEXT_MUTATIONS];
const TOTAL = ALL.reduce((n, m) => n + m.weight, 0);

export const FUZZ_SEED = 0x5eed7;

/** Random cases come first; ids from RANDOM_CASES on are the systematic slot sweep (sweep.ts). */
export const RANDOM_CASES = 1000;
export const TOTAL_CASES = RANDOM_CASES + SWEEP_SIZE;

export function fuzzCase(id: number, seed = FUZZ_SEED): FuzzCase {
  if (id >= RANDOM_CASES) return sweepCase(id - RANDOM_CASES, id);
  const r = rng(seed * 7919 + id);
  let roll = r.next() * TOTAL;
  const m = ALL.find((x) => (roll -= x.weight) < 0) ?? ALL[ALL.length - 1]!;
  return { id, kind: m.kind, ...m.apply(r, windowPack(r)) };
}

/** The bytes the CLI reads for this case. */
export function caseBytes(c: FuzzCase): Uint8Array {
  if (c.bytes) return c.bytes;
  const text = typeof c.input === 'string' ? c.input : c.format === 'json' ? JSON.stringify(c.input) : stringify(c.input);
  return new TextEncoder().encode(text);
}

export { DEFAULT_PACK_TEXT };
