// Finds user-facing text written as literals instead of i18n messages (components/i18n.test.ts).
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

/** Attributes a user reads or hears. */
const VISIBLE_ATTRS = new Set(['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'title', 'placeholder', 'alt', 'label']);
/** Object properties that carry words to the screen (notices, edit refusals). */
const TEXT_PROPS = new Set(['text', 'reason', 'label', 'title', 'message']);
/** DOM properties and attributes set imperatively (the in-page badge builds its DOM by hand). */
const DOM_TEXT_PROPS = new Set(['textContent', 'innerText', 'title', 'ariaLabel', 'placeholder', 'alt']);

export function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return sources(p);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$|\.d\.ts$|test-helper/.test(name) ? [p] : [];
  });
}

/** Words, not symbols, digits, ids or addresses. */
function isWords(s: string): boolean {
  const t = s.trim();
  if (!/\p{L}/u.test(t)) return false;
  if (/^(https?:\/\/|\/|\.|#)/.test(t)) return false; // addresses, paths, file types, selectors
  return true;
}

export interface Slip {
  file: string;
  line: number;
  text: string;
}

/** Literal text in a position whose value reaches the screen (branches of ?:, &&, ||, ??). */
function renderedLiterals(e: ts.Expression): ts.Node[] {
  if (ts.isParenthesizedExpression(e)) return renderedLiterals(e.expression);
  if (ts.isStringLiteral(e) || ts.isNoSubstitutionTemplateLiteral(e)) return isWords(e.text) ? [e] : [];
  if (ts.isTemplateExpression(e)) {
    const parts = [e.head.text, ...e.templateSpans.map((s) => s.literal.text)];
    return parts.some(isWords) ? [e] : [];
  }
  if (ts.isConditionalExpression(e)) return [...renderedLiterals(e.whenTrue), ...renderedLiterals(e.whenFalse)];
  if (ts.isBinaryExpression(e)) {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return renderedLiterals(e.right);
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.PlusToken) {
      return [...renderedLiterals(e.left), ...renderedLiterals(e.right)];
    }
  }
  return [];
}

export function findSlips(file: string, text: string): Slip[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const slips: Slip[] = [];
  const slip = (n: ts.Node) =>
    slips.push({ file, line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, text: n.getText(sf).trim().slice(0, 80) });
  const visit = (n: ts.Node): void => {
    if (ts.isJsxText(n) && isWords(n.text)) slip(n);
    else if (ts.isJsxExpression(n) && n.expression && !ts.isJsxAttribute(n.parent)) renderedLiterals(n.expression).forEach(slip);
    else if (ts.isJsxAttribute(n) && VISIBLE_ATTRS.has(n.name.getText(sf)) && n.initializer) {
      const init = n.initializer;
      if (ts.isStringLiteral(init)) {
        if (isWords(init.text)) slip(init);
      } else if (ts.isJsxExpression(init) && init.expression) renderedLiterals(init.expression).forEach(slip);
    } else if (ts.isPropertyAssignment(n) && TEXT_PROPS.has(n.name.getText(sf))) {
      renderedLiterals(n.initializer).forEach(slip);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left)) {
      if (DOM_TEXT_PROPS.has(n.left.name.text)) renderedLiterals(n.right).forEach(slip);
    } else if (ts.isCallExpression(n) && n.expression.getText(sf).endsWith('setAttribute') && n.arguments.length === 2) {
      const [name, value] = n.arguments;
      if (name && ts.isStringLiteral(name) && VISIBLE_ATTRS.has(name.text) && value) renderedLiterals(value).forEach(slip);
    }
    // A function called `refused(…)` / `fail(…)` turns its argument into a reason.
    if (ts.isCallExpression(n) && /^(refused|fail)$/.test(n.expression.getText(sf)) && n.arguments[0]) renderedLiterals(n.arguments[0]).forEach(slip);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return slips;
}

