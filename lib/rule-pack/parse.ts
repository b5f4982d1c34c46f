// Pack text to a plain value, with positions: YAML and JSON syntax errors name their line and column,
// and later problems (schema, signals, examples) can be placed at the line of the path they name.
import { isAlias, isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document, type Scalar } from 'yaml';
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { formatPath, type PackProblem, type ProblemParams } from './problems';

export type PackFormat = 'yaml' | 'json';

/**
 * The one size cap on a pack, in UTF-8 bytes, wherever it comes from (file, URL, policy, editor).
 * The shipped method pack is about 700 KB without its maintainers' comments (packs/method.yaml, the copy
 * docs/packs.md tells a team lead to start from; just over 1 MiB with them, packs/default.yaml), and a team lead's
 * pack often starts as a copy of it, so the cap leaves that copy room to grow (2 MiB); it
 * still refuses a runaway file before YAML parses it. storage.local (10 MB in Chrome) holds the team
 * pack and the managed cache at this size with room to spare. Raised from 512 KB on 2026-12-03, when
 * the method pack reached 99 % of it; raised from 1 MiB on 2026-12-07, when the maintainers' file with its
 * comments (packs/default.yaml, which the CLI can load as it is) passed 1 MiB; storage.local holds a team pack and
 * the managed cache of that size with room to spare.
 */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Where a path lies in the text: 1-based line and column of the nearest node that exists. */
export type Locate = (path: readonly PropertyKey[]) => { line: number; column: number } | undefined;

/**
 * `warnings`: what the text says that is probably not what its writer meant, though the pack is
 * valid (a list item cut short by a YAML comment, see `cutByComment`).
 */
export type Parsed = { ok: true; value: unknown; locate: Locate; warnings: PackProblem[] } | { ok: false; errors: PackProblem[] };

/** UTF-8 length without encoding the whole text when it is clearly small or clearly large. */
export function utf8Bytes(text: string): number {
  if (text.length * 3 <= MAX_PACK_BYTES) return text.length;
  return new TextEncoder().encode(text).length;
}

export function tooLarge(text: string): PackProblem | null {
  const bytes = utf8Bytes(text);
  if (bytes <= MAX_PACK_BYTES) return null;
  const [limitKb, sizeKb] = [MAX_PACK_BYTES / 1024, Math.ceil(bytes / 1024)];
  return { path: '', message: `the pack is larger than ${limitKb} KB (${sizeKb} KB)`, code: 'tooLarge', params: { limitKb, sizeKb } };
}

export function parsePackText(input: string, format: PackFormat = 'yaml'): Parsed {
  const big = tooLarge(input);
  if (big) return { ok: false, errors: [big] };
  const text = input.replace(/^\uFEFF/, '');
  const unread = notUtf8(text);
  if (unread) return { ok: false, errors: [unread] };
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

/**
 * A pack saved in another encoding (Latin-1, Windows-1252) reaches us with each byte UTF-8 cannot read
 * as U+FFFD (readFileSync, File.text() and fetch all decode that way): "Müller" is "M\uFFFDller" and
 * no phrase with an umlaut matches. No pack means to hold that character, so it is refused where it is.
 */
function notUtf8(text: string): PackProblem | null {
  const at = text.indexOf('\uFFFD');
  if (at === -1) return null;
  const before = text.slice(0, at);
  return {
    path: '',
    message: 'the text has "\uFFFD" where a character could not be read: save the pack as UTF-8',
    code: 'notUtf8',
    params: {},
    line: before.split('\n').length,
    column: at - before.lastIndexOf('\n'),
  };
}

function parseYaml(text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length)
    return {
      ok: false,
      errors: doc.errors.slice(0, 10).map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        const detail = e.message.split('\n')[0]!;
        const hint = commentInFlow(text, line);
        const code = e.code === 'DUPLICATE_KEY' ? 'yamlDuplicateKey' : hint ? 'yamlCommentInFlow' : 'yamlSyntax';
        return { path: '', message: `YAML: ${detail}${hint}`, line, column: col, code, params: { detail, reason: e.code } };
      }),
    };
  // Aliases are bounded so a "billion laughs" pack cannot blow up memory. yaml throws for an alias
  // with no anchor before it (ReferenceError) and for too many aliases: both are the text's fault.
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    if (!(e instanceof ReferenceError)) throw e;
    const detail = e.message;
    const reason = /alias count/i.test(detail) ? 'RESOURCE_EXHAUSTION' : 'BAD_ALIAS';
    const at = aliasAt(doc, reason === 'BAD_ALIAS');
    const where = at === undefined ? {} : (({ line, col }) => ({ line, column: col }))(lines.linePos(at));
    return { ok: false, errors: [{ path: '', message: `YAML: ${detail}`, ...where, code: 'yamlSyntax', params: { detail, reason } }] };
  }
  return { ok: true, value, locate: locator(doc, lines), warnings: cutByComment(doc, lines) };
}

