// Session 17 (judge-a): teach, one-off replies against reusable how-tos. Sentences written for these tests
// in the style of help-desk, e-mail and forum replies, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  '"here\'s how" / "here is why" only announces an answer: a reply that stops there, or points at a page or a contact after it, teaches nothing (T2: a bare pointer); the steps or the reason after it still count by their own words',
  'teach',
  [
    "Here's how: go to Settings > Privacy and untick Read receipts.",
    'Here is why: the export is capped at 500 rows per file, so larger reports are split.',
  ],
  [
    'Hi Sam, here is how to add the printer.',
    "Here's how: https://example.com/help/printer",
    "Sorry for the trouble. For more help, here's how to reach us: https://example.com/contact.",
  ],
);

signalCases(
  'a hard-wrapped e-mail line break does not end the sentence: a guess that wraps onto the line with its question mark is still a question (skip_questions), not a stated cause',
  'teach',
  [
    // Wrapped statements still teach, wrapped or not.
    'The export only runs when the scheduler has a free slot, so large reports\nare delayed until the nightly window opens.',
  ],
  [
    'So I guess the problem only happens when you run the second monitor in mirror\nmode while both screens use different refresh rates ?',
    'I wonder if the warning only shows up when the disk is nearly full on the\nsecond drive, could you check that for me?',
  ],
);
