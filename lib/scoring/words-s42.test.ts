// Session 42 (lead): a mail client moves a link too long for the line to a line of its own; the line
// before it may then be short, and the sentence goes on after the link (words.ts isWrap).
import { describe, expect, it } from 'vitest';
import { splitSentences } from './words';
import { signalCases } from './test/signal-cases';

const texts = (t: string, unwrap: boolean) => splitSentences(t, unwrap).map((s) => t.slice(s.start, s.end));

describe('splitSentences: a link on its own line inside a sentence (unwrap)', () => {
  it('joins a short unfinished line with the link line after it, so a question keeps its question mark', () => {
    const t = 'Could you install the nightly from\nhttps://downloads.example.org/nightly/2026-12-06/setup.exe and tell me if it helps?';
    expect(texts(t, true)).toEqual([t]);
    // The customer's message and the panel's counts keep every line break as an end.
    expect(texts(t, false)).toHaveLength(2);
  });

  it('keeps a link apart after a finished line, a greeting line, a colon or a blank line', () => {
    expect(texts('Hi Priya,\nhttps://status.example.org', true)).toHaveLength(2);
    expect(texts('The release notes are here:\nhttps://example.org/notes', true)).toHaveLength(2);
    expect(texts('That should fix it.\nhttps://example.org/notes', true)).toHaveLength(2);
    expect(texts('Best wishes\n\nhttps://example.org', true)).toHaveLength(2);
  });
});

signalCases(
  'a question wrapped around a link on its own line is still a question at the end of the reply',
  'closing-question',
  ['Hi Ana\n\nIs it possible to run the newest nightly\nhttps://downloads.example.org/nightly/setup.exe for a quick test? The crash should be gone in it.\n\nThanks\nLi'],
  [],
);
