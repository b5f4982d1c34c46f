// Session 14 (judgement-a): a company "we" at work is ownership when the clause names this customer's case,
// fault or the work on it; general improvement talk is not (R-U5). Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a company "we" at work on the case is ownership; "we are working on new features" is not (R-U5)',
  'ownership',
  [
    "We're looking into your refund right now.",
    'We are working on the issue with the bank.',
    'We are checking this with our payments team.',
    'We are checking the payment with the bank.',
    "I'm looking into the sync problem.",
  ],
  [
    'We are working on many new reward programs.',
    'We are working on a lot of new features for next year.',
    'We are constantly working towards building a great experience.',
  ],
);
