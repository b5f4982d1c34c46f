// Loads a rule pack from YAML or JSON text (or an already parsed value), whole or not at all: any
// problem is reported with its path and the pack is refused, so the previous pack stays in use.
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { compileEngine, PackCompileError } from '../scoring/engine';
import { SIGNAL_IDS } from '../scoring/types';
import { CURRENT_SCHEMA_VERSION, rulePackSchema, type RulePack } from './schema';

export interface PackError {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; pack: RulePack; warnings: PackError[] } | { ok: false; errors: PackError[] };

export interface LoadOptions {
  format?: 'yaml' | 'json';
  /** Where the pack came from (file name, URL); prefixes messages so a team lead knows which pack. */
  source?: string;
}

export const MAX_PACK_BYTES = 512 * 1024;

export function loadPack(input: string | unknown, opts: LoadOptions = {}): LoadResult {
  let result: LoadResult;
  try {
    result = load(input, opts);
  } catch (e) {
    result = fail('', `could not load the pack: ${(e as Error)?.message ?? String(e)}`, opts);
  }
  return result.ok ? result : { ok: false, errors: result.errors.map(oneLine) };
}

/** One error, one line: parser messages and quoted examples carry line breaks that split a report. */
function oneLine(e: PackError): PackError {
  return { path: e.path, message: e.message.replace(/\s*[\r\n]+\s*/g, ' ').trim() };
}

function load(input: unknown, opts: LoadOptions): LoadResult {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.length > MAX_PACK_BYTES) return fail('', `the pack is larger than ${MAX_PACK_BYTES / 1024} KB`, opts);
    const text = input.replace(/^\uFEFF/, '');
    const parsed = opts.format === 'json' ? parseJson(text) : parseYaml(text);
    if (!parsed.ok) return { ok: false, errors: parsed.errors.map((e) => withSource(e, opts)) };
    data = parsed.value;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail('', 'a rule pack is a mapping with schema_version, id, name, version and rules', opts);
  const version = (data as Record<string, unknown>).schema_version;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION)
    return fail(
      'schema_version',
      `this pack needs schema version ${version}, but this Rapport reads version ${CURRENT_SCHEMA_VERSION}: update Rapport to use it`,
      opts,
    );
  const result = rulePackSchema.safeParse(data);
  if (!result.success) return { ok: false, errors: issuesToErrors(result.error.issues).map((e) => withSource(e, opts)) };
  const pack = result.data;
  const signals = checkSignals(pack);
  const errors = [...duplicateIds(pack), ...signals.errors];
  // Examples run only on a pack whose signals make sense: a conditional reading an unknown signal
  // would otherwise fail its examples with a second, misleading message.
  if (!errors.length) errors.push(...checkExamples(pack));
  if (errors.length) return { ok: false, errors: errors.map((e) => withSource(e, opts)) };
  return { ok: true, pack, warnings: signals.warnings.map((e) => withSource(e, opts)) };
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; errors: PackError[] } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (e) {
    return { ok: false, errors: [{ path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
}

function parseYaml(text: string): { ok: true; value: unknown } | { ok: false; errors: PackError[] } {
  // Aliases are bounded so a "billion laughs" pack cannot blow up memory.
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length)
    return { ok: false, errors: doc.errors.slice(0, 10).map((e) => ({ path: '', message: `YAML: ${e.message.split('\n')[0]}` })) };
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }) };
}

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

function issuesToErrors(issues: z.core.$ZodIssue[]): PackError[] {
  const out: PackError[] = [];
  for (const issue of issues.slice(0, 50)) {
    if (issue.code === 'unrecognized_keys')
      for (const key of issue.keys) out.push({ path: formatPath([...issue.path, key]), message: `unknown field "${key}"` });
    else if (issue.code === 'invalid_union' && 'discriminator' in issue && issue.discriminator)
      out.push({ path: formatPath(issue.path), message: `unknown rule type: use phrase-present, phrase-avoid, question, conditional or metric` });
    else out.push({ path: formatPath(issue.path), message: issue.message });
  }
  return out;
}

const BUILT_IN = new Set<string>(SIGNAL_IDS);
/** How many signals one pack may declare; the panel lists each one. */
export const MAX_DECLARED_SIGNALS = 50;

/**
 * Every signal a rule or a weight names must be built in (SIGNAL_IDS) or declared under `signals`.
 * An overlay (`extends: default`) may weigh a signal a pack below it declares, so there an unknown
 * weight is a warning; a rule naming an unknown signal is an error everywhere, because its points
 * would silently never count. Also warns about rules that can never change anything the agent sees.
 */
