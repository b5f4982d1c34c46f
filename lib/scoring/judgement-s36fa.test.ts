// Session 36 review fixes (fix-a). Ruling applied:
// - personalization, P1 (a reply that greets the customer by name) with G1 (the greeting is form only): a given name
//   that is also a pack word, right after the greeting word with no comma, names the customer unless the next word
//   continues a clause it opens ("Hi Hope you are well", "Hey See the attached"); run on into "thanks", "sorry" or
//   "your" ("Hi Mark thanks for …") it is the address.
// Sentences written for these tests, not corpus rows (the first three are the reviewer's own).
import { signalCases } from './test/signal-cases';

signalCases(
  'personalization: a name run on into thanks/sorry/your after the greeting still names the customer',
  'personalization',
  [
    'Hi Mark thanks for the photos, the replacement ships today.',
    'Hi Bill sorry for the wait, your refund is on its way.',
    'Hey Grace your order shipped this morning.',
    'Hello Faith thank you for the screenshots.',
  ],
  [
    'Hi Hope you are well. The replacement ships today.',
    'Hey See the attached invoice for the details.',
    'Hi Had a look at the logs you sent.',
    'Hi Way too many people hit this after the update.',
    'Hi Will you send the order number?',
    'Hi Hope all is well with the new router.',
  ],
);
