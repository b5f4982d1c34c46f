// Session 15 (tester, review of w/judge-a, w/judge-b, w/mood): behaviour an agent would notice that holds on
// main and must keep holding after the session's judgement changes. Every sentence was written for this
// review as an agent or a customer would type it; none is a corpus row. Each block names the branch that
// broke it at review time (19:35 UTC) so the lead can see what a merge would cost.
import { describe, it } from 'vitest';
import { hurried, unhurried, upset } from './test/mood-cases';
import { signalCases } from './test/signal-cases';

// w/judge-a f464350/dbd0d0d: "any e-mail address ... whatever its ending" after a send/contact verb or a
// polite opener reads the customer's own address, or an address the customer configures, as a support
// mailbox (N1). A redirect sends the customer somewhere; these send nobody anywhere.
signalCases(
  "review: the customer's own address, or one they set up, is no support mailbox (N1)",
  'negative-language',
  [
    'Please send the screenshots to support@acme.io and the team there will take it from here.',
    'For refunds, kindly write to refunds@shop.example with your order number.',
  ],
  [
    'Do you still have access to dana@example.org?',
    'You may receive a copy at dana@example.org as well.',
    'You can change the notification address to team@yourcompany.com under Settings.',
    'Simply set the reply-to address to support@yourshop.com in the form settings.',
    'You can also CC your manager at boss@yourco.com when you reply to me here.',
  ],
);

// w/judge-a a9e4259/a82365f: the learned teach veto (p < .1, >= 30 words) drops a stated cause when the
// same reply also asks the customer to try again or to send a screenshot. T1's own example sentence
// ("declined because the billing postcode didn't match") must stay teach in an ordinary-length reply.
signalCases(
  'review: a stated cause stays teach when the reply also asks for a retry or a screenshot (T1)',
  'teach',
  [
    'Thanks for the details. Your card was declined because the billing postcode did not match the one your bank has on file, so the payment never went through. Please update the postcode under Account > Billing and try the payment again. Could you let me know once you have tried?',
    'Hi Ravi, thanks for the screenshot. Your card was declined because the billing postcode did not match the one your bank has on file. Please update the postcode under Account > Billing and try again, and send us a screenshot if it fails again.',
    'Thanks for writing in. The payment was declined because the postcode on your account does not match the one your bank has for the card. Please correct it in your profile and try again. If it still fails, could you share a screenshot of the error with us?',
    'Hi there! This happens when the browser blocks third-party cookies: the login window is on our auth domain, so the browser treats its cookie as third-party and throws it away, which sends you back to the login page every time. Allow cookies for auth.acme.io in your browser settings and it will stay signed in.',
  ],
  [],
);

// w/judge-b 2f9bb07: "(try again|retry) after <a wait>" as a resolution check (R-U4) also fires on a
// lock-out rule and on a warning in a condition: nothing is offered to test.
signalCases(
  'review: a retry rule or a warning is no resolution check (R-U4 needs a wait after which it may work)',
  'confirm-resolution',
  ['Our server was down this morning. Please try again after a few hours and let me know.'],
  [
    'You can only retry after 24 hours because of the security lock.',
    'If you try again after a few days the coupon will have expired.',
    'Please do not try again after 3 failed attempts, your card will be blocked.',
  ],
);

// w/judge-b 5029c17: the praise-then-pass-on except reads "thanks for the great feedback" (a formula agents
// also use for complaints) and then cancels a complaint passed on, which O2 counts.
signalCases(
  'review: a complaint passed on stays ownership after a "thanks for the feedback" opener (O2)',
  'ownership',
  ["Thanks for the great feedback, we'll pass your comments about the cold food on to the chef so it doesn't happen again."],
  ["Thanks for the lovely review, we'll pass your kind words on to the team."],
);

signalCases(
  "review: the helper's own plan on this case stays ownership (O1)",
  'ownership',
  ["We'll fix it for you today.", "I'll check your order and get back to you.", "We'll refund the second charge to your card."],
  ['I will not refund this order, as the policy does not allow it.', 'If I were you I\'d restart the router first.'],
);

// w/mood 5d0e015: the leaving cue now needs a noun after "a competitor" too, where the competitor is
// itself what the customer leaves for.
describe('review: leaving for a competitor is upset, with or without a noun after it', () => {
  it.each([
    "I'm switching to your competitor after this.",
    "That's it, I'm moving to a competitor.",
    "I'm switching to another bank.",
  ])('upset: %j', (m) => upset(m));
});

// w/mood ddd76b3: the money-stuck cue reads a past, settled or asked-about pending payment, and a
// refund merely pending (R-L1: no duration, no "still", no need), as a blocked need now (H1).
describe('review: money pending in the past, in a question, or a refund not yet seen is no hurry (R-L1, R-U1)', () => {
  it.each([
    "My payment was pending yesterday but it's fine now. Just wanted to say the new design is nice.",
    'Is there a way to see why a payment stuck at processing last year was refunded?',
    'When my payment is pending, does the order still get reserved?',
    'My refund is pending.',
  ])('not hurried: %j', (m) => unhurried(m));
  it('a refund still pending after days with a need is hurry', () => {
    hurried('My refund is still pending after ten days, I need that money for rent.');
  });
});
