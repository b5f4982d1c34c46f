/**
 * Session 44 (judge-c): condescension, two rhetorical challenges. Sentences written for these tests (never corpus rows).
 *
 * Condescension (RULINGS CON1, corpus-extra R-F3):
 *   C1. Asking why the customer bothered to ask ("Why bother asking here?", "why even bother?") dismisses the question
 *       itself. Not: "I can see why you'd bother …" (a reason granted), "no need to bother with …" (a reassurance).
 *   C2. The customer's claim echoed back as a question with the contradiction attached was tried and left out (session
 *       44 review): the same shape checks a fact as often as it doubts, so none of these is condescension.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'C1 why the customer bothered to ask (CON1)',
  'condescension',
  [
    'Why bother asking here? This room is for the packaging tools.',
    "Hi Lee, why even bother? The beta build expires next week anyway.",
    'Why would you bother posting that in the billing forum?',
  ],
  [
    "I can see why you'd bother with a second backup, it's a good habit.",
    'No need to bother with the receipt, we have it on file.',
    "Don't bother reinstalling, the fix is on our side and it's live now.",
  ],
);

signalCases(
  'C2 an echo of what the customer said, checked against a fact, is a question, not a put-down',
  'condescension',
  [],
  [
    'You stated you paid by card but the receipt shows a bank transfer? Could you check?',
    'Just to be sure I follow: you said the parcel arrived but the box was empty?',
    'You said it fails at login but does the web app work?',
    "You said the payment went through, but it hasn't reached us yet, so I've asked the bank.",
    'You say the sync fails on the tablet. Which app version is installed there?',
  ],
);
