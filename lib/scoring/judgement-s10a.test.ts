// Session 10 structures of the default pack (judgement-a, issue 10): confirm resolution said with other
// report-back verbs, a named version, or a hope then a comma; a short "Any better?" check; and
// talking down by pointing at what was there all along, waving the difficulty away or saying it was
// covered before. Sentences written for these tests (RULINGS C1, CON1), not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'other ways to ask for the result: a shout, a ping, a line back (C1)',
  'confirm-resolution',
  [
    'Shout if it happens again.',
    "Ping me if that doesn't work.",
    'Give us a shout if the error comes back after the reboot.',
    'Please retest with the nightly and report back.',
    'Keep us posted on whether the refund lands.',
    'Let me know if the replacement card arrives.',
  ],
  [
    // Generic offers stay generic (C1).
    'Give us a shout if you need anything else.',
    'Shout if you have any other questions.',
    'Any questions, drop us a line.',
    'Let me know if you need more help.',
  ],
);

signalCases(
  'whether a named version fixes it, and a hope then a comma (C1)',
  'confirm-resolution',
  [
    'Can you confirm whether 2.4.1 fixes it for you?',
    'Let me know if version 3.2 works.',
    'Hope that sorts it, let us know!',
    'I hope this fixes it, let me know either way.',
  ],
  ['Let me know if version 3.2 is the one you have.', 'Hope you had a good weekend, let us know your order number.'],
);

signalCases(
  'a short check on the outcome that opens the question (C1)',
  'confirm-resolution',
  ['Any better after the restart?', 'Any joy with the new cable?', 'Any luck?'],
  ['Did you make any change to the settings?', 'Is there any difference between the two plans?', 'Any questions?'],
);

signalCases(
  'the answer was right there, or it is not that hard (CON1)',
  'condescension',
  [
    "It's right there in the README, you only have to scroll.",
    "That's right there in the error message.",
    "It's really not that hard.",
    "It's honestly not rocket science.",
  ],
  [
    "It's right there on the shelf when you walk in, next to the tills.",
    'The button is right there in the top corner of the app.',
    "It's not hard to see why this is frustrating.",
  ],
);

signalCases(
  'told to keep up, or that it was covered before (CON1)',
  'condescension',
  [
    'Please try to keep up.',
    "We've been over this already.",
    'I have covered this twice before.',
    'How many times do I have to say it?',
    'I shouldn\'t have to explain this.',
  ],
  [
    "We've covered this in our FAQ, here's the link.",
    "I've been through this with our team and we'll refund you.",
    'We keep up with every release of the OS.',
  ],
);

signalCases(
  'common sense and the obvious, said of the customer\'s question (CON1)',
  'condescension',
  ['Honestly, this is common sense.', 'That should be pretty obvious.', 'As anyone can see, the box is ticked.'],
  ['It should be clear to you by tomorrow.', "Common sense tells us we got this wrong, and we're sorry."],
);
