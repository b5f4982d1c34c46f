import { EMAIL, LABELLED, PHONE, URL, classifyWord, labelKind } from './token-patterns';
import type { SpellWorthyKind, SpellWorthyToken } from './types';

const TRAILING_PUNCTUATION = /[.,;:!?)\]}>"'”’]+$/;
/** Passwords may end in "!" or "?"; only sentence punctuation that cannot be meant is cut. */
const TRAILING_SENTENCE = /[.,;:)\]}>"'”’]+$/;
const LEADING_PUNCTUATION = /^[(\[{<"'“‘]+/;

class Collector {
  readonly found: SpellWorthyToken[] = [];
  private readonly taken: { start: number; end: number }[] = [];
  private readonly seen = new Set<string>();

  add(token: string, kind: SpellWorthyKind, start: number): void {
    const end = start + token.length;
    if (token.length === 0 || this.taken.some((t) => start < t.end && t.start < end)) return;
    // A repeat is not listed again, but its span stays taken so a later pass cannot re-read it.
    this.taken.push({ start, end });
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

/**
 * Ticket ids, order numbers, URLs, e-mail addresses, serials and temporary passwords in `text`,
 * in order of appearance, each once. Ordinary words and plain numbers are left out.
 */
export function findSpellWorthyTokens(text: string): SpellWorthyToken[] {
  const out = new Collector();
  scan(text, EMAIL, (m) => out.add(m[0], 'email', m.index ?? 0));
  scan(text, URL, (m) => out.add(m[0].replace(TRAILING_PUNCTUATION, ''), 'url', m.index ?? 0));
  scan(text, LABELLED, (m) => {
    const found = labelledValue(m);
    if (found) out.add(found.value, labelKind(m[1] ?? ''), found.start);
  });
  scan(text, PHONE, (m) => {
    const phone = m[0].replace(/[\s./-]+$/, '');
    if (phone.replace(/\D/g, '').length >= 7) out.add(phone, 'phone', m.index ?? 0);
  });
  scan(text, /\S+/g, (m) => {
    const lead = LEADING_PUNCTUATION.exec(m[0])?.[0].length ?? 0;
    const word = m[0].slice(lead).replace(TRAILING_PUNCTUATION, '');
    const kind = classifyWord(word);
    if (kind) out.add(word, kind, (m.index ?? 0) + lead);
  });
  return out.found.sort((a, b) => a.start - b.start);
}
