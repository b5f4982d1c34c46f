// Session 33 (judge-f): condescension as a rebuke of what the customer did or failed to do, read by structure: "you
// should have" + a past participle of an act (actions.ts <action:past>, so "received", "gotten", "been" stay out),
// and "you could have" + an act aimed back at us ("you could have emailed me"), or the courtesy they owed us.
// Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { findingsOf, signalCases } from './test/signal-cases';

signalCases(
  'what the customer should have done, or could have done to us, said back to them',
  'condescension',
  [
    'You should have backed up the folder before the upgrade.',
    "You should've cancelled the trial before the 14th.",
    'Honestly, you should have contacted us first.',
    'You could have emailed me instead of leaving one star.',
    'You could have simply asked us, we answer within a day.',
    'You could at least have given us the courtesy of a message.',
  ],
  [
    'You should have received a confirmation email this morning.',
    'You should have gotten a license key by now.',
    'You should have access again, let me know if not.',
    'You should have been charged only once; I have refunded the second payment.',
    'You could have been charged twice by the bank, let me check.',
    'We should have contacted you sooner, sorry.',
    'If it still fails, you could contact us by chat.',
  ],
);

describe('condescension: the finding sits on the rebuke', () => {
  it('underlines "you should have backed", once', () => {
    expect(findingsOf('condescension', 'You should have backed up the folder first.')).toEqual([
      'condescension: You should have backed',
    ]);
  });
});
