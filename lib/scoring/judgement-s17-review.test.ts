// Session 17 review: replies written for this review (chat, e-mail, signatures), not corpus rows.
// Each case is something a user would notice after this session's changes.
import { signalCases } from './test/signal-cases';

signalCases(
  "a given name after the greeting's comma, running on without a comma in chat, is still the customer's; only a word that is also a verb (\"Hope\", \"Will\", \"Bill\") or runs into \"to\" opens a sentence",
  'personalization',
  [
    "Hi, Maria you're all set now, the refund went through.",
    "Hey, Tom it's done now, you can log in again.",
    'Hi, David your order has shipped.',
    'Hey, Alex can you send me a screenshot?',
    'Hi, Jo do you still see the error?',
    "Thanks, Anna this is really helpful, I'll pass it on.",
    'Sure, John that should be fine.',
  ],
  [
    "Hi, Hope you're well. The invoice is attached.",
    'Good morning, Happy to help with this. The invoice is attached.',
    'Sure, Will do. The invoice is attached.',
  ],
);

signalCases(
  'a title or tagline line right under the signed name (no blank line) stays signature, so the agent\'s own name is not read as the customer\'s; reply text after a blank line still ends the signature',
  'personalization',
  [],
  [
    'I have refunded the order today.\n\nThanks,\nJane\nYour Acme Support Team',
    'I have refunded the order today.\n\nKind regards,\nJane Doe\nYour Account Manager | Acme Ltd',
    'I have refunded the order today.\n\nBest,\nJane\nOur hours: Mon-Fri 9-5 CET',
    'I have refunded the order today.\n\nBest,\nJane Doe\nhead of growth and partnerships\nAcme',
    'I have refunded the order today.\n\nThanks,\nJane\nLet us know how we did',
  ],
);

signalCases(
  'reply text after the signature and a blank line is still scored (the session-17 behaviour kept)',
  'ownership',
  ["Thanks,\nSam\n\nI'll refund it today."],
  [],
);

signalCases(
  'a lower-case line that opens as a question ("can you …", "is it …") after a long unpunctuated line starts a sentence of its own, so the statement before it is not read as part of a question',
  'teach',
  ['This happened because the card on file expired at the end of last month\ncan you add a new one in Settings?'],
  [],
);

signalCases(
  '"not something that can harm …" reassures: a modal in the product-limit phrase needs a verb of offering after it',
  'negative-language',
  ['Exporting to PDF is not something the app can do yet.'],
  ['This is not something that can harm your computer.', "It's not something that will affect your data, so you can update safely."],
);

signalCases(
  'a contact promised with the customer as subject only if something changes is no next event, as with "we will notify you if there are any changes"',
  'expectation',
  ['You will be contacted by our team tomorrow morning.'],
  [
    'You will be contacted by our team if there are any changes.',
    "You'll receive an email with the tracking link if there is any delay.",
  ],
);
