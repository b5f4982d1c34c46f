// Session 51 (judge-m, mood): customer_hurry and customer_upset.
// 1. The re-ping reader (lib/scoring/mood-reping.ts; RULINGS H1, "repeated unanswered requests") counts words as the
//    rest of the scorer does (lib/scoring/words.ts): punctuation marks and emoji standing apart are no words. A chat
//    message padded with "🙏" or "- - -" is still chat-sized, and a line of "?" and emoji typed twice is no re-asked
//    question of REPEAT_MIN_WORDS words.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodOf } from './test/mood-cases';

const hurry = (customerMessage: string) => moodOf(customerMessage).hurry;

const pad = (n: number, s: string) => Array.from({ length: n }, () => s).join(' ');

describe('re-ping: emoji and stray marks are not words', () => {
  it('a chat turn padded with emoji is still chat-sized', () => {
    const m = `How do I move my saved cards to the new wallet app? ${pad(95, '🙏')}\nanyone?`;
    expect(hurry(m)).toBe(true);
  });
  it('a line of marks and emoji typed twice has too few words to be a re-asked question', () => {
    const line = 'is it down 🙏 🙏 🙏 🙏 ?';
    expect(hurry(`${line}\n${line}`)).toBe(false);
  });
  it('a real question line typed twice still reads', () => {
    const line = 'Why does the export stop at the first thousand contacts every time ?';
    expect(hurry(`${line}\n${line}`)).toBe(true);
  });
  it('a long post that ends in a call is still its own tag, however it is spaced', () => {
    const m = `${pad(110, 'the importer stalls')} any idea?\nanyone?`;
    expect(hurry(m)).toBe(false);
  });
});
