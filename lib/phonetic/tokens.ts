import { EMAIL, LABELLED, PHONE, classifyWord, labelKind } from './token-patterns';
import type { SpellWorthyKind, SpellWorthyToken } from './types';

const TRAILING_PUNCTUATION = /[.,;:!?)\]}>"'”’]+$/;
/** Passwords may end in "!" or "?"; only sentence punctuation that cannot be meant is cut. */
const TRAILING_SENTENCE = /[.,;:)\]}>"'”’]+$/;
const LEADING_PUNCTUATION = /^[([{<"'“‘]+/;

class Collector {
  readonly found: SpellWorthyToken[] = [];
  /** One flag per UTF-16 unit: checking a span costs its length, not the number of tokens. */
  private readonly taken: Uint8Array;
  private readonly seen = new Set<string>();

  constructor(length: number) {
    this.taken = new Uint8Array(length);
  }

  add(token: string, kind: SpellWorthyKind, start: number): void {
    const end = start + token.length;
    if (token.length === 0 || this.taken.subarray(start, end).includes(1)) return;
    // A repeat is not listed again, but its span stays taken so a later pass cannot re-read it.
    this.taken.fill(1, start, end);
    if (this.seen.has(token)) return;
    this.seen.add(token);
    this.found.push({ token, kind, start, end });
  }
}

function scan(text: string, pattern: RegExp, each: (match: RegExpExecArray) => void): void {
  for (const match of text.matchAll(pattern)) each(match);
}

function labelledValue(match: RegExpExecArray): { value: string; start: number } | undefined {
  const [whole, label = '', raw = ''] = match;
  const kind = labelKind(label);
  const value = raw.replace(kind === 'password' ? TRAILING_SENTENCE : TRAILING_PUNCTUATION, '');
  const start = (match.index ?? 0) + whole.length - raw.length;
  // "in case 2FA fails" or "the key is here" must not count: a labelled value needs real content.
  const meaningful =
    kind === 'password'
      ? value.length >= 4 && /[^A-Za-z]|[a-z][A-Z]/.test(value)
      : (value.match(/\d/g)?.length ?? 0) >= 3 || classifyWord(value) !== undefined;
  return meaningful ? { value, start } : undefined;
}

/** Longer "words" are not read out on a phone; skipping them keeps hostile text linear. */
const MAX_WORD = 512;
const URL_START = /^(?:https?:\/\/|www\.)/i;

/** Whitespace-separated words without surrounding punctuation; one linear pass over the text. */
function eachWord(text: string, each: (word: string, start: number) => void): void {
  for (const match of text.matchAll(/\S+/g)) {
    if (match[0].length > MAX_WORD) continue;
    const lead = LEADING_PUNCTUATION.exec(match[0])?.[0].length ?? 0;
    const word = match[0].slice(lead).replace(TRAILING_PUNCTUATION, '');
    if (word) each(word, (match.index ?? 0) + lead);
  }
}

/**
 * Ticket ids, order numbers, URLs, e-mail addresses, serials and temporary passwords in `text`,
 * in order of appearance, each once. Ordinary words and plain numbers are left out.
 */
export function findSpellWorthyTokens(text: string): SpellWorthyToken[] {
  const out = new Collector(text.length);
  // E-mail and URL patterns run per word: over a whole page of text they could backtrack badly.
  eachWord(text, (word, start) => {
    if (URL_START.test(word)) return out.add(word, 'url', start);
    if (!word.includes('@')) return;
    for (const m of word.matchAll(EMAIL)) out.add(m[0], 'email', start + (m.index ?? 0));
  });
  scan(text, LABELLED, (m) => {
    const found = labelledValue(m);
    if (found) out.add(found.value, labelKind(m[1] ?? ''), found.start);
  });
  scan(text, PHONE, (m) => {
    const phone = m[0].replace(/[\s./-]+$/, '');
    if (phone.replace(/\D/g, '').length >= 7) out.add(phone, 'phone', m.index ?? 0);
  });
  eachWord(text, (word, start) => {
    const kind = classifyWord(word);
    if (kind) out.add(word, kind, start);
  });
  return out.found.sort((a, b) => a.start - b.start);
}
