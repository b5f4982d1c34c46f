// 1. fix-cond (S33 review): "you should have" + a perception or arrival verb, or with an expectation marker (by now, at
//    this point, after the update, already, automatically), states an expected result, not a rebuke; the rebuke of what
//    the customer failed to do instead or before still flags.
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

signalCases(
  'an expected result said with "you should have" is not a rebuke; what they failed to do instead or before is',
  'condescension',
  [
    'You should have contacted us first.',
    "You should've cancelled the trial before the 14th.",
    'You should have read the description.',
    'You should have thought of that before ordering.',
    'After all, you should have read the manual.',
  ],
  [
    'After the update you should have noticed a new toolbar icon.',
    'By now you should have already updated to 5.2 automatically.',
    'At this point you should have reached the login page.',
    'You should have seen a confirmation screen.',
    'Once the sync finishes, you should have reached the dashboard.',
    'You should have updated to 5.2 automatically.',
    'You ought to have gotten the login link by now.',
  ],
);