function checkSignals(pack: RulePack): { errors: PackError[]; warnings: PackError[] } {
  const errors: PackError[] = [];
  const warnings: PackError[] = [];
  const declared = Object.keys(pack.signals);
  if (declared.length > MAX_DECLARED_SIGNALS)
    errors.push({ path: 'signals', message: `at most ${MAX_DECLARED_SIGNALS} signals (this pack declares ${declared.length})` });
  for (const sig of declared)
    if (BUILT_IN.has(sig)) errors.push({ path: `signals.${sig}`, message: `"${sig}" is built in: set its points under weights instead` });
  const known = (sig: string) => BUILT_IN.has(sig) || Object.hasOwn(pack.signals, sig);
  const unknown = (sig: string) =>
    `unknown signal "${sig}": declare it under signals (signals: { ${sig}: { label: …, points: … } }) or use a built-in one`;
  pack.rules.forEach((rule, i) => {
    if (rule.signal !== undefined && !known(rule.signal)) errors.push({ path: `rules[${i}].signal`, message: unknown(rule.signal) });
    if (rule.type === 'conditional' && rule.require_signal !== undefined && !known(rule.require_signal))
      errors.push({ path: `rules[${i}].require_signal`, message: unknown(rule.require_signal) });
  });
  const overlay = pack.extends === 'default';
  for (const sig of Object.keys(pack.weights))
    if (!known(sig)) (overlay ? warnings : errors).push({ path: `weights.${sig}`, message: overlay ? `${unknown(sig)}; it counts only if a pack below declares it` : unknown(sig) });
  warnings.push(...idleRules(pack));
  return { errors, warnings };
}

/**
 * Rules that can never change what the agent sees: a `phrase-present` rule shows no finding, so it
 * only matters through its signal's points or a conditional rule that reads the signal.
 */
function idleRules(pack: RulePack): PackError[] {
  const read = new Set(pack.rules.flatMap((r) => (r.type === 'conditional' && r.require_signal ? [r.require_signal] : [])));
  const out: PackError[] = [];
  pack.rules.forEach((rule, i) => {
    if (rule.type !== 'phrase-present' || !rule.enabled) return;
    const sig = rule.signal;
    if (sig === undefined) {
      out.push({ path: `rules[${i}]`, message: `rule "${rule.id}" shows no finding and names no signal, so it can never change anything: give it a signal with points` });
      return;
    }
    // In an overlay a built-in signal's points come from the method below; assume they count.
    const points = pack.weights[sig] ?? pack.signals[sig]?.points ?? (pack.extends === 'default' && BUILT_IN.has(sig) ? 1 : 0);
    if (points === 0 && !read.has(sig))
      out.push({ path: `rules[${i}].signal`, message: `signal "${sig}" is worth 0 points and no rule reads it, so rule "${rule.id}" can never change anything` });
  });
  return out;
}

function duplicateIds(pack: RulePack): PackError[] {
  const seen = new Set<string>();
  const out: PackError[] = [];
  pack.rules.forEach((r, i) => {
    if (seen.has(r.id)) out.push({ path: `rules[${i}].id`, message: `duplicate rule id "${r.id}"` });
    seen.add(r.id);
  });
  return out;
}

/** Every rule's examples run through the pack's own engine: a rule that misses them is refused. */
function checkExamples(pack: RulePack): PackError[] {
  let engine;
  try {
    engine = compileEngine(pack);
  } catch (e) {
    if (e instanceof PackCompileError) return [{ path: e.path, message: e.message }];
    throw e;
  }
  const out: PackError[] = [];
  pack.rules.forEach((rule, i) => {
    if (!rule.enabled) return;
    const check = (kind: 'flag' | 'pass', texts: string[]) =>
      texts.forEach((t, j) => {
        const fired = engine.run(t).results.some((r) => r.compiled.rule === rule && r.result.fired);
        if (fired !== (kind === 'flag'))
          out.push({
            path: `rules[${i}].examples.${kind}[${j}]`,
            message:
              kind === 'flag' ? `rule "${rule.id}" does not flag its example "${t}"` : `rule "${rule.id}" flags its pass example "${t}"`,
          });
      });
    check('flag', rule.examples.flag);
    check('pass', rule.examples.pass);
  });
  return out;
}

function fail(path: string, message: string, opts: LoadOptions): LoadResult {
  return { ok: false, errors: [withSource({ path, message }, opts)] };
}

function withSource(e: PackError, opts: LoadOptions): PackError {
  return opts.source ? { ...e, message: `${opts.source}: ${e.message}` } : e;
}
