// Hostile ingredients for the pack fuzzer: patterns that backtrack catastrophically on the right
// text, the texts that trigger them, YAML that expands exponentially, and values built to exhaust
// recursion or memory.

/** Classic exponential or polynomial regexes, and phrase-syntax strings that try to become one. */
export const EVIL_PATTERNS = [
  '(a+)+$',
  '(a|aa)*b',
  '(a|a)*$',
  '(a*)*b',
  '(\\w+\\s?)+$',
  '([a-zA-Z]+)*$',
  '(.*a){20}',
  '(x+x+)+y',
  '^(([a-z])+.)+[A-Z]([a-z])+$',
  '(a{1,20}){1,20}b',
  '(?:a|b|ab){0,20}(?:a|b|ab){0,20}c',
  '(\\d+)*\\.',
  '(a+)\\1+b',
  '(?=(a+))\\1b',
  '(?<=a+)b',
  '\\p{L}*\\p{L}*\\p{L}*!',
  '(',
  '[z-a]',
  'a{2,1}',
  '\\',
];

/** Phrase-syntax strings (not regexes) that are malformed or try to smuggle regex through. */
export const EVIL_PHRASES = [
  '((((((((((a))))))))))',
  '(a|(b|(c|(d|(e|(f|g))))))',
  '[[[[[[[[[[a]]]]]]]]]]',
  '(a|aa)* b',
  'a+ +b',
  '... ... ... ... ... ... ... ...',
  '{name} {name} {name} {name} {name}',
  '{customer}{customer}{customer}',
  '*',
  'a*b',
  '(unclosed',
  'closed)',
  '|',
  '||||',
  '()',
  '[]',
  '{nam',
  '\\1',
  '(?=x)',
  `${'(a|b) '.repeat(80)}`,
  `${'[x] '.repeat(120)}`,
];

/** Texts that make the patterns above explode if one ever gets compiled. */
export const TRIGGER_TEXTS = [
  `${'a'.repeat(1990)}!`,
  `${'x'.repeat(1990)}`,
  `${'ab'.repeat(990)}!`,
  `${'1'.repeat(1990)}x`,
  `${'word '.repeat(390)}!`,
];

/** "Billion laughs": each level references the previous one ten times. */
export function yamlAliasBomb(levels: number, under = 'bomb'): string {
  const lines = ['l0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < levels; i++) lines.push(`l${i}: &l${i} [${Array.from({ length: 10 }, () => `*l${i - 1}`).join(',')}]`);
  lines.push(`${under}: *l${levels - 1}`);
  return lines.join('\n');
}

export function deepArray(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = [v];
  return v;
}

export function deepObject(depth: number): unknown {
  let v: unknown = 'bottom';
  for (let i = 0; i < depth; i++) v = { nested: v };
  return v;
}

/** Keys that pollute Object.prototype when a loader merges them naively. */
export const PROTO_KEYS = ['__proto__', 'constructor', 'prototype'] as const;

/** A value under a prototype key that would leave a visible mark if it reached a prototype. */
export function pollutingValue(key: string): unknown {
  return key === 'constructor' ? { prototype: { polluted: 'yes' } } : { polluted: 'yes', toString: 'broken' };
}
