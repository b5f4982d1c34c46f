/**
 * Session 37 (judge-a), teach misses on vendor engineers' replies (RULINGS T1, T2). The rulings applied:
 * - T1 (what went wrong, the mechanism behind the customer's situation): a fault named as the result, consequence,
 *   side effect or cause of something ("the lockup is the result of the controller running out of slots", "that is
 *   the cause for the failed resume") states the cause (pack rule teach, phrases). Praise for our work ("this is the
 *   result of a lot of hard work") names no mechanism and stays out.
 * - T1 (how something works, answering the question): "The way the backlight control works, it goes through the
 *   BIOS" at a sentence's start explains the mechanism; "I love the way the editor works" is praise (pack rule teach).
 * - T2 (where a file is): where a file must go, said in the passive ("themes need to be placed in the themes folder")
 *   is a how-to whoever puts it there (pack rule teach-howto); a request placed "with the store" names no place.
 * Every sentence written for this test; each case fails without its change.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach: a fault named as the result or cause of a mechanism (T1)',
  'teach',
  [
    'The freeze is the result of the queue running out of free slots under load.',
    'The stale totals are a side effect of the nightly cache refresh.',
    'The missing sleep hooks are the cause for the failed wake-up.',
  ],
  ['This is the result of a lot of hard work by our whole team!', 'We are the result of twenty years of craft.'],
);

signalCases(
  "teach: 'the way X works' at a sentence's start explains how it works (T1)",
  'teach',
  ['The way the sync engine works, every change waits for the server to confirm it.'],
  ['I love the way the new planner works!'],
);

signalCases(
  'teach-howto: where a file must go, in the passive (T2)',
  'teach',
  ['Custom fonts need to be placed in the fonts folder next to the program.', 'Add-ons have to be copied into the extensions directory.'],
  ['Your refund request needs to be placed with the shop you bought it from.'],
);
