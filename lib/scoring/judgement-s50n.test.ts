/**
 * Session 50 (judge-n): negative language, what negative-product-limit reads narrowed by structure. Sentences written
 * for these tests, none copied from a corpus row.
 * - Not negative language (N1, "negatively worded facts that explain how something works"): a step verb in the
 *   passive after "can't be" that tells how the product behaves ("the old key can't be used to open the new vault").
 *   "It can't be done" and a refusal of what the customer asked ("your booking can't be changed now") still count.
 */
import { signalCases } from './test/signal-cases';

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
