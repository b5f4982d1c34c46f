// Situation ids a pack names must be situations: its own (`situations`), or, in an overlay
// (`extends: default`), those of the packs below it. A typo (`not_situations: [thanks]` where the pack
// says `thanked`) would otherwise load silently and the advice it rules on would never change.
import type { PackProblem } from './problems';
import type { Applies, RulePack } from './schema';

/**
 * Every place a pack names a situation, with its path: `signal_when`, `prompts.when`,
 * `closing_questions[].when`, `situations[].open_problem.situations` and `rules[].rewrites_for`.
 */
export function situationRefs(pack: RulePack): { path: string; id: string }[] {
  const out: { path: string; id: string }[] = [];
  const list = (ids: readonly string[] | undefined, path: string) => ids?.forEach((id, i) => out.push({ path: `${path}[${i}]`, id }));
  const applies = (when: Applies | undefined, path: string) => {
    list(when?.situations, `${path}.situations`);
    list(when?.not_situations, `${path}.not_situations`);
  };
  for (const [signal, when] of Object.entries(pack.signal_when ?? {})) applies(when, `signal_when.${signal}`);
  for (const [kind, when] of Object.entries(pack.prompts.when ?? {})) applies(when, `prompts.when.${kind}`);
  pack.closing_questions.forEach((q, i) => applies(q.when, `closing_questions[${i}].when`));
  pack.situations.forEach((s, i) => list(s.open_problem?.situations, `situations[${i}].open_problem.situations`));
  pack.rules.forEach((rule, i) => {
    if (rule.type === 'phrase-avoid') rule.rewrites_for?.forEach((r, j) => list(r.situations, `rules[${i}].rewrites_for[${j}].situations`));
  });
  return out;
}

/**
 * Errors for situation ids the pack does not define. `situationsBelow`: the ids the layers under an
 * overlay define (the pack pipeline passes them). An overlay checked alone (undefined) cannot know
 * them, so there an id of its own it does not define is a warning, as for signals; the pipeline checks
 * it again over the layers below before the pack is used.
 */
export function checkSituations(pack: RulePack, situationsBelow?: readonly string[]): { errors: PackProblem[]; warnings: PackProblem[] } {
  const overlay = pack.extends === 'default';
  const known = new Set([...pack.situations.map((s) => s.id), ...(overlay ? (situationsBelow ?? []) : [])]);
  const errors: PackProblem[] = [];
  const warnings: PackProblem[] = [];
  for (const { path, id } of situationRefs(pack)) {
    if (known.has(id)) continue;
    const problem: PackProblem = { path, message: `unknown situation "${id}"`, code: 'unknownSituation', params: { situation: id } };
    if (overlay && situationsBelow === undefined)
      warnings.push({ ...problem, message: `${problem.message}: it counts only if a pack below defines it under situations`, code: 'unknownSituationOverlay' });
    else errors.push({ ...problem, message: `${problem.message}: name one under situations (${[...known].join(', ') || 'this pack defines none'})` });
  }
  return { errors, warnings };
}
