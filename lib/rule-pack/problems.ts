// What is wrong with a pack, said the same way everywhere (CLI, options page, stored subscription errors):
// a path inside the pack ("rules[4].signal"), a one-line message, and where in the file when known.

/** One problem in a pack. `line` and `column` are 1-based positions in the pack's text, when it was text. */
export interface PackProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
}

/** `rules[0].phrases[2]` from zod's or our own path segments. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out === '' ? String(p) : `.${String(p)}`;
  }
  return out;
}

/** "rules[4].rewrites[0]: expected a string (line 12, column 9)": how every surface names a problem. */
export function formatProblem(p: PackProblem): string {
  const where = p.line !== undefined ? ` (line ${p.line}${p.column !== undefined ? `, column ${p.column}` : ''})` : '';
  return `${p.path ? `${p.path}: ` : ''}${p.message}${where}`;
}

/** One line for a stored `lastError`: the first problems, and how many more there are. */
export function summarizeProblems(errors: PackProblem[], max = 3): string {
  const head = errors.slice(0, max).map(formatProblem).join('; ');
  return errors.length > max ? `${head}; and ${errors.length - max} more` : head;
}

/** One problem, one line: parser messages and quoted examples carry line breaks that split a report. */
export function oneLine(p: PackProblem): PackProblem {
  return { ...p, message: p.message.replace(/\s*[\r\n]+\s*/g, ' ').trim() };
}
