// No-break and other Unicode spaces read as plain spaces, invisibles inside a word are part of it,
// and spans stay the draft's own offsets (whitespace.ts, tokens.ts). Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { tokenize } from './tokens';
import { isJsSpace, isSpace, plainSpaces } from './whitespace';
import { splitSentences } from './words';
import type { Report, ScoreContext } from './types';

const scorer = createScorer();
const NO_BREAK = ['\u00a0', '\u202f', '\u2007', '\u2009', '\u3000'];

/** What a report says, without the words it quotes (those keep the draft's own spaces). */
function reading(r: Report) {
  return {
    score: r.score,
    signals: r.signals,
    findings: r.findings.map((f) => [f.ruleId, f.span.start, f.span.end]),
    name: r.customerName,
    mood: [r.mood.kind, r.mood.hurry, r.mood.upset, r.mood.confused],
    situations: r.situations?.map((s) => s.id),
    commitments: r.commitments?.map((c) => [c.span.start, c.span.end]),
  };
}

const REPLIES: [string, ScoreContext?][] = [
  ['Thanks for bearing with us.\n\nAll the best,\nLiam'],
  ['Thanks for your patience.\n\nMany thanks,\nOlivia'],
  ['Kind regards,\nPriya'],
  ["Hi Dana, I'm so sorry about the double charge. I've refunded it and you'll see it within 3 days. Does that help?"],
  ["No problem at all. We can't change the plan online, please call the billing line."],
  ['Hello Marco,\n\nthe sync failed because the token expired. Sign in again and it will resume.'],
  ['I will call you back tomorrow at 10.', { writtenAt: '2026-12-01T09:00:00Z', timeZone: 'UTC' }],
  [
    'On it now.',
    { customerMessage: 'My card was charged twice and I need the money back today. This is the third time I ask! Nobody answers.' },
  ],
  ['Thanks, checking now.', { customerMessage: 'I have a meeting in an hour. Please sort this out before then.' }],
  // A past-tense sentence before the need must stay a sentence of its own, or "was" cancels "today".
  ['Checking now.', { customerMessage: 'The first payment was taken twice. I need the money back today.' }],
];

describe('Unicode spaces', () => {
  it('reads every kind of space as one (Unicode White_Space)', () => {
    for (const c of [' ', '\t', '\n', ...NO_BREAK, '\u2028', '\u205f', '\u1680']) expect(isSpace(c.charCodeAt(0)), c).toBe(true);
    for (const c of ['a', '_', '\u200b', '\u00ad', '\ufeff']) expect(isSpace(c.charCodeAt(0)), c).toBe(false);
  });

  it('keeps the length and every offset of the text', () => {
    const text = 'Hi\u00a0Ana,\u2028thanks\u202f!\u200b S\u200borry \ufeff';
    const plain = plainSpaces(text);
    expect(plain.length).toBe(text.length);
    expect(plain).toBe('Hi Ana,\nthanks !  S\u200borry  ');
    expect(plainSpaces('plain text')).toBe('plain text');
  });

  it('ends a sentence at a stop before a no-break space', () => {
    const text = 'It failed again.\u00a0This is not acceptable.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual(['It failed again.', 'This is not acceptable.']);
  });

  it('reads a sign-off written with no-break spaces as a sign-off, not the customer’s name', () => {
    const r = scorer.score('Thanks for bearing with us.\n\nAll\u00a0the\u00a0best,\nLiam');
    expect(r.customerName).toBeUndefined();
    expect(r.signals.personalization).toBe(false);
  });

  it('scores a reply and the customer’s message the same whatever spaces they are written with', () => {
    for (const [text, context = {}] of REPLIES) {
      const want = reading(scorer.score(text, context));
      for (const sp of NO_BREAK) {
        const ctx = context.customerMessage ? { ...context, customerMessage: context.customerMessage.replaceAll(' ', sp) } : context;
        expect(reading(scorer.score(text.replaceAll(' ', sp), ctx)), `${JSON.stringify(sp)} in ${JSON.stringify(text)}`).toEqual(want);
      }
    }
  });

  it('quotes the draft’s own characters, so Apply finds them where the span says', () => {
    const text = 'No\u00a0problem,\u202fwe\u00a0can’t do that.';
    const r = scorer.score(text);
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) if (f.actual !== undefined) expect(text.slice(f.span.start, f.span.end)).toBe(f.actual);
    expect(r.findings.some((f) => f.actual === 'No\u00a0problem')).toBe(true);
  });
});

describe('invisibles inside a word', () => {
  it('keeps the word one token, its norm without them and its span over all of it', () => {
    for (const inv of ['\u200b', '\u200c', '\u200d', '\u2060', '\u00ad', '\ufeff']) {
      const text = `S${inv}orry!`;
      expect(tokenize(text)[0], JSON.stringify(inv)).toEqual({ norm: 'sorry', start: 0, end: 6, kind: 1 });
    }
    // Before or after a word they separate, as before.
    expect(tokenize('\u200bhi\u200b there').map((t) => [t.norm, t.start, t.end])).toEqual([
      ['hi', 1, 3],
      ['there', 5, 10],
    ]);
  });

  it('finds the words a zero-width character or soft hyphen would hide', () => {
    expect(scorer.score('S\u200borry for the wait, the parcel is on its way.').signals.apology).toBe(true);
    expect(scorer.score('Apolo\u00adgies for the wait, the parcel is on its way.').signals.apology).toBe(true);
    const r = scorer.score('Thanks for waiting. No prob\u200dlem, it was a pleasure.');
    const f = r.findings.find((x) => x.ruleId === 'no-problem');
    expect(f?.actual).toBe('No prob\u200dlem');
  });

  it('reads invisibles before the first word as spaces', () => {
    expect(scorer.score('\u200b\u2060Hi Dana, the order shipped.').signals.greeting).toBe(true);
    expect(scorer.score('\u200b').skipped).toBe('empty');
  });

  it('reads mathematical and fullwidth letters as the letters they are', () => {
    expect(tokenize('𝐇𝐢 𝐀𝐧𝐧𝐚').map((t) => [t.norm, t.start, t.end])).toEqual([
      ['hi', 0, 4],
      ['anna', 5, 13],
    ]);
    const r = scorer.score('𝐇𝐢 𝐀𝐧𝐧𝐚, thanks for the note.');
    expect(r.signals.greeting).toBe(true);
    expect(r.signals.personalization).toBe(true);
    expect(scorer.score('Ｓｏｒｒｙ for the wait.').signals.apology).toBe(true);
  });
});

describe('isJsSpace', () => {
  it('is exactly what JavaScript\'s \\s matches, for every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) if (isJsSpace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    expect(differ).toEqual([]);
  });
});
