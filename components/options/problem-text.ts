// A pack's problems in the user's language: the problem's code (lib/rule-pack/problems.ts) picks the
// message `packProblem.<code>` of locales/*.yml and its parameters fill `$1`, `$2`, …; a problem with no
// code, or a code this build has no words for, shows its English message. The path is shown as
// written: it names a field of the pack, which is the same in every language.
import { i18n } from '#i18n';
import { problemArgs, type PackProblem } from '@/lib/rule-pack/problems';

/** `i18n.t` for a key built at run time; '' when the build has no such message. */
const translate = i18n.t as unknown as (key: string, subs?: string[] | number, moreSubs?: string[]) => string;

/** Which frame (`packProblemReason.yaml` / `.json`) says a syntax problem in the UI's own words. */
const SYNTAX_FRAME: Partial<Record<string, string>> = { yamlSyntax: 'yaml', jsonSyntax: 'json' };

/**
 * A syntax problem in the UI language's own words, from the parser's kind of error (`params.reason`,
 * see ProblemParams): „Das ist kein gültiges YAML: Tabulatoren dürfen YAML nicht einrücken: …“. Null
 * in English (the parser's own English names the character that is missing, which is more exact), for
 * other problems, and for a reason this build has no words for.
 */
function syntaxInOwnWords(p: PackProblem): string | null {
  const frame = p.code && SYNTAX_FRAME[p.code];
  const reason = p.params?.reason;
  if (!frame || typeof reason !== 'string' || !/^\w+$/.test(reason) || i18n.t('lang') === 'en') return null;
  const words = translate(`packProblemReason.${reason}`);
  return words ? translate(`packProblemReason.${frame}`, [words]) || null : null;
}

/** The problem's message in the UI language (without path or place), e.g. „Unbekannte Wortklasse <entschuldigen> in …“. */
export function problemMessage(p: PackProblem): string {
  const args = problemArgs(p);
  if (!args) return p.message;
  return syntaxInOwnWords(p) ?? (translate(`packProblem.${p.code}`, args) || p.message);
}

/** Where in the text: "(Zeile 12, Spalte 9)", or '' when the problem has no line. */
export function problemPlace(p: Pick<PackProblem, 'line' | 'column'>): string {
  if (p.line === undefined) return '';
  return p.column !== undefined ? translate('packProblem.at', [String(p.line), String(p.column)]) : translate('packProblem.atLine', [String(p.line)]);
}

/** The problem's message followed by its place, for a list item next to the path. */
export function problemDetail(p: PackProblem): string {
  const where = problemPlace(p);
  return where ? `${problemMessage(p)} ${where}` : problemMessage(p);
}

/** One line: "rules[4].signal: … (Zeile 12, Spalte 9)". */
export function problemLine(p: PackProblem): string {
  return p.path ? `${p.path}: ${problemDetail(p)}` : problemDetail(p);
}

/** The first `max` problems on one line, and how many more there are (a stored subscription failure). */
export function problemsSummary(list: readonly PackProblem[], max = 3): string {
  const head = list.slice(0, max).map(problemLine).join('; ');
  return list.length > max ? `${head}; ${translate('packProblem.more', list.length - max)}` : head;
}

/**
 * A failed subscription check in the UI language: the stored failure and, when the new pack was
 * refused, its problems; `fallback` (the English `lastError`) when the record predates codes.
 */
export function failureText(failure: PackProblem | undefined, problems: readonly PackProblem[] | undefined, fallback = ''): string {
  if (!failure) return fallback;
  const head = problemMessage(failure);
  return problems?.length ? `${head} ${problemsSummary(problems)}` : head;
}
