// Whether a pack's raw `pattern:` entries can backtrack catastrophically on a long draft (ReDoS).
// A pattern runs over every draft the agent writes, so one bad pattern would freeze the scorer.
// The judgement is made where a pack enters, before its examples run (loadPack calls `judgePatterns`):
// - with `recheck` (https://makenowjust-labs.github.io/recheck/, an automaton-theory + fuzzing ReDoS
//   checker) on the options page and in the CLI: `recheckJudge`;
// - in the background service worker, which cannot lazy-load recheck's 2.9 MB pure-JS build (MV3
//   service workers have no dynamic import, and bundling it would be evaluated on every wake-up), by
//   `verdictJudge`: the structural subset that is linear by construction, or recheck's earlier
//   verdict recorded by the options page.
// This module is pure: recheck is passed in by the caller, so the scoring core never bundles it.
import { provablyLinear } from '../scoring/regex-guard';
import type { PackProblem, ProblemCode, ProblemParams } from './problems';

/** Why a pattern is refused: the English line, and its problem code with parameters (the pattern itself is added by judgePatterns). */
export interface PatternRefusal {
  message: string;
  code: ProblemCode;
  params: ProblemParams;
}

/**
 * Why `source` is refused (one line for a team lead, or that line with its problem code), or null when
 * it is safe to run on any draft.
 */
export type PatternJudge = (source: string) => PatternRefusal | string | null;

/** The flags the scorer compiles patterns with (lib/scoring/matchers.ts); `g` does not change the verdict. */
export const PATTERN_FLAGS = 'iu';

/** The default where recheck is not available and nothing was checked before: the linear subset only. */
export const structuralJudge: PatternJudge = (source) => {
  const why = provablyLinear(source);
  return why === null
    ? null
    : { message: `${why} (this pattern could not be checked for catastrophic backtracking here)`, code: 'patternNotLinear', params: { detail: why } };
};

/**
 * The background's judge: the linear subset, or a pattern recheck judged safe before (`checked`,
 * recorded by the options page). Anything else is refused with a message that says where to check it.
 */
export function verdictJudge(checked: ReadonlySet<string>): PatternJudge {
  return (source) => {
    if (checked.has(source) || provablyLinear(source) === null) return null;
    return {
      message:
        "this pattern has not been checked for catastrophic backtracking yet: open Rapport's options page once (it checks every pattern with recheck), or use bounded repetition such as {0,20}",
      code: 'patternUnchecked',
      params: {},
    };
  };
}

/** The subset of recheck's `Diagnostics` this module reads (recheck/index.d.ts). */
export interface RecheckDiagnostics {
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: { type: string; summary: string };
  attack?: { pattern: string };
  error?: { kind: string; message?: string };
}
export type RecheckSync = (source: string, flags: string, params?: { timeout?: number | null }) => RecheckDiagnostics;

/** How long recheck may think about one pattern (ms); a pattern it cannot decide in time is refused. */
export const RECHECK_TIMEOUT_MS = 3_000;

/**
 * A judge backed by recheck's `checkSync`. A pattern in the linear subset (`structuralJudge`) is accepted without
 * asking recheck, whose verdict has a wall-clock limit. Otherwise: safe → accepted; vulnerable (exponential or polynomial) →
 * refused with recheck's complexity; unknown (timeout, unsupported syntax) → refused, since it is not
 * proven safe. Verdicts are remembered per source; `onSafe` hears every pattern judged safe.
 */
export function recheckJudge(checkSync: RecheckSync, onSafe?: (source: string) => void): PatternJudge {
  const memo = new Map<string, PatternRefusal | null>();
  return (source) => {
    const known = memo.get(source);
    if (known !== undefined) return known;
    // Linear by construction (the background's own test) needs no search: recheck's answer is wall-clock bound,
    // so on a busy machine it could time out on such a pattern and refuse a pack that is safe (session 25: a
    // shipped teach pattern was refused this way under load 15).
    if (structuralJudge(source) === null) {
      memo.set(source, null);
      onSafe?.(source);
      return null;
    }
    const d = checkSync(source, PATTERN_FLAGS, { timeout: RECHECK_TIMEOUT_MS });
    let why: PatternRefusal | null = null;
    if (d.status === 'vulnerable') {
      const complexity = d.complexity?.summary ?? 'super-linear';
      const attack = d.attack ? JSON.stringify(d.attack.pattern) : undefined;
      why = {
        message: `catastrophic backtracking: recheck finds ${complexity} matching time on a long draft${attack ? ` (e.g. on ${attack})` : ''}`,
        code: attack ? 'patternBacktracksOn' : 'patternBacktracks',
        params: attack ? { complexity, attack } : { complexity },
      };
    } else if (d.status !== 'safe') {
      const detail = `${d.error?.kind ?? 'unknown'}${d.error?.message ? `: ${d.error.message}` : ''}`;
      why = { message: `recheck could not prove this pattern safe (${detail}); simplify it`, code: 'patternUnproven', params: { detail } };
    } else onSafe?.(source);
    memo.set(source, why);
    return why;
  };
}

/** Every `pattern:` string in a parsed pack, with its path (`rules[2].phrases[0].pattern`). */
export function patternsIn(value: unknown, path = ''): { path: string; source: string }[] {
  const out: { path: string; source: string }[] = [];
  const walk = (v: unknown, p: string, depth: number) => {
    if (depth > 12 || v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${p}[${i}]`, depth + 1));
    for (const [k, x] of Object.entries(v)) {
      const at = p ? `${p}.${k}` : k;
      if (k === 'pattern' && typeof x === 'string') out.push({ path: at, source: x });
      else walk(x, at, depth + 1);
    }
  };
  walk(value, path, 0);
  return out;
}

/** One problem per refused pattern, each naming its path. */
export function judgePatterns(pack: unknown, judge: PatternJudge): PackProblem[] {
  const out: PackProblem[] = [];
  for (const { path, source } of patternsIn(pack)) {
    const why = judge(source);
    if (!why) continue;
    const message = `pattern ${JSON.stringify(source)}: ${typeof why === 'string' ? why : why.message}`;
    out.push(typeof why === 'string' ? { path, message } : { path, message, code: why.code, params: { pattern: source, ...why.params } });
  }
  return out;
}
