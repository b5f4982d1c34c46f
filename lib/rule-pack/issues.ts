// zod's issues in a team lead's words: a missing field says "required", an unknown key suggests the
// nearest known one ("unknown field \"singal\"; did you mean \"signal\"?"), a bad rule type lists the types.
import { distance } from 'fastest-levenshtein';
import type { z } from 'zod';
import { formatPath, type PackProblem, type ProblemCode, type ProblemParams } from './problems';
import { SCHEMA_MESSAGES } from './schema';

type AnySchema = z.core.$ZodType;

interface Def {
  type: string;
  shape?: Record<string, AnySchema>;
  element?: AnySchema;
  valueType?: AnySchema;
  innerType?: AnySchema;
  in?: AnySchema;
  options?: AnySchema[];
  discriminator?: string;
  values?: unknown[];
}

const defOf = (s: AnySchema): Def => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Unwraps optional, default, nullable and pipes down to the schema that holds the shape. */
function unwrap(s: AnySchema): AnySchema {
  for (let d = defOf(s); ; d = defOf(s)) {
    const inner = d.innerType ?? (d.type === 'pipe' ? d.in : undefined);
    if (!inner) return s;
    s = inner;
  }
}

/** For a union, the option the data picks by its discriminator (a rule's `type`), when it picks one. */
function pick(d: Def, data: unknown): AnySchema[] {
  const options = d.options ?? [];
  if (d.discriminator && data && typeof data === 'object') {
    const tag = (data as Record<string, unknown>)[d.discriminator];
    const hit = options.find((o) => {
      const lit = defOf(unwrap(o)).shape?.[d.discriminator!];
      return lit !== undefined && (defOf(unwrap(lit)).values ?? []).includes(tag);
    });
    if (hit) return [hit];
  }
  return options;
}

/** The keys an object at `path` may have, following the data through arrays, records and unions. */
export function knownKeysAt(schema: AnySchema, data: unknown, path: readonly PropertyKey[]): string[] {
  let current: AnySchema[] = [schema];
  let value = data;
  for (const seg of path) {
    const next: AnySchema[] = [];
    for (const s of current) {
      const d = defOf(unwrap(s));
      const candidates = d.type === 'union' ? pick(d, value).map((o) => defOf(unwrap(o))) : [d];
      for (const c of candidates) {
        if (c.type === 'object' && typeof seg === 'string' && c.shape?.[seg]) next.push(c.shape[seg]);
        else if (c.type === 'array' && typeof seg === 'number' && c.element) next.push(c.element);
        else if (c.type === 'record' && c.valueType) next.push(c.valueType);
      }
    }
    current = next;
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[seg as string] : undefined;
  }
  const keys = new Set<string>();
  for (const s of current) {
    const d = defOf(unwrap(s));
    const objects = d.type === 'union' ? pick(d, value).map((o) => defOf(unwrap(o))) : [d];
    for (const o of objects) for (const k of Object.keys(o.shape ?? {})) keys.add(k);
  }
  return [...keys];
}

/** The known key closest to a typo, when it is close enough to be what was meant. */
export function nearest(word: string, known: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  const w = word.toLowerCase();
  for (const k of known) {
    const d = distance(w, k.toLowerCase());
    if (d < bestD) [best, bestD] = [k, d];
  }
  // One edit in a short word, up to a third of a longer one ("rewrite" → "rewrites", "singal" → "signal").
  return best !== undefined && bestD <= Math.max(1, Math.floor(word.length / 3)) ? best : undefined;
}

const RULE_TYPES = 'phrase-present, phrase-avoid, question, conditional or metric';
const RULE_TYPE_LIST = 'phrase-present, phrase-avoid, question, conditional, metric';

/**
 * zod's issues as problems: each with its path, an English message, and (for the issues a pack can
 * have) a problem code with its parameters (PROBLEM_PARAMS). An issue of a kind not listed keeps
 * zod's message and no code.
 */
