// Pack text to a plain value, with positions: YAML and JSON syntax errors name their line and column,
// and later problems (schema, signals, examples) can be placed at the line of the path they name.
import { isCollection, isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { formatPath, type PackProblem } from './problems';

export type PackFormat = 'yaml' | 'json';

/**
 * The one size cap on a pack, in UTF-8 bytes, wherever it comes from (file, URL, policy, editor).
 * The method pack is about 60 KB; this leaves room for a large team pack and refuses a runaway file.
 */
export const MAX_PACK_BYTES = 512 * 1024;

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
  return bytes > MAX_PACK_BYTES ? { path: '', message: `the pack is larger than ${MAX_PACK_BYTES / 1024} KB (${Math.ceil(bytes / 1024)} KB)` } : null;
}

export function parsePackText(input: string, format: PackFormat = 'yaml'): Parsed {
  const big = tooLarge(input);
  if (big) return { ok: false, errors: [big] };
  const text = input.replace(/^\uFEFF/, '');
  return format === 'json' ? parseJson(text) : parseYaml(text);
}

function parseYaml(text: string): Parsed {
  const lines = new LineCounter();
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true, lineCounter: lines });
  if (doc.errors.length)
    return {
      ok: false,
      errors: doc.errors.slice(0, 10).map((e) => {
        const { line, col } = lines.linePos(e.pos[0]);
        return { path: '', message: `YAML: ${e.message.split('\n')[0]}`, line, column: col };
      }),
    };
  // Aliases are bounded so a "billion laughs" pack cannot blow up memory.
  return { ok: true, value: doc.toJS({ maxAliasCount: 100 }), locate: locator(doc, lines), warnings: cutByComment(doc, lines) };
}

function parseJson(text: string): Parsed {
  try {
    const value = JSON.parse(text) as unknown;
    // JSON is YAML: the same document gives positions, built only when a problem needs one.
    let cached: Locate | undefined;
    const locate: Locate = (path) => {
      if (!cached) {
        const lines = new LineCounter();
        cached = locator(parseDocument(text, { lineCounter: lines, uniqueKeys: false }), lines);
      }
      return cached(path);
    };
    return { ok: true, value, locate, warnings: [] };
  } catch (e) {
    const problem: PackProblem = { path: '', message: `not valid JSON: ${(e as Error).message}` };
    const at = /position (\d+)/.exec((e as Error).message);
    if (at) {
      const lines = new LineCounter();
      parseDocument(text, { lineCounter: lines });
      const { line, col } = lines.linePos(Number(at[1]));
      Object.assign(problem, { line, column: col });
    }
    return { ok: false, errors: [problem] };
  }
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
      for (const pair of node.items) if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isScalar(item) && item.type === 'PLAIN' && item.comment !== undefined && item.range) {
          const [start, valueEnd, nodeEnd] = item.range;
          const { line, col } = lines.linePos(start);
          // Only a comment on the item's own line: one on the lines after it is a note of its own.
          if (lines.linePos(Math.max(valueEnd, nodeEnd - 1)).line !== line) return;
          const kept = String(item.value);
          out.push({
            path: formatPath([...path, i]),
            message: `" #" starts a YAML comment, so this item is only ${JSON.stringify(kept)} and "#${item.comment}" is dropped; put the item in quotes if the # belongs to it`,
            line,
            column: col,
          });
        } else walk(item, [...path, i]);
      });
    }
  };
  walk(doc.contents, []);
  return out;
}
