/**
 * Session 41 (judge-e): empathy and closing questions by structure (LABELING.md, RULINGS.md E1, Q1; corpus-extra R-XM2).
 * Every sentence is written for these tests, none taken from a corpus row.
 *
 * - The writer saying they feel as the customer does ("we're as frustrated as you are", "I share your disappointment")
 *   names the customer's feeling and validates it: empathy (E1).
 * - "I understand" followed by a verdict that the thing asked for would be useful grants a request, not a feeling
 *   (E1: "Please add dark mode" → "We understand, we've noted it" = false).
 * - A fix to test offered as whether it is possible ("Is it possible for you to test the new firmware?") asks whether a
 *   fix works, like "Could you try the attached patch?": a closing question (Q1, R-XM2); a fix word must be named.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the writer feeling as the customer does validates the feeling (E1)',
  'empathy',
  [
    "We're as frustrated as you are about the delay, and the courier has been chased twice today.",
    'I am just as disappointed as you are that the order went missing.',
    'We completely share your frustration with the outage this morning.',
    'I share your concern about the duplicate charge.',
  ],
  ['We are as quick as we can be with refunds.', 'Please share your order number so I can look it up.'],
);

signalCases(
  '"I understand, that would be useful" grants a request, not a feeling (E1)',
  'empathy',
  ['I understand, this has been frustrating for you and I will sort it today.'],
  [
    'I understand, that would be a useful feature to have. I have added it to our list.',
    'We understand, this would be really handy for teams with many users.',
    'I get it, such a feature would be nice, but it is not planned yet.',
  ],
);

signalCases(
  'a fix offered to test, asked as whether it is possible, is a closing question (Q1, R-XM2)',
  'closing-question',
  [
    'Is it possible for you to test the new firmware on that board?',
    'Would it be possible to try the latest build and see whether the crash is gone?',
    'Is it possible to use the current release for testing? This should already be fixed there.',
  ],
  [
    'Is it possible to send us the full log?',
    'Is it possible to reproduce this on another machine?',
    'It is possible to test the new firmware on any board.',
  ],
);
