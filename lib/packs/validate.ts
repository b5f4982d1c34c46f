// The pack manager's view of the loader: whole-or-nothing validation of one layer's text. A pack with
// any error is refused and the caller keeps the previous one.
import type { PackProblem } from '../rule-pack/problems';
import type { PackFormat } from './records';

export { formatProblem, summarizeProblems, type PackProblem } from '../rule-pack/problems';

export type Validation = { ok: true; pack: Record<string, unknown>; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

export type PackValidator = (text: string, format: PackFormat) => Validation;
