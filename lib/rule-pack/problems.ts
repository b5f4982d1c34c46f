// What is wrong with a pack, said the same way everywhere (CLI, options page, stored subscription errors):
// a path inside the pack ("rules[4].signal"), a one-line message, and where in the file when known.
// The message is English (the CLI and logs print it); `code` and `params` say the same for a UI that
// speaks the user's language (components/options/problem-text.ts renders them through locales/*.yml).

/**
 * Every problem code, with the names of its parameters in the order the translations number them
 * (`$1`, `$2`, … in `packProblem.<code>` of locales/*.yml). Codes are stable: a UI keys its words on
 * them, and a stored subscription failure keeps them. A problem without a code shows its English message.
 */
export const PROBLEM_PARAMS = {
  // The text (lib/rule-pack/parse.ts)
  tooLarge: ['limitKb', 'sizeKb'],
  notUtf8: [],
  yamlSyntax: ['detail'],
  yamlCommentInFlow: ['detail'],
  yamlDuplicateKey: [],
  jsonSyntax: ['detail'],
  duplicateKey: ['key'],
  commentCut: ['kept', 'comment'],
  // The pack as a whole (load.ts)
  notAMapping: [],
  schemaTooNew: ['version', 'supported'],
  loadFailed: ['detail'],
  duplicateId: ['id'],
  exampleNotFlagged: ['rule', 'example'],
  examplePassFlagged: ['rule', 'example'],
  // The schema (issues.ts, from zod's issues)
  unknownField: ['key'],
  unknownFieldSuggest: ['key', 'suggestion'],
  unknownRuleType: ['types'],
  requiredExamples: [],
  requiredList: [],
  requiredMapping: [],
  requiredText: [],
  requiredNumber: [],
  requiredValue: ['expected'],
  expectedList: [],
  expectedMapping: [],
  expectedText: [],
  expectedNumber: [],
  expectedInteger: [],
  expectedBoolean: [],
  expectedValue: ['expected'],
  empty: [],
  tooShort: ['minimum'],
  tooLong: ['maximum'],
  tooFew: ['minimum'],
  tooMany: ['maximum'],
  numberTooSmall: ['minimum'],
  numberTooBig: ['maximum'],
  notOneOf: ['values'],
  badId: [],
  badLocale: [],
  badMatchPattern: [],
  // Phrases and word classes (lib/scoring/phrase.ts, through the engine)
  unknownWordClass: ['name', 'phrase'],
  emptyWordClass: ['name'],
  emptyWordClassVerbs: ['name', 'form'],
  unknownVerbForm: ['form', 'phrase'],
  emptyPhrase: [],
  phraseMatchesNothing: ['phrase'],
  phraseMissing: ['char', 'phrase'],
  phraseUnexpected: ['char', 'phrase'],
  phraseUnbalanced: ['char', 'phrase'],
  phraseStarEndsWord: ['phrase'],
  phraseNoWords: ['text'],
  // Signals (signal-check.ts)
  tooManySignals: ['limit', 'count'],
  signalBuiltIn: ['signal'],
  unknownSignal: ['signal'],
  unknownSignalOverlay: ['signal'],
  metricNeverFires: ['rule'],
  ruleNoEffect: ['rule'],
  signalWorthNothing: ['signal', 'rule'],
  // Advice (load.ts)
  unknownOpenRule: ['rule'],
  unknownSituation: ['situation'],
  unknownSituationOverlay: ['situation'],
  // Raw patterns (redos.ts)
  patternBacktracks: ['pattern', 'complexity'],
  patternBacktracksOn: ['pattern', 'complexity', 'attack'],
  patternUnproven: ['pattern', 'detail'],
  patternUnchecked: ['pattern'],
  patternNotLinear: ['pattern', 'detail'],
  // Layers and the options page's actions (lib/packs/layers.ts, actions.ts)
  lockedByOrganisation: [],
  lockedStaysOn: [],
  teamPacksNotAllowed: [],
  teamPackNotApplied: [],
  tipIncomplete: [],
  tipTooLong: [],
  tipTooManyTopics: [],
  // Getting a subscribed pack (lib/packs/subscription.ts): the problem stored as the last failure
  fetchAddressInvalid: [],
  fetchAddressCredentials: [],
  fetchAddressNotHttps: [],
  fetchStatus: ['status'],
  fetchRedirect: ['url'],
  fetchTooLarge: ['limitKb'],
  fetchTimeout: [],
  fetchUnreachable: ['detail'],
  packRefused: [],
} as const satisfies Record<string, readonly string[]>;

export type ProblemCode = keyof typeof PROBLEM_PARAMS;
/**
 * Values a problem names: a field, a line of the text, a limit, the words of a phrase. Beside the
 * parameters PROBLEM_PARAMS lists, the text's syntax problems (`yamlSyntax`, `yamlCommentInFlow`,
 * `jsonSyntax`) carry `reason`: the parser's own name for the kind of error — yaml's `ErrorCode`
 * (`BAD_INDENT`, `MISSING_CHAR`, …) or jsonc-parser's (`CommaExpected`, …) — so a UI in another
 * language can say it in its own words instead of quoting the parser's English `detail`.
 */
export type ProblemParams = Record<string, string | number>;

/**
 * One problem in a pack. `line` and `column` are 1-based positions in the pack's text, when it was text.
 * `code` and `params` (see PROBLEM_PARAMS) say what `message` says, for a UI in another language.
 */
export interface PackProblem {
  path: string;
  message: string;
  line?: number;
  column?: number;
  code?: ProblemCode;
  params?: ProblemParams;
}

/**
 * A problem's parameters in the order its translation numbers them (`$1`, `$2`, …), or null when it
 * has no known code (the caller shows `message`). A missing parameter is an empty string.
 */
export function problemArgs(p: Pick<PackProblem, 'code' | 'params'>): string[] | null {
  if (!p.code || !Object.hasOwn(PROBLEM_PARAMS, p.code)) return null;
  return (PROBLEM_PARAMS[p.code] as readonly string[]).map((name) => String(p.params?.[name] ?? ''));
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
