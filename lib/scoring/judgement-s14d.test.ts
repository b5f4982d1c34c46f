// Session 14 (judgement-d): ownership, expectation and confirm-resolution by structure. Each block
// pairs the structure with controls that must not fire. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a candidate fix handed over to test is a check of the fix (C1 "test it again", R-F2)',
  'confirm-resolution',
  [
    'Please test the attached patch.',
    'Could you try the patch below on your laptop?',
    'Can you give this build a spin?',
    'Would you mind trying the new firmware?',
  ],
  [
    // A diagnostic run, a bare try-X step, a debug patch that gathers data (R-F2).
    'Please attach the dmesg output.',
    'Please try the latest version of the app.',
    'Can you try restarting it?',
    'Please boot with the debug patch and send me the log.',
  ],
);

signalCases(
  'the candidate fix to test, asked as a question, is a closing question (Q1)',
  'closing-question',
  ['Could you test the attached patch?', 'Would you mind trying the new build?', 'Can you try this patch?'],
  ['Could you send the full log?', 'Can you try restarting it?', 'Could you attach your kernel config?'],
);

signalCases(
  "a single helper's simple past on a thing of the case (O3: reverted, re-enabled, rebuilt)",
  'ownership',
  ['I reverted the commit that broke your export.', 'I rebuilt the index on your workspace.'],
  [
    // A finding, a state, and what the customer did.
    'I see the order shipped yesterday.',
    'I had the same problem last year.',
    'You reverted the commit yourself.',
  ],
);

signalCases(
  'a next event with its subject left out, or a plan, with its clock (X1)',
  'expectation',
  ['Will push a fix tomorrow.', 'Gonna tag the release tomorrow.', 'We plan to ship the new importer next week.', 'The update rolls out this week.'],
  [
    // A past event, a question, a hedge with no event.
    'The update rolled out last week.',
    'Will it work tomorrow?',
    'It should work now.',
  ],
);

// Session-13 reviewer's leftover: a step the customer takes with another company, then a wait, is
// neither our action nor our next event (O1, X1).
signalCases('a step with another company, then a wait, is not our action', 'ownership', [], [
  'Open a ticket with your bank, then wait.',
  'Please raise a dispute with your bank and wait for their reply.',
]);
signalCases('a step with another company, then a wait, is not our next event', 'expectation', [], [
  'Open a ticket with your bank, then wait.',
  'Please raise a dispute with your bank and wait for their reply.',
]);
