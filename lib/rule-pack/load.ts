// Loads one rule pack from YAML or JSON text (or an already parsed value), whole or not at all: any
// problem is reported with its path (and its line and column in the text) and the pack is refused, so
// the previous pack stays in use. Composing layers is lib/packs/pipeline.ts; this is one layer.
import type { z } from 'zod';
import { compileEngine, PackCompileError } from '../scoring/engine';
import { issuesToProblems } from './issues';
import { parsePackText, type Locate, type PackFormat } from './parse';
import { oneLine, type PackProblem } from './problems';
import { CURRENT_SCHEMA_VERSION, rulePackSchema, type RulePack } from './schema';
import { judgePatterns, structuralJudge, type PatternJudge } from './redos';
import { checkSignals } from './signal-check';
import { checkSituations } from './situation-check';

export type LoadResult = { ok: true; pack: RulePack; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

export interface LoadOptions {
  format?: PackFormat;
  /** Where the pack came from (file name, URL); prefixes messages so a team lead knows which pack. */
  source?: string;
  /**
   * Signals the layers below this one declare (an overlay may name them in rules and weights). The
   * pack pipeline (lib/packs/pipeline.ts) passes them; alone, a pack knows the built-in ones only.
   */
  signalsBelow?: readonly string[];
  /**
   * Situation ids the layers below this one define (an overlay may name them in `when`). The pack
   * pipeline passes them; an overlay checked alone only warns about ids it does not define itself.
   */
  situationsBelow?: readonly string[];
  /**
   * Judges every raw `pattern:` for catastrophic backtracking before any example runs (redos.ts). The
   * options page and the CLI pass recheck's judge; alone, only the structural linear subset passes.
   */
  judgePattern?: PatternJudge;
}

/** Checks one pack. Never throws: anything unexpected becomes a refusal at the root path. */
export function loadPack(input: string | unknown, opts: LoadOptions = {}): LoadResult {
  let result: LoadResult;
  let locate: Locate | undefined;
  let textWarnings: PackProblem[] = [];
  try {
    let data: unknown = input;
    if (typeof input === 'string') {
      const parsed = parsePackText(input, opts.format);
      if (!parsed.ok) return finish({ ok: false, errors: parsed.errors }, opts);
      data = parsed.value;
      locate = parsed.locate;
      textWarnings = parsed.warnings;
    }
    result = check(data, opts.signalsBelow ?? [], opts.situationsBelow, opts.judgePattern ?? structuralJudge);
    if (result.ok && textWarnings.length) result = { ...result, warnings: [...textWarnings, ...result.warnings] };
  } catch (e) {
    const detail = (e as Error)?.message ?? String(e);
    result = { ok: false, errors: [{ path: '', message: `could not load the pack: ${detail}`, code: 'loadFailed', params: { detail } }] };
  }
  return finish(result, opts, locate);
}

function finish(result: LoadResult, opts: LoadOptions, locate?: Locate): LoadResult {
  const place = (p: PackProblem): PackProblem => {
    const at = p.line === undefined && locate && p.path ? locate(splitPath(p.path)) : undefined;
    const placed = at ? { ...p, line: at.line, column: at.column } : p;
    return opts.source ? { ...placed, message: `${opts.source}: ${placed.message}` } : placed;
  };
  return result.ok
    ? { ...result, warnings: result.warnings.map(place) }
    : { ok: false, errors: result.errors.map((e) => oneLine(place(e))) };
}

/** `rules[3].phrases[0]` back to `['rules', 3, 'phrases', 0]`. */
function splitPath(path: string): PropertyKey[] {
  const out: PropertyKey[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return out;
}

function check(data: unknown, signalsBelow: readonly string[], situationsBelow: readonly string[] | undefined, judge: PatternJudge): LoadResult {
  const fail = (problem: PackProblem): LoadResult => ({ ok: false, errors: [problem] });
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return fail({ path: '', message: 'a rule pack is a mapping with schema_version, id, name, version and rules', code: 'notAMapping', params: {} });
  const version = (data as Record<string, unknown>).schema_version;
  if (typeof version === 'number' && version > CURRENT_SCHEMA_VERSION)
    return fail({
      path: 'schema_version',
      message: `this pack needs schema version ${version}, but this Rapport reads version ${CURRENT_SCHEMA_VERSION}: update Rapport to use it`,
      code: 'schemaTooNew',
      params: { version, supported: CURRENT_SCHEMA_VERSION },
    });
  const result = rulePackSchema.safeParse(data);
  if (!result.success) return { ok: false, errors: issuesToProblems(rulePackSchema as z.core.$ZodType, data, result.error.issues) };
  const pack = result.data;
  const signals = checkSignals(pack, signalsBelow);
  const situations = checkSituations(pack, situationsBelow);
  const errors = [...duplicateIds(pack), ...signals.errors, ...situations.errors, ...judgePatterns(pack, judge)];
  // Examples run only on a pack whose signals and patterns make sense (a catastrophic pattern would
  // hang on its own examples): a conditional reading an unknown signal
  // would otherwise fail its examples with a second, misleading message.
  if (!errors.length) errors.push(...checkExamples(pack));
  if (errors.length) return { ok: false, errors };
  return { ok: true, pack, warnings: [...signals.warnings, ...situations.warnings, ...openRules(pack)] };
}

/**
 * Items of a list that other layers and `when` name by id: two with one id in the same pack are a
 * mistake (the pack layers merge by id, so one of them would silently disappear).
 */
function duplicateIds(pack: RulePack): PackProblem[] {
  const out: PackProblem[] = [];
  const check = (items: readonly { id: string }[] | undefined, path: string, noun: string) => {
    const seen = new Set<string>();
    items?.forEach((item, i) => {
      if (seen.has(item.id))
        out.push({ path: `${path}[${i}].id`, message: `duplicate ${noun} id "${item.id}"`, code: 'duplicateId', params: { id: item.id } });
      seen.add(item.id);
    });
  };
  check(pack.rules, 'rules', 'rule');
  check(pack.closing_questions, 'closing_questions', 'closing question');
  check(pack.tips, 'tips', 'tip');
  check(pack.situations, 'situations', 'situation');
  check(pack.sites?.custom, 'sites.custom', 'tool');
  return out;
}

/**
 * Warnings for `open_rules` (in `prompts.when` and `closing_questions[].when`) that name no conditional
 * rule of the pack: such an id sets nothing aside (advice.ts), so the prompt stays held back by
 * `unless_draft`. A warning, not a refusal: a team that copies the method pack and deletes its
 * `expectation-when-open` rule still gets a pack that works. An overlay (`extends: default`) may name
 * a rule of a pack below, so there only a rule of its own that is not conditional is warned about.
 */
function openRules(pack: RulePack): PackProblem[] {
  const out: PackProblem[] = [];
  const check = (ids: readonly string[] | undefined, path: string) =>
    ids?.forEach((ruleId, i) => {
      const rule = pack.rules.find((r) => r.id === ruleId);
      if (rule?.type === 'conditional' || (!rule && pack.extends === 'default')) return;
      out.push({
        path: `${path}.open_rules[${i}]`,
        message: `no conditional rule "${ruleId}": open_rules names the id of a rule of type conditional, so it sets nothing aside`,
        code: 'unknownOpenRule',
        params: { rule: ruleId },
      });
    });
  for (const [kind, when] of Object.entries(pack.prompts.when ?? {})) check(when?.open_rules, `prompts.when.${kind}`);
  pack.closing_questions.forEach((q, i) => check(q.when?.open_rules, `closing_questions[${i}].when`));
  for (const [id, when] of Object.entries(pack.signal_when ?? {})) check(when.open_rules, `signal_when.${id}`);
  return out;
}

/** Every rule's examples run through the pack's own engine: a rule that misses them is refused. */
function checkExamples(pack: RulePack): PackProblem[] {
  let engine;
  try {
    engine = compileEngine(pack);
  } catch (e) {
    if (e instanceof PackCompileError) return [{ path: e.path, message: e.message, ...(e.code ? { code: e.code, params: e.params ?? {} } : {}) }];
    throw e;
  }
  const out: PackProblem[] = [];
  pack.rules.forEach((rule, i) => {
    if (!rule.enabled) return;
    const check = (kind: 'flag' | 'pass', texts: string[]) =>
      texts.forEach((t, j) => {
        const fired = engine.run(t, {}, { everyRule: true }).results.some((r) => r.compiled.rule === rule && r.result.fired);
        if (fired !== (kind === 'flag'))
          out.push({
            path: `rules[${i}].examples.${kind}[${j}]`,
            message:
              kind === 'flag' ? `rule "${rule.id}" does not flag its example "${t}"` : `rule "${rule.id}" flags its pass example "${t}"`,
            code: kind === 'flag' ? 'exampleNotFlagged' : 'examplePassFlagged',
            params: { rule: rule.id, example: t },
          });
      });
    check('flag', rule.examples.flag);
    check('pass', rule.examples.pass);
  });
  return out;
}
