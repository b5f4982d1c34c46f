// Session 35 (mood): customer_upset read from a review's verdict on the product told by a word of quality
// (mood-quality.ts), and from words that accuse the company of deceiving the customer (pack mood cues: "fooling me",
// "gaslights", "screwed me over"; RULINGS U1 accusing words, like "cheated" and "lied"); and customer_hurry not read
// from a short time praised with "only" (corpus-extra README R-U2: speed words in praise are not hurry); and a decline
// lamented as a question to the company ("what happened to you?", "what have they done with the app?!"; mood-rhetoric.ts,
// RULINGS U1 exasperation). corpus-extra README R-G1: a review that judges the product or the service without a hedge is
// upset also without a sentiment word; a hedged judgement is not. RULINGS U1: a calm list of failures is not upset, so
// the same words in a longer report, a question or a condition stay calm. Every message here was written for these
// tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { qualityVerdict } from './mood-quality';
import { analyse } from './text';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('a short review that judges the product by its quality, unhedged, is upset (R-G1)', () => {
  it.each([
    'Very slow app.',
    'The new version is extremely laggy.',
    'The game is literally unplayable on my laptop',
    'glitchy game, refunded',
    'Way too expensive for what it does and the sync is so slow and buggy.',
  ])('%s', (m) => upset(m));
});

describe('hedged, negated, asked or conditional quality words stay calm', () => {
  it.each([
    'The map screen is a little slow on my old tablet, otherwise fine.',
    'Is the sync too slow on older phones or is it just mine?',
    'If loading is very slow, which setting should I change?',
    'Not too expensive and it does the job.',
    'The export was slow yesterday but works now.',
  ])('%s', (m) => calm(m));
});

describe('a long report does not read quality words as a verdict (RULINGS U1)', () => {
  it('needs a short message', () => {
    const long = 'The sync is very slow. ' + 'I opened the settings, cleared the cache and restarted the phone twice, then tried the web version on my laptop and it was the same. '.repeat(3);
    expect(qualityVerdict(analyse(long), false)).toEqual([]);
    expect(qualityVerdict(analyse('The sync is very slow.'), true)).toHaveLength(1);
  });
});

describe('accusing the company of deceiving the customer is upset (RULINGS U1 accusing words)', () => {
  it.each([
    'The courier keeps fooling me with a new date every day.',
    'Support gaslit me into thinking I never paid.',
    'The season pass screwed us over, half the maps are locked.',
    'I feel bamboozled by the upgrade price.',
  ])('%s', (m) => upset(m));
  it.each([
    'The April fool joke screen still shows in May.',
    'The bracket is screwed in tight and the panel still rattles.',
  ])('%s', (m) => calm(m));
});

describe('a time that "only" took is speed praised, not a wait (R-U2)', () => {
  it.each([
    'The ferry only took us about 20 minutes, lovely trip.',
    'The delivery barely took 2 days, well packed.',
  ])('%s', (m) => unhurried(m));
  it.each(['It took us 50 minutes to get a table.', 'It took me about 3 weeks to get the refund.'])('%s', (m) => hurried(m));
});

describe('a decline lamented as a question to the company is upset (RULINGS U1 exasperation)', () => {
  it.each([
    'Used to be my favourite bank app. What happened to you guys?',
    'Two years a subscriber and now this redesign, what have you done to the calendar?!',
    'The search is gone and the widgets too. What have they done with this app?!',
  ])('%s', (m) => upset(m));
  it.each(['What happened to my parcel? Tracking stopped on Monday.', 'What happened to the dark mode toggle? I cannot find it.'])('%s', (m) => calm(m));
});