export function issuesToProblems(schema: AnySchema, data: unknown, issues: z.core.$ZodIssue[]): PackProblem[] {
  const out: PackProblem[] = [];
  for (const issue of issues.slice(0, 50)) {
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, data, issue.path);
      for (const key of issue.keys) {
        const near = nearest(key, known.filter((k) => !issue.keys.includes(k)));
        out.push({
          path: formatPath([...issue.path, key]),
          message: `unknown field "${key}"${near ? `; did you mean "${near}"?` : ''}`,
          ...(near ? { code: 'unknownFieldSuggest', params: { key, suggestion: near } } : { code: 'unknownField', params: { key } }),
        });
      }
    } else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator) {
      out.push({ path: formatPath(issue.path), message: `unknown rule type: use ${RULE_TYPES}`, code: 'unknownRuleType', params: { types: RULE_TYPE_LIST } });
    } else if (issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined) {
      out.push({ path: formatPath(issue.path), message: required(issue.path, issue.expected), ...requiredCode(issue.path, issue.expected) });
    } else out.push({ path: formatPath(issue.path), message: issue.message, ...codeOf(issue) });
  }
  return out;
}

const TYPE_WORDS: Record<string, string> = { array: 'List', object: 'Mapping', string: 'Text', number: 'Number' };

function requiredCode(path: readonly PropertyKey[], expected: string): { code: ProblemCode; params: ProblemParams } {
  if (path.at(-1) === 'examples' && path[0] === 'rules') return { code: 'requiredExamples', params: {} };
  const word = TYPE_WORDS[expected];
  return word ? { code: `required${word}` as ProblemCode, params: {} } : { code: 'requiredValue', params: { expected } };
}

/** The code of an issue on a value that is there but wrong; nothing for a kind of issue not listed. */
function codeOf(issue: z.core.$ZodIssue): { code?: ProblemCode; params?: ProblemParams } {
  switch (issue.code) {
    case 'invalid_type': {
      const words: Record<string, string> = { ...TYPE_WORDS, int: 'Integer', boolean: 'Boolean' };
      const word = words[issue.expected];
      return word ? { code: `expected${word}` as ProblemCode, params: {} } : { code: 'expectedValue', params: { expected: issue.expected } };
    }
    case 'too_small': {
      const minimum = Number(issue.minimum);
      if (issue.origin === 'string') return minimum === 1 ? { code: 'empty', params: {} } : { code: 'tooShort', params: { minimum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooFew', params: { minimum } };
      if (issue.origin === 'number' || issue.origin === 'int') return { code: 'numberTooSmall', params: { minimum } };
      return {};
    }
    case 'too_big': {
      const maximum = Number(issue.maximum);
      if (issue.origin === 'string') return { code: 'tooLong', params: { maximum } };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'tooMany', params: { maximum } };
      if (issue.origin === 'number' || issue.origin === 'int') return { code: 'numberTooBig', params: { maximum } };
      return {};
    }
    case 'invalid_value':
      return { code: 'notOneOf', params: { values: issue.values.map((v) => JSON.stringify(v)).join(', ') } };
    case 'invalid_format':
    case 'custom':
      for (const [code, message] of Object.entries(SCHEMA_MESSAGES)) if (issue.message === message) return { code: code as ProblemCode, params: {} };
      return {};
    default:
      return {};
  }
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let v = data;
  for (const seg of path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg)) return undefined;
    v = (v as Record<PropertyKey, unknown>)[seg as string];
  }
  return v;
}

/** "required (a list)"; a rule's `examples` also says what to write, as a first pack often leaves them out. */
function required(path: readonly PropertyKey[], expected: string): string {
  if (path.at(-1) === 'examples' && path[0] === 'rules')
    return 'required: every rule has examples it is tested on when the pack loads, e.g. examples: { flag: ["a reply it fires on"], pass: ["a reply it must not fire on"] }';
  return `required (${expected === 'array' ? 'a list' : expected === 'object' ? 'a mapping' : `a ${expected}`})`;
}
