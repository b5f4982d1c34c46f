// Mutations of a parsed pack, handed to the loader as a value (the way the options page and the
// managed-policy layer pass packs): wrong types, edge strings and numbers, huge and deep values,
// unknown and prototype keys, hostile phrases and patterns.
import type { Mutation } from './cases';
import { deepArray, deepObject, EVIL_PATTERNS, EVIL_PHRASES, pollutingValue, PROTO_KEYS, TRIGGER_TEXTS } from './evil';
import type { Rng } from './rng';
import { allPaths, defineOwn, formatPath, getAt, phrasePaths, setAt, type Path } from './tree';
import type { PackData } from './base';

const WRONG_VALUES: unknown[] = [42, -1, 3.5, 0, true, false, null, 'str', '', [], {}, [1, 'two'], { x: 1 }, [[]]];
const EDGE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\uD800',
  '\uDFFF lone',
  '\u202Eevil\u202C',
  'مرحبا بك',
  '👩‍👩‍👧‍👦',
  'e\u0301\u0301\u0301',
  '\r\n\r\n',
  '\t',
  '{name}',
  '<img src=x onerror=alert(1)>',
  '${process.exit(1)}',
  '%s%s%s%n',
  'A'.repeat(501),
];
const EDGE_NUMBERS = [NaN, Infinity, -Infinity, 1e308, -1e308, -0, 2 ** 53 + 1, 0.5, -100.5, 101, 1e-320];

const obj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function anyPath(r: Rng, pack: PackData, pred: (v: unknown, p: Path) => boolean = () => true): Path {
  const paths = allPaths(pack).filter((p) => p.length > 0 && pred(getAt(pack, p), p));
  return paths.length ? r.pick(paths) : ['rules'];
}

const at = formatPath;

function objectCase(pack: PackData, label: string) {
  return { label, format: 'json' as const, input: pack, docLevel: false };
}

