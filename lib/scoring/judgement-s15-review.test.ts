// Session 15 (tester): review of the session's judgement branches (w/judge-a, w/judge-b, w/judge-c, w/mood).
// Every sentence was written for this review as an agent or a customer would type it; none is a corpus row.
//
// Every block holds now and must keep holding. The blocks marked "fixed by the lead" were first written as
// it.fails cases: a behaviour an agent would notice that a merged session-15 commit got wrong (named above the
// block); the lead fixed each one the same session and turned it into a plain test.
import { describe, expect, it } from 'vitest';
import { moodOf } from './test/mood-cases';
import { signalCases } from './test/signal-cases';

// --- negative language (w/judge-a f464350, dbd0d0d) -------------------------------------------------------
signalCases(
  'review: a support mailbox the customer is sent to is a redirect (N1)',
  'negative-language',
  [
    'Please send the screenshots to support@acme.io and the team there will take it from here.',
    'For refunds, kindly write to refunds@shop.example with your order number.',
  ],
  ["Your account is linked to dana@example.org, so the receipt went there.", "I'll email you at dana@example.org as soon as the parts ship."],
);

// w/judge-a e4fbf2d: a polite request ending at a phone number; the agent's own line, a call the customer
// will get, and the customer's own number are no phone line to ring.
signalCases(
  'review: a support line to ring is a redirect; the agent calling or the customer\'s own number is not (N1)',
  'negative-language',
  ['If you need more help, please contact our Solution Center at 1-800-555-0142.'],
  [
    'Please keep your phone on, our technician will call you at 555-0199 between 2 and 4.',
    'Please call me back at 555-0123 so I can finish this with you.',
    'Please confirm the best number to reach you at: is it 555-0199?',
    'Kindly verify that the number on file is +44 20 7946 0958.',
  ],
);

// "any e-mail address ... whatever its ending" after a send/contact verb or a polite opener ("do", "you can",
// "you may", "simply", up to 6 words before at/on/via/to) reads the customer's own address, or one they set
// up in a setting, as a support mailbox. A redirect sends the customer somewhere; these send nobody anywhere.
// Fixed by the lead at 19:51 UTC (excepts for setting, checking, receiving at and copying in an address).
signalCases("review: the customer's own address, or one they set up, is no support mailbox (N1)", 'negative-language', [], [
  'Just to confirm, the invoice went to dana@example.org.',
  'Kindly verify that your account email is set to dana@example.org.',
  'Please update your billing email to finance@yourcompany.com in Settings.',
  'Do you still have access to dana@example.org?',
  'You may receive a copy at dana@example.org as well.',
  'You can change the notification address to team@yourcompany.com under Settings.',
  'Simply set the reply-to address to support@yourshop.com in the form settings.',
  'You can also CC your manager at boss@yourco.com when you reply to me here.',
]);

// --- teach (w/judge-a a9e4259, a82365f, e4fbf2d: the learned veto, p < .05, >= 30 words) --------------------
signalCases(
  'review: a stated cause or how-to without a retry/screenshot ask stays teach (T1, T2)',
  'teach',
  [
    'Hi there! This happens when the browser blocks third-party cookies: the login window is on our auth domain, so the browser treats its cookie as third-party and throws it away, which sends you back to the login page every time. Allow cookies for auth.acme.io in your browser settings and it will stay signed in.',
    'To stop the weekly digest, open Settings, go to Notifications and untick Weekly summary. That setting is per workspace, so if you belong to two workspaces you will need to untick it in each of them. Hope that helps, and have a great weekend.',
  ],
  [],
);

// The veto drops RULINGS T1's own example ("declined because the billing postcode didn't match") when the
// same ordinary-length reply also asks to try again or for a screenshot (the l-try / l-askback classes).
// Fixed by the lead at 20:50 UTC (the teach veto's vetoUnless: a reply with a cause word is not vetoed).
signalCases('review: a stated cause stays teach when the reply also asks for a retry or a screenshot (T1)', 'teach', [
  'Thanks for the details. Your card was declined because the billing postcode did not match the one your bank has on file, so the payment never went through. Please update the postcode under Account > Billing and try the payment again. Could you let me know once you have tried?',
  'Hi Ravi, thanks for the screenshot. Your card was declined because the billing postcode did not match the one your bank has on file. Please update the postcode under Account > Billing and try again, and send us a screenshot if it fails again.',
  'Thanks for writing in. The payment was declined because the postcode on your account does not match the one your bank has for the card. Please correct it in your profile and try again. If it still fails, could you share a screenshot of the error with us?',
], []);

