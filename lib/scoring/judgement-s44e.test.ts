/**
 * Session 44 (judge-e): confirm resolution and expectation, two structures, checked on sentences written here (none
 * copied from a corpus row).
 *
 * Confirm resolution (RULINGS C1 "a delay"): an apology for our late reply says time has passed that could have cleared
 * the fault, so "are you still unable to …?" after it asks whether the problem resolved. The same question with no
 * delay named (a first-contact diagnostic) or after an apology for the trouble itself stays out, and so does a request
 * for information after the delay apology.
 *
 * Expectation (X1): a contact promised "if and when" something happens leaves open whether it happens at all, so no
 * next event is promised; "we'll let you know when it ships" still is one.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'after an apology for our late reply, "are you still …?" asks whether the wait resolved it (C1 a delay)',
  'confirm-resolution',
  [
    'Sorry for the delay. Are you still unable to open the report?',
    'Apologies for the late reply, are you still having trouble with the sync?',
  ],
  [
    'Are you still unable to open the report?',
    'Sorry for the inconvenience. Are you still seeing the error?',
    'Sorry for the delay in getting back to you. Could you send the log file?',
  ],
);

signalCases(
  'a contact promised "if and when" something happens is no next event (X1)',
  'expectation',
  ['We will let you know when the feature ships.', 'Our team will review the request and get back to you tomorrow.'],
  [
    'We will let you know if and when the feature ships.',
    'Thanks, our engineers will review it. They will let you know if and when this is added.',
  ],
);
