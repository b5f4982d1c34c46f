// The one place the pack manager meets the loader. Whole-or-nothing: a pack with any error is refused
// and the caller keeps the previous one.
import type { PackFormat } from './records';

export interface PackProblem {
  path: string;
  message: string;
}

export type Validation = { ok: true; pack: Record<string, unknown>; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

export type PackValidator = (text: string, format: PackFormat) => Validation;

/** "rules[4].rewrites[0]: expected a string" — how the options page and stored errors name a problem. */
export function formatProblem(p: PackProblem): string {
  return p.path ? `${p.path}: ${p.message}` : p.message;
}

/** One line for a stored `lastError`: the first problems, and how many more there are. */
export function summarizeProblems(errors: PackProblem[], max = 3): string {
  const head = errors.slice(0, max).map(formatProblem).join('; ');
  return errors.length > max ? `${head}; and ${errors.length - max} more` : head;
}
