// Session 17 (issue 14, speed): reading a customer's message asks VADER about each text once. The
// readings themselves must not move: same flags, same evidence, same model features. Every message
// here was written for these tests; none is a corpus row.
import vader from 'vader-sentiment';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { moodFeatures } from './mood-learned';
import { clearWordCache, negativeWords, rawValence, sentenceValence, valencesOf, wordValence, WORD_CACHE_SIZE } from './mood-sentiment';
import { customerVoice } from './mood-voice';
import { analyse } from './text';
import { calm, hurried, moodOf, upset } from './test/mood-cases';

afterEach(() => vi.restoreAllMocks());

/** Every text VADER is asked about while `read` runs. */
function vaderTexts(read: () => void): string[] {
  const spy = vi.spyOn(vader.SentimentIntensityAnalyzer, 'polarity_scores');
  read();
  return spy.mock.calls.map((c) => c[0] as string);
}

const MESSAGES = [
  'The invoice page has shown a blank table since the update. I really need the March totals for my accountant!!',
  'Your courier left my parcel in the rain and it is ruined. Absolutely useless service.',
  'Hello, how do I move my saved addresses to the new account? Thanks a lot.',
  'Booked a table for Friday, got charged twice and nobody answers the phone!!!',
  'Love the new dark mode, the team did an amazing job!!! Best update in years!!',
];

describe('a message\'s valences, each computed once (mood-sentiment.ts Valences)', () => {
  it('gives the same numbers and words as reading each text afresh', () => {
    for (const m of MESSAGES) {
      const view = analyse(customerVoice(m));
      const memo = valencesOf(view);
      for (const text of [view.scan, ...view.sentences.map((sp) => view.scan.slice(sp.start, sp.end))]) {
        expect(memo.raw(text), text).toBe(rawValence(text));
        expect(memo.sentence(text), text).toBe(sentenceValence(text));
        expect(memo.negativeWords(text), text).toEqual(negativeWords(text));
        // asked twice, the same answer
        expect(memo.raw(text)).toBe(rawValence(text));
      }
    }
  });

  it('is one memo per message: the same view shares it, another view of the same words does not', () => {
    const m = MESSAGES[0]!;
    const a = analyse(m);
    expect(valencesOf(a)).toBe(valencesOf(a));
    expect(valencesOf(analyse(m))).not.toBe(valencesOf(a));
  });

  it('the learned model\'s features are what the plain functions give', () => {
    for (const m of MESSAGES) {
      const view = analyse(customerVoice(m));
      const f = moodFeatures(view).values;
      const sentences = view.sentences.map((sp) => view.scan.slice(sp.start, sp.end));
      expect(f.rawval, m).toBe(rawValence(view.scan));
      expect(f.minval, m).toBe(Math.min(0, ...sentences.map(sentenceValence)));
      expect(f.minraw, m).toBe(Math.min(0, ...sentences.map(rawValence)));
      expect(f.negw, m).toBe(Math.min(negativeWords(view.scan).length, 4) / 4);
    }
  });
});

describe('reading a customer message asks VADER about its whole text once', () => {
  it('a message the learned hurry model reads and the praise check reads: the whole text is rated once', () => {
    // No hurry cue fires and no "no rush", so the model computes its features (the whole message's
    // valence among them); the praise check then needs the same valence.
    const m = 'Since yesterday the shop app logs me out after every tap. The old version was fine, this one is a step back';
    const whole = analyse(customerVoice(m)).scan;
    const texts = vaderTexts(() => moodOf(m));
    expect(texts.filter((t) => t === whole)).toHaveLength(1);
  });

  it('no text of a message is rated twice, however many readers ask', () => {
    // Its second sentence has nothing to blank, so read neutralised and read as written it is the same
    // text: VADER rates it once.
    const m = 'The shop app logs me out after every tap. The old version was fine, this one is a step back';
    const texts = vaderTexts(() => moodOf(m));
    // single words go through the word cache; longer texts are the message's sentences and the whole
    const long = texts.filter((t) => /\s/.test(t.trim()));
    expect(long.length).toBeGreaterThan(0);
    expect(new Set(long).size).toBe(long.length);
  });

  it('a word already scored is not scored again, in this message or the next', () => {
    // lib/scoring's files share one worker (vitest project pure-core): start from an empty cache, so one
    // near its size limit after earlier files cannot clear between the two messages.
    clearWordCache();
    moodOf('The delivery was dreadful and the driver was rude.');
    const again = vaderTexts(() => moodOf('A dreadful wait, and a rude reply from your chat.'));
    expect(again).not.toContain('dreadful');
    expect(again).not.toContain('rude');
  });

  it('the word cache starts again once it holds WORD_CACHE_SIZE words (it cannot grow without bound)', () => {
    const first = 'zqxfirstword';
    wordValence(first);
    for (let i = 0; i < WORD_CACHE_SIZE; i++) wordValence(`zqx${i}w`);
    const texts = vaderTexts(() => wordValence(first));
    expect(texts).toEqual([first]);
    clearWordCache();
  });
});

describe('the readings an agent sees do not move (same flags as before the memo)', () => {
  it('hurried, upset and calm customers read as they did', () => {
    hurried('I fly out tomorrow morning and still cannot print my boarding pass, I need it before 6.');
    upset('Third time I am writing about this. Your support is a joke!!');
    upset('You charged my card twice for one order!!! Refund it today, I need that money for rent.');
    calm('Love the new dark mode, the team did an amazing job!!! Best update in years!!');
    calm('Hello, how do I move my saved addresses to the new account? Thanks a lot.');
  });
});
