// Raw `pattern:` entries are an escape hatch for team leads who know regexes. A pack comes from a
// file or a URL, so a pattern is untrusted: it must not be able to hang the page on a long draft.
// Two checks live here, both cheap and synchronous:
// - `checkPattern`: what compiling a pack needs (a length cap and valid syntax). Whether a pattern can
//   backtrack catastrophically is judged before that, where a pack enters (lib/rule-pack/redos.ts,
//   with the proven checker `recheck` on the options page and in the CLI).
// - `provablyLinear`: a strict structural subset that is linear by construction (only bounded
//   repetition, nothing repeated inside something repeated, no repeated alternation, no
//   backreferences or lookarounds). The background service worker, which cannot load recheck, accepts
//   these without asking; anything else there needs recheck's earlier verdict.

export const MAX_PATTERN_LENGTH = 300;
const MAX_REPEAT = 20;

/** Why the pattern cannot be compiled (too long, bad syntax), or null. Says nothing about speed. */
export function checkPattern(src: string): string | null {
  if (src.length > MAX_PATTERN_LENGTH) return `pattern longer than ${MAX_PATTERN_LENGTH} characters`;
  try {
    new RegExp(src, 'iu');
  } catch (e) {
    return `not a valid regular expression: ${(e as Error).message}`;
  }
  return null;
}

/**
 * Null when the pattern is in the structural subset that is linear by construction; otherwise the
 * rule of that subset it breaks (which does not make it slow: recheck decides that).
 */
export function provablyLinear(src: string): string | null {
  const bad = checkPattern(src);
  if (bad) return bad;
  // Each open group remembers whether it holds a quantifier or an alternation.
  const stack: { quantified: boolean; alternation: boolean }[] = [{ quantified: false, alternation: false }];
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      if (/[1-9k]/.test(n)) return 'backreferences are not allowed';
      i = escapeEnd(src, i);
      if (inClass) continue;
      const err = noteQuantifier(src, i + 1, top);
      if (err) return err;
      continue;
    }
    if (inClass) {
      if (c === ']') {
        inClass = false;
        const err = noteQuantifier(src, i + 1, top);
        if (err) return err;
      }
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') {
      if (src[i + 1] === '?' && src[i + 2] !== ':') return 'lookarounds and named groups are not allowed';
      stack.push({ quantified: false, alternation: false });
    } else if (c === '|') top.alternation = true;
    else if (c === ')') {
      const group = stack.pop()!;
      const q = quantifierAt(src, i + 1);
      if (q === 'unbounded') return 'unbounded repetition (*, +, {n,}) is not allowed; use {0,20}';
      if (q === 'too-large') return `repetition above ${MAX_REPEAT} is not allowed`;
      // An optional group (?) runs at most once, so only real repetition around it is dangerous.
      if (q === 'bounded' && (group.quantified || group.alternation))
        return 'nested repetition or repeated alternation is not allowed (catastrophic backtracking)';
      const parent = stack[stack.length - 1]!;
      parent.quantified ||= group.quantified || q === 'bounded';
      parent.alternation ||= group.alternation && q !== null;
    } else if (!'*+?{}'.includes(c)) {
      const err = noteQuantifier(src, i + 1, top);
      if (err) return err;
    }
  }
  return null;
}

/**
 * Characters every match of `src` must contain (each once, in pattern order), or null when none is
 * sure: ASCII punctuation characters, escaped (`\(`, `\.`) or standing for themselves unescaped (`,`, `:`, `-`), outside any group and character class,
 * not made optional by their quantifier (`?`, `*`, `{0,…}`), in a pattern without a top-level `|`. Punctuation has no
 * other case, so the flags `iu` do not change it. A scan can skip a pattern whose character is not
 * in the draft: it cannot match there (matchers.ts). Conservative: null whenever unsure.
 */
export function requiredChars(src: string): string | null {
  let depth = 0;
  let found = '';
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === '\\') {
      const n = src[i + 1] ?? '';
      const end = escapeEnd(src, i);
      if (depth === 0 && !found.includes(n) && /^[!-/:-@[-`{-~]$/.test(n) && !optionalAfter(src, end + 1)) found += n;
      i = end;
    } else if (c === '[') {
      // Skip the class: up to its unescaped ']' (a ']' first in the class is a literal in other
      // flavours, not in JavaScript's; either way it ends nothing that this check relies on).
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i = escapeEnd(src, i);
    } else if (c === '{') {
      // A quantifier (with the u flag a brace is nothing else): the comma in `{0,2}` is no character of the match.
      const close = src.indexOf('}', i);
      i = close === -1 ? src.length : close;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
    else if (depth === 0 && LITERAL_PUNCT.includes(c) && !found.includes(c) && !optionalAfter(src, i + 1)) found += c;
  }
  return found || null;
}

/** ASCII punctuation that stands for itself unescaped outside a group and a class (no regex syntax there). */
const LITERAL_PUNCT = ',;:!"#%&\'<=>@~`/_-';

/** Whether the quantifier at `i` (if any) lets the item before it occur zero times. */
function optionalAfter(src: string, i: number): boolean {
  const q = src[i];
  return q === '?' || q === '*' || (q === '{' && /^\{\s*0*\s*[,}]/.test(src.slice(i)));
}

/** Index of the last character of the escape starting at `i` (\\p{L}, \\u{1F600}, \\u0041, \\x41, \\d). */
function escapeEnd(src: string, i: number): number {
  const n = src[i + 1];
  if ((n === 'p' || n === 'P' || n === 'u') && src[i + 2] === '{') {
    const close = src.indexOf('}', i + 3);
    return close === -1 ? src.length - 1 : close;
  }
  if (n === 'u') return Math.min(src.length - 1, i + 5);
  if (n === 'x') return Math.min(src.length - 1, i + 3);
  if (n === 'c') return Math.min(src.length - 1, i + 2);
  return i + 1;
}

function noteQuantifier(src: string, i: number, group: { quantified: boolean }): string | null {
  const q = quantifierAt(src, i);
  if (q === 'unbounded') return 'unbounded repetition (*, +, {n,}) is not allowed; use {0,20}';
  if (q === 'too-large') return `repetition above ${MAX_REPEAT} is not allowed`;
  if (q === 'bounded') group.quantified = true;
  return null;
}

type Quant = 'optional' | 'bounded' | 'unbounded' | 'too-large' | null;

function quantifierAt(src: string, i: number): Quant {
  const c = src[i];
  if (c === '*' || c === '+') return 'unbounded';
  if (c === '?') return 'optional';
  if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i));
    if (!m) return null;
    if (m[2] !== undefined && m[3] === '') return 'unbounded';
    const max = Number(m[3] ?? m[1]);
    if (max > MAX_REPEAT) return 'too-large';
    return max <= 1 ? 'optional' : 'bounded';
  }
  return null;
}
