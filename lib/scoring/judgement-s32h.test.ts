// Session 32 (mood2), customer_hurry (RULINGS H1: a near time, an overdue wait or a blocked need of the customer's own).
//   1. A deadline told as news of a change ("the deadline was moved to Friday") with a how-to question is no need for
//      speed; a stake of the customer's in the sentence (a block, a need, a request to act) keeps the clock theirs.
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
