// Session 15, second pass (judgement-b): ownership precision on review replies. Each block pairs the
// structure with controls that keep the signal. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a notice promised for when a service that is off for everyone is back is a status notice, not action on this case (O3)',
  'ownership',
  ["We'll refund the second charge to your card today.", "I'll unlock your account now and notify you once it is done."],
  [
    'Card sign-ups are paused for now. We will notify you once they are open again.',
    'The app is down for maintenance; we will inform you as soon as it is available again.',
  ],
);

signalCases(
  'how the company could improve in general invites feedback on the service, not a plan for this case (O1, R-A3)',
  'ownership',
  ["Tell us what went wrong and we'll fix your order.", 'We will review your statement and correct the fee.'],
  ['Please write to us and suggest how we can improve.', 'We would love to hear what we could do better next time.'],
);

signalCases(
  'a pledge of effort whose goal is the experience is a general offer, not a step on the case (R-A3)',
  'ownership',
  ["We'll do everything we can to get your refund out today.", "I'll do my best to restore your data tonight."],
  [
    'Drop us a note and we will do everything in our power to turn things around.',
    "Write to us and we'll do our best to improve your experience.",
  ],
);
