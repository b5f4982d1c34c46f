// Session 14 structures of the default pack for empathy (judgement-d, issue 10): falling short of the
// experience we wanted for the customer, in any form of the verb and any kind of experience (E1).
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'not the (kind of) experience we wanted, hoped or intended for the customer (E1)',
  'empathy',
  [
    'This is not the kind of experience we intended for you.',
    'That is certainly not the service we hoped you would get.',
    "It's never the sort of experience we'd want anyone to have.",
    'This was not the standard we expected to deliver.',
  ],
  [
    // What the customer wanted, or a feature that is not the one they need: no validation.
    'That is not the service you wanted; the premium plan is.',
    'This is not the setting we meant, try the one under Privacy.',
  ],
);

signalCases(
  'a verbless evaluation opening its own sentence: "Hmm, very odd." (E1 validation)',
  'empathy',
  ['Hmm, really odd. Which version are you on?', 'Ugh, very annoying! Let me check the order.', 'Very weird indeed, I have not seen that before.'],
  [
    // The adjective names a thing, or there is no degree word to make it a verdict on what happened.
    'Very odd characters in the log usually mean a bad encoding.',
    'Strange. Try a restart.',
  ],
);

signalCases(
  'an inferred or generic judgement of a technical choice is no validation (E1)',
  'empathy',
  [],
  ['Pinning the old version seems undesirable.', 'Reverting the schema can be painful.'],
);
