/**
 * Session 42 (judge-e): expectation and confirm-resolution by kind. Sentences written for these tests (never corpus rows).
 *
 * Expectation (RULINGS X1 "a concrete next event", corpus-extra R-R1):
 *   E1. A release that carries the change, given with its date or as due ("version 8, expected to be released on the
 *       12th", "the update is due out next week"), is the next event; a release that was expected and slipped, or a
 *       question about when, is not.
 *   E2. The change queued for a numbered release or the next merge window ("the patch is queued for 6.8") is a
 *       scheduled step for this fix.
 * Confirm resolution (RULINGS C1, corpus-extra R-XM2):
 *   C1. After a fix handed over, "can you give it a go?" asks whether it worked; with nothing handed over it is a step.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'E1 a release that carries the change, with its date (X1, R-R1)',
  'expectation',
  [
    'We have a fix in version 8, expected to be released on the 12th.',
    'The redesigned export dialog is due out next week.',
    'That firmware is scheduled to ship in early May.',
  ],
  [
    'It was expected to be released last spring but was cancelled.',
    'When is version 8 expected to be released?',
    'We expected it to work.',
    // S42 review: a plan tier or a place is no release date, and "coming out" is often a symptom.
    'Dark mode is going to be available in the Pro plan only.',
    'The feature is expected to go live in some countries only.',
    'The water is coming out at the back of the machine.',
    'The logo is coming out in black and white on the invoice.',
  ],
);

signalCases(
  'E2 the change queued for a numbered release or the next merge window (X1)',
  'expectation',
  ['Thanks, the patch has been queued for 6.8.', "I'll queue it for the next pull request."],
  ['The patch has been in the queue for months.', 'Thanks, I applied the patch to my tree.'],
);

signalCases(
  'C1 "can you give it a go?" after a fix handed over (C1, R-XM2)',
  'confirm-resolution',
  ["I've pushed a fix to the main branch. Can you give it a go?", 'The attached build has the fix. Could you give it a try?'],
  ['Can you give it a go?', 'Our new menu is live. We hope you like it.'],
);
