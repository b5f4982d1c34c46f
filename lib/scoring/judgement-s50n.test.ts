/**
 * Session 50 (judge-n): negative language, what negative-product-limit reads narrowed by structure. Sentences written
 * for these tests, none copied from a corpus row.
 * - Not negative language (RULINGS N1, "positively worded availability or conditions do not count"): what a version,
 *   device or mode supports, accepts or works with, said with "only" ("which only works with the 3.x runtime"). A
 *   permission kept from the customer with "only allows / only lets you" stays a limit.
 * - Not negative language (N1, "negatively worded facts that explain how something works"): a step verb in the
 *   passive after "can't be" that tells how the product behaves ("the old key can't be used to open the new vault").
 *   "It can't be done" and a refusal of what the customer asked ("your booking can't be changed now") still count.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a permission kept from the customer with "only" is a limit; what a version supports or works with is a condition (N1)',
  'negative-language',
  [
    'On the starter plan it only allows one profile per seat, I am afraid.',
    'Sorry, this only lets you export a single month at a time.',
    'I checked, and that only permits two guests on the booking.',
  ],
  [
    'You may be on plugin 4.2, which only works with the 3.x runtime, so please try 3.9 instead.',
    'The dongle runs on USB 3, and it only supports the 5GHz band when plugged in there.',
    'The importer only accepts CSV files, so save the sheet as CSV first and upload it again.',
    'That adapter only handles one monitor at full resolution, so plug the second screen into the laptop itself.',
  ],
);

signalCases(
  '"can\'t be done" is a limit; a step verb in the passive that explains how it works is not (N1)',
  'negative-language',
  [
    'I am afraid that cannot be done from our side.',
    'Sadly a merge of the two accounts can\'t be achieved.',
    'Your booking can\'t be changed this close to the arrival date.',
  ],
  [
    'Each recovery key is tied to one vault, so the old key can\'t be used to open the new one.',
    'The original folder name is gone after the move, so it cannot be used to find the backup; search by date instead.',
    'Once the download finishes the temporary file can\'t be opened by other apps, which keeps it safe.',
  ],
);