// --- confirm resolution (w/judge-b 2f9bb07, R-U4) ---------------------------------------------------------
signalCases(
  'review: a retry after a stated outage is a resolution check; a bare "try again later" is not (R-U4)',
  'confirm-resolution',
  ['Our server was down this morning. Please try again after a few hours and let me know.'],
  ['Please do not try again after 3 failed attempts, your card will be blocked.', 'Please try again later.'],
);

// Fixed by the lead (confirm-resolution except, 19:55 UTC).
signalCases('review: a lock-out rule or a warning in a condition is no resolution check (R-U4 needs a wait after which it may work)', 'confirm-resolution', [], [
  'You can only retry after 24 hours because of the security lock.',
  'If you try again after a few days the coupon will have expired.',
]);

// --- ownership (w/judge-b 2f9bb07, 5029c17) ---------------------------------------------------------------
signalCases(
  "review: the helper's own plan on this case is ownership; a refusal or advice is not (O1)",
  'ownership',
  ["We'll fix it for you today.", "I'll check your order and get back to you.", "We'll refund the second charge to your card."],
  ['I will not refund this order, as the policy does not allow it.', "If I were you I'd restart the router first.", "Thanks for the lovely review, we'll pass your kind words on to the team."],
);

// The praise-then-pass-on except reads "thanks for the great feedback" (a formula agents also use for
// complaints) and cancels the complaint passed on, which O2 counts.
// Fixed by the lead (the praise except now needs the praise itself passed on to the team).
signalCases('review: a complaint passed on after a "thanks for the great feedback" opener is ownership (O2)', 'ownership', [
  "Thanks for the great feedback, we'll pass your comments about the cold food on to the chef so it doesn't happen again.",
], []);

// --- closing question (w/judge-c d489fff, not merged at 19:50 UTC) ----------------------------------------
// A sentence-start "can you try …" without a question mark counts as a resolution check only when what is
// tried is a possible fix; "try to <verb>" asks for effort or memory, "try calling the bank" hands over.
signalCases(
  'review: "can you try to <verb>" and "can you try calling <someone else>" are no resolution check',
  'closing-question',
  [],
  [
    'Can you try to be more specific next time, thanks.',
    'Can you try to remember when it started.',
    'Can you try calling the bank, they can unblock the card.',
    'You can try the 2.3 build if you like.',
  ],
);

// --- customer mood (w/mood ddd76b3, 5d0e015, d4ad636) ----------------------------------------------------
describe('review: mood controls that hold on main 2bfeefa', () => {
  it.each(["I'm switching to another bank.", 'It still does not work!!!'])('upset: %j', (m) => expect(moodOf(m).upset, m).toBe(true));
  it.each(['Found it, thank you so much!!!', 'Oh wait, found it, sorry.'])('calm: %j', (m) => expect(moodOf(m).upset, m).toBe(false));
  it('a refund still pending after days with a need is hurry', () => {
    expect(moodOf('My refund is still pending after ten days, I need that money for rent.').hurry).toBe(true);
  });
  it.each(['Can you refund my money if I cancel the plan next month?', "Please don't refund my money yet, I still want the upgrade."])(
    'not hurried: %j',
    (m) => expect(moodOf(m).hurry, m).toBe(false),
  );
});

describe('review: mood cases a session-15 commit got wrong, fixed by the lead (19:47 UTC)', () => {
  // 5d0e015 made the noun after "a competitor / your competitor" required too: the competitor is what is left.
  it.each(["I'm switching to your competitor after this.", "That's it, I'm moving to a competitor."])('should be upset: %j', (m) =>
    expect(moodOf(m).upset, m).toBe(true),
  );
  // ddd76b3 reads a settled, past or asked-about pending payment, and a bare pending refund (R-L1: no
  // duration, no "still", no need), as a blocked need now; d4ad636's "back to my bank account" reads a refund
  // already received, and
  // "(my|our|the) money back" any money back (a thank-you, a guarantee).
  it.each([
    "My payment was pending yesterday but it's fine now. Just wanted to say the new design is nice.",
    'Is there a way to see why a payment stuck at processing last year was refunded?',
    'When my payment is pending, does the order still get reserved?',
    'My refund is pending.',
    'I got the refund back to my bank account yesterday, thanks a lot!',
    'I got my money back, thanks for the help!',
    'Great service, the money back guarantee really works.',
    'I have received the refund to my bank account, you can close this.',
  ])('should not be hurried: %j', (m) => expect(moodOf(m).hurry, m).toBe(false));
});
