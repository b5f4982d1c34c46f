// Session 16 (judgement-b): ownership precision by structure. Each block pairs the structure with
// controls. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'an offer of help is willingness ("we\'d be glad to help"), not ability ("we can help"): O1',
  'ownership',
  [
    "We'd be glad to help you get the invoice corrected.",
    'I would love to help with the missing parcel.',
    "We're happy to help you move the booking.",
    'I will help you set up the new router.',
  ],
  [
    // Ability: what the team is able to do, said before steps or a pointer elsewhere.
    'We can help you with the transfer limits. Open Settings and choose Limits.',
    'Our branch staff could help with that in person.',
    'I can assist with general questions about the plans.',
  ],
);

// Session 39 (judge-b): the future courtesy after the same team's address counts too (corpus-extra R-C1: a separate
// willingness sentence after the same team's address is ownership; the blind files' labels agree), so the three
// sentences this block held as "help at a later date" moved to the positives. Help on another occasion ("if you ever
// need anything else, email us and we'll be happy to help") stays out: judgement-s39b.
signalCases(
  'a courtesy after the customer is asked to write in to the same team is willingness on the case (O1, R-C1)',
  'ownership',
  [
    // The same courtesy that names the act on the case, or a present willingness (R-C1).
    'Please email us your card number and we will be happy to assist you and reverse the charge.',
    'Please write to our care team with your booking code. We are happy to help!',
    "Send us your order number and we'll be glad to help you with the refund.",
    'Please write to our care team with your account number. We will be happy to assist you.',
    "Drop us a line at the help desk address. We'll be glad to help!",
    'Reach our billing desk by phone; we shall be pleased to assist you further.',
  ],
  [
    // S39 fix (O1, R-C1a): thanks for praise and standing availability stay courtesy.
    'Thanks for the kind words! We are so happy to help.',
    'Glad the refund came through. If anything else comes up, message us anytime. We will be glad to help.',
  ],
);

signalCases(
  'a second verb after "and" keeps the first-person subject of its sentence, also nine words back (O1, O2)',
  'ownership',
  [
    'We appreciate you bringing the broken lift to our attention and will share your comments with the landlord.',
    'I read through your whole message about the late bus and have passed it to the depot.',
  ],
  [
    // No first-person subject before "and": the second verb is the fix's or the product's.
    'The patch for the broken export is already in review and will ship with the next build.',
    'Your parcel left the depot this morning and will arrive tomorrow.',
  ],
);

signalCases(
  'a plan with its subject left out opens a sentence on any verb of action and what it acts on (O1)',
  'ownership',
  ['Thanks for the trace. Will add handling for the empty header.', 'Good catch. Will push a fix tonight.', 'Will rebuild the index and ping you.'],
  ['Will that work for you?', 'Will a restart help?', 'The update will fix the display.'],
);

signalCases(
  'a wish on a light verb (see, get, make, take) is no act on the case; the phrases they form with one are (O1)',
  'ownership',
  ["We'd like to get this sorted for you.", 'We would love to make it right.', "We'd like to take a look at your account.", 'I would like to check the meter readings for you.'],
  ['We would love to make your next visit a better one.', "We'd love to take you out on the new trail sometime.", 'We would love to see the garden in spring.'],
);

signalCases(
  'the future progressive is a plan on the case ("I\'ll be looking into this"); new features for everyone are not (O1, R-U5)',
  'ownership',
  ["I'll be looking into the duplicate charge.", "We'll be checking the meter on Friday.", 'I will be chasing the courier for you.'],
  ['We will be releasing new features next year.', "We'll be adding more payment options.", 'The shop will be closed on Sunday.'],
);
