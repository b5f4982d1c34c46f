// Session 15 (judgement-b): ownership precision, expectation and confirm-resolution by structure. Each
// block pairs the structure with controls. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  '"I\'ll <any action>" is the helper\'s plan; a company "we\'ll <action>" needs what it acts on (O1, R-U5)',
  'ownership',
  [
    'I will rebuild the index tonight.',
    "We'll refund the second charge to your card.",
    "We'll reset it for you.",
    'We will unblock your account now.',
  ],
  [
    // A company plan for everyone: no object of this case after the verb.
    'We will launch more payment options.',
    'In the coming months we will expand to more cities.',
  ],
);

signalCases(
  'a future passive counts when it passes the case on or names work on it, not a product state (O2, O3)',
  'ownership',
  [
    'Your complaint will be passed on to the billing team.',
    'This will be looked into by our engineers.',
    'Your concern will be addressed by the escalation desk.',
  ],
  ['The bug will be fixed in a later release.', 'All requests will be reviewed in order.'],
);

signalCases(
  'the next contact named as a noun of contact, or under way in the future progressive (X1, R-C2)',
  'expectation',
  [
    'Please expect a quick connect from our team.',
    'You can expect a prompt response from the desk.',
    'Our team will be connecting with you.',
    'A specialist will be calling you back.',
  ],
  [
    'We expect a lot of traffic.',
    'Connecting with you is easy through the app.',
    'If you need us, we are always reachable.',
  ],
);

signalCases(
  'a retry after a stated wait invites a test of whether the delay resolved it (C1, R-U4)',
  'confirm-resolution',
  [
    'The bank server was overloaded. Please try again after a few hours.',
    'Maintenance ends at noon, so retry after some time.',
  ],
  ['Please try again later.', 'Try restarting the app.'],
);

signalCases(
  'a verb of commitment carries the plan (O1: promise, pledge, assure you that we will)',
  'ownership',
  ['We promise to get your card replaced this week.', 'We assure you that we will sort out the double charge.'],
  ['We promise nothing about future prices.', 'I assure you the app is safe to use.'],
);

signalCases(
  'hospitality and passing on praise are no action on a case (O1, O2)',
  'ownership',
  ["We'd love to look into the missing refund for you.", 'Thanks for flagging the broken lock; we will pass your report on to the landlord.'],
  [
    "Stop by our new shop, we would love to see you and your husband again.",
    "Our clinic is on Pine Road now. We'd love to have you with us again next time!",
    'Thanks for the lovely review; we are happy to pass along your comments to the crew.',
  ],
);

signalCases(
  'doubt about a thing is a diagnostic inference, not empathy (E1)',
  'empathy',
  ['Losing a day of bookings like that is awful.'],
  ['The second pointer is a bit suspicious.', 'That timestamp looks fishy to me.'],
);
