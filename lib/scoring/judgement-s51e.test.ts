/**
 * Session 51 (judge-e): expectation and empathy by structure. Sentences written for these tests, none copied from a
 * corpus row.
 * - Expectation (X1, LABELING "we will be in contact"): a next contact the writer has already set up with a colleague or a
 *   partner ("I've asked the billing team to call you", "we have requested that you be contacted", "our engineer has been
 *   asked to reach out to you"), and the contact to expect named with what it is for ("please expect a call for further
 *   assistance"). A plain past, a question, a
 *   negation, a call for papers, or a contact only if something turns out ("… to call you if anything changes") is no
 *   next contact.
 * - Not expectation (X1): what the product shows or asks at a step of its flow ("once the invitation is accepted, members
 *   will be prompted to create an account") tells how the feature behaves; what the customer receives and the writer's
 *   own steps after such a trigger stay.
 * - Not empathy (E1): "right" as an adverb of time ("it doesn't right now") says when, not that something is wrong; a shame
 *   about an action the writer weighs ("it's a shame to disable these checks") regrets a step, not the customer's feeling.
 *   "That isn't right", "That's a shame." and "a shame to hear …" stay.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a next contact the writer has set up with someone else, or named with its purpose, is the next event (X1)',
  'expectation',
  [
    "I've asked the billing team to call you about the double charge.",
    'We have requested that you be contacted about getting the line switched back on.',
    'I have arranged for a technician to contact you about a visit.',
    'We have asked our courier partner to reach out to you.',
    'Our engineer has been asked to reach out to you about the faulty router.',
    'I have told the warehouse to get back to you with the tracking details.',
    'Please expect a call for further assistance with the transfer.',
    'Please expect an email regarding your replacement card.',
    'You can expect a call to confirm the new delivery slot.',
  ],
  [
    'I asked him to call you yesterday but he forgot.',
    'Have you asked them to contact you about it?',
    "I haven't asked them to contact you yet.",
    'You have asked us to contact you before, so here we are.',
    'The organisers expect a call for volunteers to go out.',
    'Did you expect an email about the outage?',
    "I didn't expect an email about that either.",
    "I've asked the returns team to call you if anything changes.",
    'I have asked the courier to contact you if they cannot find the address.',
    "I'll ask them to contact you if needed.",
  ],
);

signalCases(
  'what the product shows at a step of its flow is how it behaves, not a next event on this case (X1)',
  'expectation',
  ['Once the refund clears you will get an email from us.', "Once the patch is merged I'll let you know."],
  [
    'Once the invitation is accepted, your family members will be prompted to create an account of their own.',
    'When the payment is confirmed you will be redirected back to the shop.',
    'After the upgrade finishes, everyone will be asked to sign in again.',
  ],
);

signalCases(
  '"right now" is a time, and a shame about an action the writer weighs is no feeling of the customer (E1)',
  'empathy',
  [
    "That isn't right, we'll sort it for you.",
    'That is not right at all, let me put it straight.',
    "That's a shame, I'm sorry the parcel went astray.",
    "It's a shame to hear the noise spoiled your weekend away.",
    'What a shame to see your holiday plans ruined like that.',
  ],
  [
    "Unfortunately it doesn't right now, but it would make a handy addition.",
    "It isn't right now, though the next version will support it.",
    "It's a shame to disable these checks since they catch real bugs, but they break the build.",
    "It's a pity to lose the old layout, but the new one loads much faster.",
  ],
);

signalCases(
  'review (rf-e): a thing sent on is the next event, a message passed on now is not (X1)',
  'expectation',
  [
    'Once the repair is done, your laptop will be sent to the address on file.',
    "Once we've checked it, you'll be sent to the specialist team.",
    "I've been asked to let you know when the part arrives, so I'll do that.",
    "I've already asked our returns desk to email you a prepaid label.",
    'I have requested that you be called back by a supervisor today.',
  ],
  [
    "I've been asked to let you know that your account has been closed.",
    'I have been asked to inform you that the service will end in May.',
    "When you click Pay you'll be taken to the checkout page.",
    "We've asked the bank to call you if the transfer fails.",
  ],
);

signalCases(
  "review (rf-e): the customer's own wait or loss is no step the writer weighs (E1)",
  'empathy',
  [
    'This isn\'t right here, the fee should never have been added, sorry.',
    'It is a shame to have to wait this long for a refund.',
    "It's a shame to make you wait again after everything.",
  ],
  [
    "It's a shame to have to disable the plugin, but it crashes the editor.",
    "It's a shame to remove the dark theme, but it confused many users.",
    "The sync isn't right away, it takes about an hour.",
  ],
);