/**
 * Where an alias problem lies, as a UTF-16 offset into the text: with `unresolved`, the first alias
 * (`*name`) whose anchor (`&name`) is not set before it; otherwise (too many aliases) the first alias.
 * yaml's `toJS` throws a ReferenceError for both without a position. Undefined when none is found.
 */
function aliasAt(doc: Document, unresolved: boolean): number | undefined {
  const anchors = new Set<string>();
  let found: number | undefined;
  visit(doc, {
    Node(_key, node) {
      if (isAlias(node)) {
        if (!unresolved || !anchors.has(node.source)) {
          found = node.range?.[0];
          return visit.BREAK;
        }
      } else if (node.anchor) anchors.add(node.anchor);
      return undefined;
    },
  });
  return found;
}

/**
 * In a flow list or map (`phrases: [within # hours]`) " #" starts a comment that eats the closing
 * bracket, and the parser's message ("Flow sequence … must end with a ]") does not say why: a hint
 * when the error's line, or the line before it, opens a flow collection and has " #" after it.
 */
function commentInFlow(text: string, line: number): string {
  const all = text.split('\n');
  const near = [all[line - 2], all[line - 1]];
  return near.some((l) => l !== undefined && /[[{][^'"]*\s#/.test(l))
    ? ' — " #" starts a YAML comment, which cut a [ … ] or { … } list short: put the item with # in quotes'
    : '';
}

function parseJson(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (e) {
    const message = (e as Error).message;
    // The engine's words differ by browser (V8, SpiderMonkey); jsonc-parser's error kind does not.
    const found = jsonError(text);
    const params: ProblemParams = found ? { detail: message, reason: found.reason } : { detail: message };
    const problem: PackProblem = { path: '', message: `not valid JSON: ${message}`, code: 'jsonSyntax', params };
    // Node 20 gives no position for "Unexpected token" errors: jsonc-parser finds it.
    const at = /position (\d+)/.exec(message)?.[1];
    const offset = at !== undefined ? Number(at) : found?.offset;
    if (offset !== undefined) {
      const lines = new LineCounter();
      parseDocument(text, { lineCounter: lines });
      const { line, col } = lines.linePos(offset);
      Object.assign(problem, { line, column: col });
    }
    return { ok: false, errors: [problem] };
  }
  // JSON is YAML: the same document gives positions and finds a key written twice (JSON.parse keeps
  // the last one silently, so a second "rules" would drop the first).
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: false });
  const twice = duplicateKeys(doc, lines);
  if (twice.length) return { ok: false, errors: twice };
  return { ok: true, value, locate: locator(doc, lines), warnings: [] };
}

/** Each key written a second time in the same object, at the second one (at most 10). */
function duplicateKeys(doc: Document, lines: LineCounter): PackProblem[] {
  const out: PackProblem[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        if (seen.has(key) && out.length < 10) {
          const { line, col } = lines.linePos(pair.key.range?.[0] ?? 0);
          out.push({
            path: formatPath([...path, key]),
            message: `the key "${key}" is written twice; the second would replace the first`,
            line,
            column: col,
            code: 'duplicateKey',
            params: { key },
          });
        }
        seen.add(key);
        walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) node.items.forEach((item, i) => walk(item, [...path, i]));
  };
  walk(doc.contents, []);
  return out;
}

/**
 * Where JSON text stops being JSON: the UTF-16 offset of the first error `jsonc-parser` (the JSON
 * reader of VS Code) finds in strict mode — no comments, no trailing commas — or undefined when it
 * finds none, or when the text nests deeper than its recursive reader can follow (the message is then
 * given without a place rather than not at all). Only called once JSON.parse has failed without a
 * position (Node 20's "Unexpected token").
 */
export function jsonErrorAt(text: string): number | undefined {
  return jsonError(text)?.offset;
}

/**
 * The first error `jsonc-parser` finds in strict mode, as `jsonErrorAt` does: its UTF-16 `offset` and
 * its `reason`, jsonc-parser's name for the kind of error (`CommaExpected`, `CloseBraceExpected`, …;
 * `printParseErrorCode`), the same in every browser. Undefined when it finds none or the text nests
 * too deep for it.
 */
export function jsonError(text: string): { offset: number; reason: string } | undefined {
  const errors: ParseError[] = [];
  try {
    parseJsonc(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  } catch (e) {
    if (e instanceof RangeError) return undefined;
    throw e;
  }
  const first = errors[0];
  return first && { offset: first.offset, reason: printParseErrorCode(first.error) };
}

function locator(doc: Document, lines: LineCounter): Locate {
  return (path) => {
    // The deepest node on the path that exists: a missing field is placed at its parent mapping.
    for (let n = path.length; n >= 0; n--) {
      const node = n === 0 ? doc.contents : doc.getIn(path.slice(0, n) as unknown[], true);
      const range = (node as { range?: [number, number, number] } | undefined)?.range;
      if (range && (n === path.length || isCollection(node))) {
        const { line, col } = lines.linePos(range[0]);
        return { line, column: col };
      }
    }
    return undefined;
  };
}

/**
 * List items written without quotes that a comment cut short: in YAML, " #" in a plain scalar starts
 * a comment, so `- (no|not a) problem #support` is the phrase "(no|not a) problem" and the rest is
 * silently dropped. A warning (the pack is valid, and a note after an item may be meant as one) for
 * each such item of any list — phrases, cues, word lists, examples, rewrites — naming its path and
 * line, with what was kept. Quoted items ("- 'a #b'") and comments on lines of their own are fine.
 */
function cutByComment(doc: Document, lines: LineCounter): PackProblem[] {
  const out: PackProblem[] = [];
  const walk = (node: unknown, path: PropertyKey[]) => {
    if (out.length >= 20) return;
    if (isMap(node)) {
      for (const pair of node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        // A raw pattern is a phrase too: `- pattern: \bINC\d+ #\d+` loses "#\d+".
        if (key === 'pattern' && isScalar(pair.value)) cut(pair.value, [...path, key]);
        else walk(pair.value, [...path, key]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isScalar(item)) cut(item, [...path, i]);
        else walk(item, [...path, i]);
      });
    }
  };
  const cut = (item: Scalar, path: PropertyKey[]) => {
    if (out.length >= 20 || item.type !== 'PLAIN' || item.comment === undefined || !item.range) return;
    const [start, valueEnd, nodeEnd] = item.range;
    const { line, col } = lines.linePos(start);
    // Only a comment on the item's own line: one on the lines after it is a note of its own.
    if (lines.linePos(Math.max(valueEnd, nodeEnd - 1)).line !== line) return;
    const kept = String(item.value);
    out.push({
      path: formatPath(path),
      message: `" #" starts a YAML comment, so this item is only ${JSON.stringify(kept)} and "#${item.comment}" is dropped; put the item in quotes if the # belongs to it`,
      line,
      column: col,
      code: 'commentCut',
      params: { kept, comment: `#${item.comment}` },
    });
  };
  walk(doc.contents, []);
  return out;
}
