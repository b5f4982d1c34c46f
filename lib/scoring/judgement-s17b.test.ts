// Session 17 (judgement-b): expectation (X1) by structure — the next contact in the passive or awaited,
// what the customer is sent and what comes with it, the remedy under way, and closed-class clocks.
// Each block pairs the structure with controls. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'the customer as the subject of the next contact, in the passive ("you will be contacted"): X1',
  'expectation',
  [
    'You will be contacted by our returns desk.',
    "You'll be called on the number you gave us.",
    'You will be emailed shortly with the new schedule.',
  ],
  [
    // Only if something happens, or a question: no next event.
    'You will be contacted if we need anything else.',
    'Will I be contacted by the courier?',
    'You were contacted by our team last week.',
  ],
);

signalCases(
  'what the customer will be sent, and what it comes with ("you\'ll receive an email with the link"): X1',
  'expectation',
  [
    "You'll receive an email with the reset link.",
    'You will get a text containing your booking code.',
    'You will receive an OTP on your registered number.',
  ],
  [
    'If you receive an email with a link, do not open it.',
    'You received an invoice with the wrong address.',
    'Did you receive an email with the link?',
  ],
);

signalCases(
  'the next contact by whoever makes it, with a verb of waiting or of replying ("expect our team to reach you", "the manager will get right back to you"): X1',
  'expectation',
  [
    'Please expect our field engineer to call you before the visit.',
    'Please anticipate a call from your relationship manager.',
    'The store manager will get right back to you.',
    'The concerned team will revert to you.',
    'We will share an update with you on the ticket.',
  ],
  [
    'We expect customers to read the terms.',
    'Our managers reply to every review.',
    'The team will respond if they need more details.',
  ],
);

signalCases(
  'the remedy itself under way, and a plan with "plan on" (X1 "coming soon")',
  'expectation',
  ['A proper fix is on the way.', 'An update is in the works and will reach the store soon.', 'We plan on rolling out the corrected build soon.'],
  ['The courier was on the way when it broke.', 'We plan on this being rare.', 'Is a fix on the way?'],
);

signalCases(
  'closed-class clocks ahead with a future in the sentence: "by the weekend", "next quarter", "this Friday"',
  'expectation',
  [
    "I'll have the firmware uploaded by the weekend.",
    "We're releasing the update this Friday.",
    'The dashboard will get dark mode next quarter.',
  ],
  [
    'It broke over the weekend.',
    'Sales were slow last quarter.',
    'This Friday was a holiday here.',
  ],
);
