// Where a draft names an e-mail address, a web address or a phone number: the spans behind the phrase
// syntax's {email}, {url} and {phone} (phrase.ts). The tokenizer splits "care@shop.com" into care @ shop
// . com and "1-800-555-0199" into 1 800 555 0199; a slot of these kinds takes the whole run of tokens at
// once, so a pack can say "email us at {email}" instead of spelling the pieces. Pure: no DOM, no I/O.
//
//   {email}  word "@" domain "." ending: care@shop.example.com, first.last+tag@example.co.uk; also with one
//            space before the "@" when the domain ends in a common web ending ("mobile @example.com")
//   {url}    a web address: with a scheme (https://…, http://…) or "www.", or a bare domain with a common
//            web ending (example.com, help.example.co.uk/contact), or any two-to-six-letter ending when a
//            path follows (example.rs/2F4t); not the domain of an e-mail address; trailing . , ; : ! ? ) ]
//            and quotes are not part of it
//   {phone}  digits in groups joined by single spaces, hyphens or dots, with an optional leading "+" and an
//            area code in brackets: 1-800-555-0199, +1 (800) 555-0199, +44 20 7946 0958, (02) 9876 5432, 0800 123 4567,
//            13 13 14; 7–15 digits (6 when written in three or more groups); not a date (2026-12-02,
//            02.12.2026), a dotted version or IP address (1.2.3.4), a time, or a number glued to a word
import { lastTokenFrom, type Token } from './tokens';

/** Address kinds, as the phrase step stores them (UStep.slot of an address step). */
export const ADDR_EMAIL = 0;
export const ADDR_URL = 1;
export const ADDR_PHONE = 2;
export type AddressKind = typeof ADDR_EMAIL | typeof ADDR_URL | typeof ADDR_PHONE;

/** Common last labels of a domain: a bare "word.ending" is read as a web address only with one of these. */
const WEB_ENDINGS = 'com|net|org|edu|gov|io|co|uk|us|ca|au|nz|ie|in|de|fr|nl|eu|info|biz|app|dev|ai|ph|sg|za|ly|gl|tv|ch|se|dk|fi|jp|br|mx';
const EMAIL = new RegExp(
  `(?<![\\w.%+@-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]*[A-Za-z0-9_])?(?:@|[ ]@(?=(?:[A-Za-z0-9-]+\\.)+(?:${WEB_ENDINGS})(?![\\w-])))(?:[A-Za-z0-9-]+\\.)+[A-Za-z]{2,24}(?![\\w-]|\\.[A-Za-z])`,
  'g',
);
const URL_SCHEME = /(?<![\w@.])(?:https?:\/\/|www\.)[^\s<>"'`\u201c\u201d]+/gi;
const URL_BARE = new RegExp(
  `(?<![\\w@./:-])(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\\.)+(?:(?:${WEB_ENDINGS})(?![\\w@-])(?:/[^\\s<>"'\`\\u201c\\u201d]*)?|[a-z]{2,6}/[^\\s<>"'\`\\u201c\\u201d]+)`,
  'gi',
);
const PHONE = /(?<![\w.+/:-])(?:\+[ ]?(?:\d{1,3}[ .-]?)?)?(?:\(\d{1,5}\)[ .-]?)?\d+(?:[ .-]\d+)*(?![\w/:@]|[.-]\d)/g;
/** Punctuation that closes a sentence or a bracket after an address rather than belonging to it. */
const TRAILING = /[.,;:!?)\]}'"\u2019\u201d>*]+$/;

/** A run of digit groups that is a date, a dotted version or address, or too short or long to dial. */
function notPhone(s: string): boolean {
  const digits = s.replace(/\D/g, '').length;
  const groups = s.replace(/^\+\s?/, '').split(/[ .\-()]+/).filter(Boolean);
  if (digits > 15 || digits < 6 || (digits < 7 && groups.length < 3)) return true;
  if (/\./.test(s) && /[ -]/.test(s.replace(/^\+\s?/, ''))) return true; // mixed dots and spaces: a list of numbers
  if (/^\d{1,3}(\.\d{1,3}){2,}$/.test(s)) return true; // 1.2.3, 192.168.0.1
  if (/^(\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{1,2}[-./ ]\d{1,2}[-./ ]\d{4})$/.test(s)) return true; // dates
  return false;
}

/**
 * The addresses in `text`, by kind, as token ranges: for each kind, a map from the index of the token an
 * address starts at to the index just past its last token. `tokens` must be tokens of `text` (the same
 * string the scan reads). An address that does not start at a token start is left out.
 */
export function findAddresses(text: string, tokens: Token[]): Map<number, number>[] {
  const out = [new Map<number, number>(), new Map<number, number>(), new Map<number, number>()];
  if (tokens.length === 0) return out;
  // Token index by start offset (the last token starting there; tokens are in text order, so a binary
  // search instead of a map of every token: ~1.4 % of a 50 KB draft).
  const startingAt = (start: number): number | undefined => {
    const i = lastTokenFrom(tokens, start);
    return i >= 0 && tokens[i]!.start === start ? i : undefined;
  };
  // The index just past the last token ending at or before an offset.
  const endAt = (from: number, end: number): number => {
    let j = from;
    while (j < tokens.length && tokens[j]!.end <= end) j++;
    return j;
  };
  const add = (kind: AddressKind, start: number, end: number): void => {
    const i = startingAt(start);
    if (i === undefined) return;
    const j = endAt(i, end);
    if (j > i && !out[kind]!.has(i)) out[kind]!.set(i, j);
  };
  if (text.includes('@')) for (const m of text.matchAll(EMAIL)) add(ADDR_EMAIL, m.index, m.index + m[0].length);
  if (text.includes('.')) {
    for (const re of [URL_SCHEME, URL_BARE])
      for (const m of text.matchAll(re)) {
        const s = m[0].replace(TRAILING, '');
        if (s.length > 3) add(ADDR_URL, m.index, m.index + s.length);
      }
  }
  for (const m of text.matchAll(PHONE)) {
    const s = m[0].replace(/[ .-]+$/, '');
    if (!notPhone(s)) add(ADDR_PHONE, m.index, m.index + s.length);
  }
  return out;
}
