/**
 * Session 39 (fix-c): the reviewer's and prober's sentences against three confirm-resolution readings added this
 * session, plus sentences written for these tests (none taken from a data row).
 * - LABELING C1: the check asks whether a FIX worked, or asks the customer to try a fix handed over; S20/R-U4: a bare
 *   step ("Can you try restarting it?") is a step, not the check; R-F2: a redirect or a run for output is no check.
 *   So "Can you try X?" is the check only when X is a handed-over thing (<fix-carrier>, a version number) or a retry
 *   after a change we made.
 * - C1 again: "Let me know that works" after a proposed time asks whether the time suits, not whether a fix worked.
 * - C1: the check invites the CUSTOMER to test; the writer's own "I'll test whether …" is a promise, not the check.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a can-you-try question is the check only when it hands a fix over (C1, S20/R-U4)',
  'confirm-resolution',
  [
    'Can you try version 2.4.1? It has the fix for this crash.',
    "I've increased your upload limit to 5 GB. Could you try the upload again?",
    'Could you try the patched firmware?',
    'Would you try the beta build?',
  ],
  [
    'Can you try a different card?',
    'Could you try another browser?',
    'Can you try the chat button on our website?',
    'Could you try a different USB cable?',
    'Can you try a new password?',
    'Could you try the other entrance?',
    'Could you try the upload again?',
  ],
);

signalCases(
  'a report-back on a proposed time is scheduling, not the check (C1)',
  'confirm-resolution',
  ['I have reset the router. Let me know this fixes it for you.', 'Let me know the patch works for you.'],
  [
    'I can call you Tuesday at 3pm. Let me know that works for you.',
    'Let me know if this time works for your call.',
    'How about a meeting on Friday morning? Tell me that works.',
  ],
);

signalCases(
  "the writer's own test is no check; the customer's is (C1)",
  'confirm-resolution',
  ['Please try if the 3.2 release can work with your plugin.', 'Could you test whether version 3.2 will work with it?'],
  [
    "I'll test whether version 3.2 does work with your plugin before we upgrade you.",
    'We will try whether the 5.1 driver can help on our own rig first.',
    'Let me test whether the new build will work here.',
  ],
);
