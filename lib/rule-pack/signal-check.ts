// Signals a pack names must exist: built in (SIGNAL_IDS) or declared under `signals`. Also finds rules
// that can never change anything the agent sees.
import { SIGNAL_IDS } from '../scoring/types';
import type { PackProblem } from './problems';
import type { RulePack } from './schema';

const BUILT_IN = new Set<string>(SIGNAL_IDS);
/** How many signals one pack may declare; the panel lists each one. */
export const MAX_DECLARED_SIGNALS = 50;

/**
 * Every signal a rule or a weight names must be built in (SIGNAL_IDS) or declared under `signals`.
 * An overlay (`extends: default`) may weigh a signal a pack below it declares, so there an unknown
 * weight is a warning; a rule naming an unknown signal is an error everywhere, because its points
 * would silently never count. Also warns about rules that can never change anything the agent sees.
 */
export function checkSignals(pack: RulePack, signalsBelow: readonly string[] = []): { errors: PackProblem[]; warnings: PackProblem[] } {
  const errors: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  const declared = Object.keys(pack.signals);
  if (declared.length > MAX_DECLARED_SIGNALS)
    errors.push({
      path: 'signals',
      message: `at most ${MAX_DECLARED_SIGNALS} signals (this pack declares ${declared.length})`,
      code: 'tooManySignals',
      params: { limit: MAX_DECLARED_SIGNALS, count: declared.length },
    });
  for (const sig of declared)
    if (BUILT_IN.has(sig))
      errors.push({ path: `signals.${sig}`, message: `"${sig}" is built in: set its points under weights instead`, code: 'signalBuiltIn', params: { signal: sig } });
  const below = new Set(pack.extends === 'default' ? signalsBelow : []);
  const known = (sig: string) => BUILT_IN.has(sig) || Object.hasOwn(pack.signals, sig) || below.has(sig);
  const unknownText = (sig: string) =>
    `unknown signal "${sig}": declare it under signals (signals: { ${sig}: { label: …, points: … } }) or use a built-in one`;
  const unknown = (path: string, sig: string): PackProblem => ({ path, message: unknownText(sig), code: 'unknownSignal', params: { signal: sig } });
  pack.rules.forEach((rule, i) => {
    if (rule.signal !== undefined && !known(rule.signal)) errors.push(unknown(`rules[${i}].signal`, rule.signal));
    if (rule.type === 'conditional' && rule.require_signal !== undefined && !known(rule.require_signal))
      errors.push(unknown(`rules[${i}].require_signal`, rule.require_signal));
    if (rule.type === 'question' && rule.asked_signal !== undefined && !known(rule.asked_signal))
      errors.push(unknown(`rules[${i}].asked_signal`, rule.asked_signal));
  });
  const overlay = pack.extends === 'default';
  // Weights and `signal_when` name signals the same way (a `when` for a signal nobody scores would rule on
  // nothing): in an overlay an unknown one may come from a pack below, elsewhere it is an error.
  for (const [field, named] of [['weights', pack.weights], ['signal_when', pack.signal_when ?? {}]] as const)
    for (const sig of Object.keys(named))
      if (!known(sig))
        if (overlay)
          warnings.push({
            path: `${field}.${sig}`,
            message: `${unknownText(sig)}; it counts only if a pack below declares it`,
            code: 'unknownSignalOverlay',
            params: { signal: sig },
          });
        else errors.push(unknown(`${field}.${sig}`, sig));
  warnings.push(...idleRules(pack, below));
  return { errors, warnings };
}

/**
 * Rules that can never change what the agent sees, by type:
 * - `phrase-present` and `question` show no finding, so they only matter through their signal's points
 *   or a conditional rule that reads the signal;
 * - `metric` with neither `min` nor `max` never fires;
 * - `phrase-avoid` and `conditional` always show their finding where they fire, so they always count.
 */
function idleRules(pack: RulePack, below: ReadonlySet<string>): PackProblem[] {
  const read = new Set(pack.rules.flatMap((r) => (r.type === 'conditional' && r.require_signal ? [r.require_signal] : [])));
  const out: PackProblem[] = [];
  pack.rules.forEach((rule, i) => {
    if (!rule.enabled) return;
    if (rule.type === 'metric' && rule.min === undefined && rule.max === undefined) {
      out.push({ path: `rules[${i}]`, message: `rule "${rule.id}" has neither min nor max, so it never fires: give it one`, code: 'metricNeverFires', params: { rule: rule.id } });
      return;
    }
    if (rule.type !== 'phrase-present' && rule.type !== 'question') return;
    const sig = rule.signal;
    if (sig === undefined) {
      out.push({
        path: `rules[${i}]`,
        message: `rule "${rule.id}" shows no finding and names no signal, so it can never change anything: give it a signal with points`,
        code: 'ruleNoEffect',
        params: { rule: rule.id },
      });
      return;
    }
    // In an overlay the points of a signal from below come from the pack that declares it; assume they count.
    const points = pack.weights[sig] ?? pack.signals[sig]?.points ?? (pack.extends === 'default' && (BUILT_IN.has(sig) || below.has(sig)) ? 1 : 0);
    if (points === 0 && !read.has(sig))
      out.push({
        path: `rules[${i}].signal`,
        message: `signal "${sig}" is worth 0 points and no rule reads it, so rule "${rule.id}" can never change anything`,
        code: 'signalWorthNothing',
        params: { signal: sig, rule: rule.id },
      });
  });
  return out;
}
