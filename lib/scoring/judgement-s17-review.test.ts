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
