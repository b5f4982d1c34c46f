// One fuzz case against the loader: it must not throw; a refusal must name where the problem is;
// a pack that loads must score a hostile 50 KB draft; nothing may leak onto shared prototypes.
import { loadPack } from '../../lib/rule-pack/index';
import { createScorer } from '../../lib/scoring/index';
import { TRIGGER_TEXTS } from './evil';
import type { FuzzCase } from './cases';

export interface Outcome {
  id: number;
  kind: string;
  label: string;
  status: 'rejected' | 'loaded' | 'threw';
  /** Guarantees this case broke; empty when it behaved. */
  problems: string[];
  /** The first few errors, as `path: message`. */
  errors: string[];
  loadMs: number;
  /** Time to score the 50 KB draft with the loaded pack. */
  scoreMs?: number;
}

const REPLY =
  "Hi Ashley, thanks for the screenshot. I'm sorry the export keeps failing, that sounds frustrating. " +
  "I'm taking ownership of this and I'll update you by 3 pm. Have I solved your problem?\r\n\u00A0\t";
/** A 50 KB draft with ordinary prose and the runs that make backtracking patterns explode. */
export const DRAFT_50K = (() => {
  let s = '';
  for (let i = 0; s.length < 50_000; i++) s += i % 6 === 5 ? TRIGGER_TEXTS[i % TRIGGER_TEXTS.length]! : REPLY;
  return s.slice(0, 50_000);
})();

const CUSTOMER_MESSAGE = `I need this fixed right now, it is urgent! ${TRIGGER_TEXTS.join(' ')}`;

const protoSnapshot = () =>
  [Object.prototype, Array.prototype, Function.prototype, String.prototype].map((p) => Object.getOwnPropertyNames(p).sort().join(',')).join('|');
const CLEAN_PROTOS = protoSnapshot();

export function pollution(): string | null {
  if (protoSnapshot() !== CLEAN_PROTOS) return 'a shared prototype gained or lost a property';
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || typeof probe.toString !== 'function') return 'Object.prototype was polluted';
  return null;
}

export function runCase(c: FuzzCase): Outcome {
  const out: Outcome = { id: c.id, kind: c.kind, label: c.label, status: 'rejected', problems: [], errors: [], loadMs: 0 };
  const t0 = performance.now();
  let result: ReturnType<typeof loadPack>;
  try {
    result = loadPack(c.input, { format: c.format });
  } catch (e) {
    out.status = 'threw';
    out.problems.push(`loadPack threw: ${String((e as Error)?.stack ?? e).split('\n').slice(0, 3).join(' / ')}`);
    return finish(out, t0);
  }
  out.loadMs = performance.now() - t0;
  if (!result.ok) {
    out.errors = result.errors.slice(0, 3).map((e) => `${e.path}: ${e.message}`);
    const bad = result.errors.filter((e) => typeof e?.path !== 'string' || typeof e?.message !== 'string' || e.message.trim() === '' || /\[object |^undefined$/.test(e.message));
    if (result.errors.length === 0) out.problems.push('rejected without an error');
    if (bad.length) out.problems.push(`malformed error: ${JSON.stringify(bad[0])}`);
    if (!c.docLevel && result.errors.every((e) => e.path === '')) out.problems.push(`no error names a path: ${out.errors.join('; ')}`);
    if (c.mustRefuseAt !== undefined && !result.errors.some((e) => e.path.startsWith(c.mustRefuseAt!)))
      out.problems.push(`refused, but no error at ${c.mustRefuseAt}: ${out.errors.join('; ')}`);
    if (c.label.includes('should load')) out.problems.push(`refused a valid pack: ${out.errors.join('; ')}`);
  } else {
    out.status = 'loaded';
    if (c.mustRefuseAt !== undefined) out.problems.push(`accepted a catastrophic pattern at ${c.mustRefuseAt}`);
    checkLoaded(result.pack, out);
  }
  const leaked = pollution();
  if (leaked) out.problems.push(leaked);
  return out;
}

function checkLoaded(pack: unknown, out: Outcome): void {
  if (JSON.stringify(pack).includes('"polluted"')) out.problems.push('a prototype key survived into the loaded pack');
  const t = performance.now();
  try {
    // The customer's message goes through the mood cues, so it gets the hostile runs too.
    const report = createScorer(pack as Parameters<typeof createScorer>[0]).score(DRAFT_50K, { customerName: 'Ashley', customerMessage: CUSTOMER_MESSAGE });
    out.scoreMs = performance.now() - t;
    if (!(report.score >= 0 && report.score <= 100)) out.problems.push(`score out of range: ${report.score}`);
    const outside = report.findings.find((f) => !(f.span.start >= 0 && f.span.start <= f.span.end && f.span.end <= DRAFT_50K.length));
    if (outside) out.problems.push(`span out of bounds: ${JSON.stringify(outside.span)}`);
  } catch (e) {
    out.problems.push(`loaded pack failed to score: ${String((e as Error)?.message ?? e)}`);
  }
}

function finish(out: Outcome, t0: number): Outcome {
  out.loadMs = performance.now() - t0;
  const leaked = pollution();
  if (leaked) out.problems.push(leaked);
  return out;
}
