// Session 17 (judge-a): hard-wrapped lines in a reply are one sentence (words.ts isWrap).
import { describe, expect, it } from 'vitest';
import { splitSentences } from './words';

const texts = (t: string, unwrap: boolean) => splitSentences(t, unwrap).map((s) => t.slice(s.start, s.end));

describe('splitSentences: hard wraps (unwrap)', () => {
  it('joins a long line that ends mid-sentence with the lower-case line after it', () => {
    const t = 'I think the importer only skips rows when the date column is empty, which\nis why the totals differ. Please check the file.';
    expect(texts(t, true)).toEqual(['I think the importer only skips rows when the date column is empty, which\nis why the totals differ.', 'Please check the file.']);
    // Without unwrap (the customer's message, the panel's counts) every line break still ends a sentence.
    expect(texts(t, false)).toHaveLength(3);
  });

  it('keeps a short line, a finished line, a capitalised next line, a list and a new paragraph apart', () => {
    expect(texts('Hi Sam,\nthanks for the report.', true)).toHaveLength(2);
    expect(texts('The nightly build finished without errors on every runner we have;\nthe logs are attached.', true)).toHaveLength(2);
    expect(texts('The nightly build finished without errors on every runner we have\nThe logs are attached.', true)).toHaveLength(2);
    expect(texts('These are the three settings you need to change on the server side\n- timeout\n- retries', true)).toHaveLength(3);
    expect(texts('The nightly build finished without errors on every runner we have\n\nthe logs are attached.', true)).toHaveLength(2);
  });
});
