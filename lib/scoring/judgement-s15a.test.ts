// Session 15 (judgement-a): teach, negative language and condescension by structure. Sentences written
// for these tests in the style of app-store, help-desk and forum replies, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();

signalCases(
  'any e-mail address as where a send or contact clause takes the customer is a support mailbox (N1), whatever its ending',
  'negative-language',
  [
    'Kindly share your account details at care@walletapp.money so the team can check.',
    'Please drop us an email at help@payly.care with the subject "Refund".',
    'Request you connect with us via feedback@quickpay.club with a screenshot.',
    'Hi Ravi, please write us a mail at support@ridego.in mentioning your booking ID.',
  ],
  [
    // The agent writing to the customer, or a mail the customer will get, sends nobody anywhere.
    "I'll email you at dana@example.org as soon as the parts ship.",
    "We've sent an email to you at dana@example.org with the receipt.",
    "You'll receive an email at 8am with your boarding pass.",
  ],
);

signalCases(
  '"give us a call at <number>" is a phone line to ring (N1); the exception for a call the customer will get no longer cancels it',
  'negative-language',
  ['Please give us a call at 800-555-0199 so we can look into this with you.'],
  ['You will get a call at 10am tomorrow from the engineer.'],
);

signalCases(
  'a polite request whose clause ends at an e-mail address sends the customer to a support mailbox (N1), however long the clause',
  'negative-language',
  ['Kindly share your registered number along with a screenshot of the error at help@shopmart.store.'],
  ['Your account is linked to dana@example.org, so the receipt went there.'],
);

// The learned teach add (CV-chosen, session 15): how a program works, explained in plain clauses without a cue
// word the rules know, is a cause (T1). A known miss in session 19 (p = 0.898 against the add threshold of 0.9),
// read as teach again after session 20's retrains (p 0.9008). Known miss again since session 21 (judge-c): the
// retrain on that session's negative-language exceptions (no teach rule changed) gives it p = 0.8991, so teach is
// not shown; the kept-aside teach figures moved by one false alarm with that retrain (989 block 38 -> 39). The test
// fails as soon as the reply is read as teach again, and should then go back to being a plain case.
describe('the learned teach add on a how-it-works explanation', () => {
  it.fails('reads "The client is split in two parts…" as teach (known miss, session 21)', () => {
    const text =
      'The client is split in two parts: a background service and the tray icon. The service is only used for syncing, and the tray icon just shows its state, so closing the icon does not stop the sync.';
    expect(scorer.score(text).signals.teach).toBe(true);
  });
});

signalCases(
  "the learned teach veto (CV-chosen, session 15): a support macro that points at a help page and hands over to support with \"Here's how: <link>\" teaches nothing (T2: a bare pointer, routing)",
  'teach',
  [],
  [
    "Sorry about that, Priya. Please ensure that you're using the latest version of the app. For more info, check out our Help Centre: https://example.com/help. For further assistance, reach out to our support team. Here's how: https://example.com/contact.",
  ],
);

signalCases(
  'a polite request whose clause ends at a phone number sends the customer to a phone line (N1); the agent calling, or the agent\'s own line, does not',
  'negative-language',
  ['If you need more help, please contact our Solution Center at 1-800-555-0142.', 'Please reach out to us at (806) 555-0140 if you would like to discuss.'],
  ['We will call you at 555-0199 tomorrow morning.', 'You can reach me directly at 555-0123.'],
);
