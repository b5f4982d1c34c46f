// Session 14 structures of the default pack (judgement-b, teach): a step whose sentence hands the
// customer to support — chat with us, raise a dispute, share your feedback, our team will get back to
// you — is routing (RULINGS T2, corpus-extra R-X3), not a how-to, in teach-howto and teach-steps
// (`unless_sentence`). The same step in a sentence of its own still teaches. Sentences written for these
// tests, not corpus rows; the routing ones were flagged before the change.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

signalCases(
  'a step that leads to support is routing (T2, R-X3)',
  'teach',
  ['Go to Settings > Email and change the address there.', 'You can turn off the alerts under Settings > Notifications.'],
  [
    'Open the app, go to Help & Support and chat with us.',
    'You can share your feedback through the app under Settings > Feedback.',
    'Select the payment and tap on Raise a dispute.',
    'Tap the order, choose Report a problem and our team will get back to you.',
  ],
);

describe('unless_sentence cancels a match in its own sentence only', () => {
  const scorer = createScorer();
  it('keeps a how-to in the next sentence after a routing one', () => {
    const reply = 'To turn off the alerts, go to Settings > Notifications. If that does not help, chat with us.';
    expect(scorer.score(reply).signals.teach).toBe(true);
  });
});
