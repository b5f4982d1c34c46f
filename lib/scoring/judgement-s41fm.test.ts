// Session 41 fix (fix-m), narrowing three mood cues added by w/mood41 after the merge review:
// - Hurry (H1 "repeated unanswered requests"): repeated contacts that ended in a fix are a wait over, even when the
//   sentence holds a "no" of relief ("no more crashes", "no complaints"); a fix denied keeps the wait.
// - Hurry (H1 "a long or overdue wait"): a long wait told as over and welcomed ("waited forever, so glad it's here")
//   is relief, not an overdue wait.
// - Upset (U1 lost data): a how-to question about recovering files asks a step; only an attempt under way (trying,
//   tried to recover data) says the data is lost to the customer.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('repeated contacts that ended in a fix are no wait, even with a "no" of relief', () => {
  it.each([
    'After a few chats with support the sync works again, no more crashes on startup. Cheers!',
    'After three calls to the helpdesk I got it fixed, no complaints from me.',
    'Despite several emails back and forth it is finally working, no more error pages.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('repeated contacts with the fix denied still read as hurry', () => {
  it.each([
    'After several emails nobody has fixed the billing address on my account.',
    'After four calls it is still not resolved and no one calls back.',
    'Even after repeated reminders there is no engineer booked.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('a long wait told as over and welcomed is no hurry', () => {
  it.each([
    'We have waited forever for the offline mode, so glad it finally shipped!',
    'We waited ages for this widget, love it, thank you.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('a long wait still open stays hurry', () => {
  it.each(['We have waited forever for the replacement card and still nothing.', 'I waited so long on the phone that the call dropped.'])('%s', (m) =>
    expect(mood(m).hurry).toBe(true),
  );
});

describe('a how-to question about recovering files is not lost data', () => {
  it.each([
    'How do I recover files from the recycle bin on my laptop?',
    'I want to recover photos from an older backup, which menu is it?',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
});

describe('an attempt under way to recover data still reads as lost data', () => {
  it.each([
    "I'm trying to recover photos off my old phone after it fell in the sink.",
    'We tried to rescue a partition after the controller failed, nothing mounts.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});
