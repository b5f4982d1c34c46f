// Session 32 (mood2), customer_hurry (RULINGS H1: a near time, an overdue wait or a blocked need of the customer's own).
//   1. A deadline told as news of a change ("the deadline was moved to Friday") with a how-to question is no need for
//      speed; a stake of the customer's in the sentence (a block, a need, a request to act) keeps the clock theirs.
//   2. An overdue wait told by its date (mood-dated.ts): a past act on a calendar day ("I paid on 2 March", "my order
//      on Tuesday") and, in that sentence or the next, that what it should bring has not come ("never arrived", "no
//      reply", "hasn't appeared as yet"). Not a day ahead, a question, or a dated act that did bring its result.
//   3. (review R5) A dotted pair with no year is a version or a price ("from 2.1", "from 9.99"), not a day; a "-ed" word
//      is a past verb only when inflect.ts spells it as one ("need" is not) and no present "be" makes it a passive that
//      looks ahead ("is scheduled on Friday"). (P5h) "on the 2nd" and a bare month ("from March") are days too.
//   4. (review R8) A deadline moved earlier ("brought forward", "moved up") is a tighter clock, not news that eases.
// Every sentence written for this test (never corpus rows).
import { describe, expect, it } from 'vitest';
import { hurried, moodOf, unhurried } from './test/mood-cases';

describe('hurry: a moved deadline told as news is not the customer’s clock', () => {
  it.each([
    'The deadline was moved to Friday. Where do I upload?',
    'They pushed the deadline back to Monday, how do I submit the form?',
    'Heads up, the deadline has been rescheduled to the 20th. Which file format do you accept?',
  ])('calm: %s', (m) => unhurried(m));

  it.each([
    'The deadline was moved to Friday and I still can’t upload my file.',
    'The deadline got brought forward to tomorrow, can you check my upload?',
    'Our deadline was moved up and we need the export working today.',
  ])('hurried: %s', (m) => hurried(m));

  it('a deadline stated as the customer’s own need still reads, with "deadline" as the evidence', () => {
    expect(moodOf('The deadline is Friday and I need to upload it before then.')).toMatchObject({ hurry: true });
    expect(moodOf('The deadline was moved to Friday and I still can’t upload my file.').evidence).toContain('deadline');
  });
});

describe('hurry: an overdue wait told by its date and a miss', () => {
  it.each([
    ['I returned the blender on 2 March and the refund has not been credited.', '2 March'],
    ['My parcel from Tuesday never arrived. Nobody has called me back.', 'Tuesday'],
    ['I joined on June 3rd with a voucher but the discount hasn’t appeared as yet.', 'June 3rd'],
    ['We paid the invoice on 14/02. The account is still not unlocked.', '14/02'],
  ])('hurried: %s, with the day in the evidence', (m, day) => {
    const mood = moodOf(m);
    expect(mood.hurry).toBe(true);
    expect(mood.evidence.some((e) => e.includes(day))).toBe(true);
  });

  it.each([
    'I ordered it on Monday and it arrived today, thanks!',
    'Did you get the email I sent on 3 May?',
    'The voucher I got on 12 April works fine, I just wondered how long it is valid.',
    'We moved house on 1 June. How do I change my address in the app?',
  ])('calm: %s', (m) => unhurried(m));
});

describe('hurry: the dated wait reads a day and a past act, not a version, a price or a day ahead (R5, P5h)', () => {
  it.each([
    'I upgraded from 2.1 and sync still hasn’t worked.',
    'I was charged from 9.99 and it is not refunded.',
    'The parcel is scheduled on Friday and has not been dispatched.',
    'I need the form on Friday and it has not been sent yet.',
  ])('not a dated wait: %s', (m) => expect(moodOf(m).evidence.some((e) => /^(?:on|from)\s/.test(e))).toBe(false));

  it.each([
    ['Ordered on the 2nd, still nothing. Where is it?', 'the 2nd'],
    ['My order from March never arrived.', 'March'],
    ['We paid the invoice on 14.02.2025 and the account is still not unlocked.', '14.02.2025'],
  ])('hurried: %s, with the day in the evidence', (m, day) => {
    const mood = moodOf(m);
    expect(mood.hurry).toBe(true);
    expect(mood.evidence.some((e) => e.includes(day))).toBe(true);
  });
});

describe('hurry: a deadline moved earlier is a tighter clock (R8)', () => {
  it.each(['Our deadline was brought forward to Monday.', 'Our deadline was moved up to Monday.', 'They moved the deadline earlier, to Monday.'])(
    'hurried: %s',
    (m) => hurried(m),
  );
});
