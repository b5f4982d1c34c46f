/**
 * Session 30 (judge-d): confirm-resolution, closing-question and empathy read by the shape of the clause.
 * 1. confirm-resolution (C1): a step proposed "to see if" it fixes the fault, however long the step; the can-you
 *    request to try a change; a predicted fixed state followed by the check; "how did you get on?"; a condition on
 *    whether the answer was right, then the report-back; a reopen invitation after "but". Not: a prediction alone,
 *    a run that shows something, a purpose of our own to see data.
 * 2. closing-question (Q1): the offer of more help cut to its head and asked ("Any other questions?").
 * 3. empathy (E1): the customer's wait acknowledged with a verb of knowing, the customer's feeling inferred
 *    ("you must be fed up").
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const has = (signal: string) => (reply: string) => scorer.score(reply).signals[signal] === true;
const confirms = has('confirm-resolution');
const closes = has('closing-question');
const empathises = has('empathy');

describe('confirm-resolution: the customer asked to try what may fix it', () => {
  it.each([
    'Could you try to switch off the power saving mode with the command from the wiki to see if the link becomes stable?',
    'Please boot the older kernel from the grub menu under advanced options to see whether it helps.',
    'Can you try logging in with your email address instead?',
    'Could you try disabling the spell checker in the editor settings?',
    'Convert the timestamps to UTC first and see if that gives you the expected results.',
    'The sync should work now. Please check.',
    'Your mailbox should be fine again, could you try it?',
    'How did you get on?',
    'How did it go with the new driver?',
    'If these folder paths are not correct, let me know.',
    "I'll close the ticket for now, but reopen it if the printer jams again.",
  ])('flags %s', (reply) => {
    expect(confirms(reply)).toBe(true);
  });

  it.each([
    'It should work now.',
    'The sync should be fixed in the next release.',
    'Can you try `lsblk -f`? It shows the file systems.',
    'Can you try to remember when it started?',
    'Run the installer once to see if the device is detected.',
    'What happens when you run the command?',
    'How did it break?',
    'Let me know if I understood that right.',
  ])('does not flag %s', (reply) => {
    expect(confirms(reply)).toBe(false);
  });
});

describe('closing-question: a diagnostic run for our own eyes is no check', () => {
  it('a retest whose purpose is the data we want to see', () => {
    const r = scorer.score('Can you run it once more with verbose mode on, so we can see the raw values?');
    expect(r.signals['closing-question']).toBe(false);
  });

  it('the try-a-change question is both the check and the closing question (R-XM2)', () => {
    const r = scorer.score('Could you try turning off the battery saver in the app settings?');
    expect(r.signals['closing-question']).toBe(true);
    expect(r.signals['confirm-resolution']).toBe(true);
  });
});

describe('closing-question: the offer of more help asked on its own', () => {
  it.each(['Any other questions?', 'Sorted the invoice for you. Any further queries?'])(
    'flags %s',
    (reply) => {
      expect(closes(reply)).toBe(true);
    },
  );

  it.each([
      'Was there anything else you noticed?',
      'Any other errors in the log?',
      'Let us know if there is anything else we can help with.',
    ])(
    'does not flag %s',
    (reply) => {
      expect(closes(reply)).toBe(false);
    },
  );
});

describe('empathy: the wait and the inferred feeling acknowledged', () => {
  it.each([
    'I realise this has been a long wait.',
    "I can see you've been waiting a while for the refund.",
    'You must be fed up with the dropouts.',
    'You must have been so worried when the card was declined.',
  ])('flags %s', (reply) => {
    expect(empathises(reply)).toBe(true);
  });

  it.each([
    "I know it's been a while since we released the last version.",
    'You must be logged in to see the page.',
    'You must be on version 3 or later.',
    "We're sorry for the inconvenience.",
    'I see you waited a few days before writing in.',
  ])('does not flag %s', (reply) => {
    expect(empathises(reply)).toBe(false);
  });
});