export const OBJECT_MUTATIONS: Mutation[] = [
  {
    kind: 'wrong-type',
    weight: 16,
    apply(r, pack) {
      const p = anyPath(r, pack);
      const v = r.pick(WRONG_VALUES);
      setAt(pack, p, structuredClone(v));
      return objectCase(pack, `wrong type ${JSON.stringify(v)} at ${at(p)}`);
    },
  },
  {
    kind: 'edge-string',
    weight: 8,
    apply(r, pack) {
      const p = anyPath(r, pack, (v) => typeof v === 'string');
      const s = r.pick(EDGE_STRINGS);
      setAt(pack, p, s);
      return objectCase(pack, `edge string ${JSON.stringify(s.slice(0, 20))} at ${at(p)}`);
    },
  },
  {
    kind: 'edge-number',
    weight: 7,
    apply(r, pack) {
      const numeric = allPaths(pack).filter((p) => typeof getAt(pack, p) === 'number');
      const p = numeric.length && r.chance(0.7) ? r.pick(numeric) : r.pick([['schema_version'], ['weights', 'empathy'], ['weights', 'terse']] as Path[]);
      const n = r.pick(EDGE_NUMBERS);
      setAt(pack, p, n);
      return objectCase(pack, `number ${String(n)} at ${at(p)}`);
    },
  },
  {
    kind: 'huge',
    weight: 6,
    apply(r, pack) {
      const p = anyPath(r, pack);
      const old = getAt(pack, p);
      const big = r.chance(0.5)
        ? 'x'.repeat(r.pick([1_000, 100_000, 1_000_000]))
        : Array.from({ length: r.pick([301, 10_000, 200_000]) }, () => (Array.isArray(old) ? old[0] : 'hello'));
      setAt(pack, p, big);
      return objectCase(pack, `huge ${typeof big === 'string' ? `string (${big.length})` : `array (${big.length})`} at ${at(p)}`);
    },
  },
  {
    kind: 'deep',
    weight: 4,
    apply(r, pack) {
      const p = anyPath(r, pack);
      const depth = r.pick([100, 1000, 5000]);
      setAt(pack, p, r.chance(0.5) ? deepArray(depth) : deepObject(depth));
      return objectCase(pack, `nesting ${depth} deep at ${at(p)}`);
    },
  },
  {
    kind: 'remove-key',
    weight: 6,
    apply(r, pack) {
      const p = anyPath(r, pack);
      setAt(pack, p, undefined, true);
      return objectCase(pack, `removed ${at(p)}`);
    },
  },
  {
    kind: 'unknown-field',
    weight: 6,
    apply(r, pack) {
      const p = anyPath(r, pack, obj);
      const key = r.pick(['colour', 'weigth', 'Phrases', 'type ', '', 'rules', '💥', 'x'.repeat(300)]);
      defineOwn(getAt(pack, p) as Record<string, unknown>, key, r.pick(WRONG_VALUES));
      return objectCase(pack, `unknown field "${key.slice(0, 20)}" in ${at(p) || '(root)'}`);
    },
  },
  {
    kind: 'proto-key',
    weight: 7,
    apply(r, pack) {
      const objects = allPaths(pack).filter((p) => obj(getAt(pack, p)));
      const p = r.chance(0.3) ? [] : r.pick(objects);
      const key = r.pick(PROTO_KEYS);
      defineOwn(getAt(pack, p) as Record<string, unknown>, key, pollutingValue(key));
      return objectCase(pack, `own "${key}" key in ${at(p) || '(root)'}`);
    },
  },
  {
    kind: 'evil-pattern',
    weight: 12,
    apply(r, pack) {
      const p = r.pick(phrasePaths(pack));
      const src = r.pick(EVIL_PATTERNS);
      const form = r.pick(['pattern', 'phrase', 'string'] as const);
      setAt(pack, p, form === 'string' ? src : { [form]: src });
      armExamples(r, pack, p);
      return objectCase(pack, `catastrophic ${form} ${JSON.stringify(src)} at ${at(p)}`);
    },
  },
  {
    kind: 'evil-phrase',
    weight: 6,
    apply(r, pack) {
      const p = r.pick(phrasePaths(pack));
      const phrase = r.pick(EVIL_PHRASES);
      setAt(pack, p, r.chance(0.5) ? phrase : { phrase });
      armExamples(r, pack, p);
      return objectCase(pack, `hostile phrase ${JSON.stringify(phrase.slice(0, 40))} at ${at(p)}`);
    },
  },
  {
    kind: 'duplicate',
    weight: 3,
    apply(r, pack) {
      const arrays = allPaths(pack).filter((p) => Array.isArray(getAt(pack, p)) && (getAt(pack, p) as unknown[]).length > 0);
      const p = r.pick(arrays);
      const list = getAt(pack, p) as unknown[];
      list.push(structuredClone(list[0]));
      return objectCase(pack, `duplicated first item of ${at(p)}`);
    },
  },
  {
    kind: 'benign',
    weight: 8,
    apply(r, pack) {
      const rule = pack.rules[0];
      const edit = r.int(0, 3);
      if (rule && edit === 0) rule.message = `${String(rule.message)} (edited)`;
      else if (rule && edit === 1) rule.enabled = false;
      else if (rule && edit === 2) rule.link = `https://wiki.example.com/rules/${r.int(1, 999)}`;
      else (pack.weights as Record<string, number>).empathy = r.int(-100, 100);
      return objectCase(pack, `benign edit ${edit} (should load)`);
    },
  },
];

/** Gives the rule a hostile example so that, were the pattern compiled, the loader's own example run would hang. */
function armExamples(r: Rng, pack: PackData, p: Path): void {
  if (p[0] !== 'rules' || typeof p[1] !== 'number') return;
  const rule = pack.rules[p[1]];
  if (!rule) return;
  const ex = (rule.examples ?? {}) as { flag?: string[]; pass?: string[] };
  ex.pass = [...(ex.pass ?? []), r.pick(TRIGGER_TEXTS)];
  rule.examples = ex;
}
