/**
 * Session 36 fixes (fix-d): readings added this session that reached too far, narrowed. Rulings applied:
 * - teach, T2 / R-X3: telling us *by a means* ("let us know by posting in the forum") is a step addressed to us, but
 *   "by" before a date or time ("let us know by Friday") is a deadline, no means: the how-to in the sentence stands.
 * - confirm_resolution, C1 / R-M3: after a fix, "any (further) problems" asks whether that trouble comes back (R-M3's "any
 *   issues accessing the account"), but "any other/new problems" names different trouble: a generic offer.
 * - ownership, O3 / R-R2: a colleague consulted counts when we did the consulting ("After checking with the billing
 *   team, we …"); "After checking with a manager at your office, please send …" is the customer's step.
 * Sentences written for these tests, not corpus rows.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach-reading routing: "by" before a date is a deadline, not a means (T2)',
  'teach',
  [
    'To reset it, open Settings > Reset and let us know by Friday if that did not work.',
    'To export the list, open Reports > Export and let us know by Monday if the file is empty.',
  ],
  ['To reset it, please let us know by opening a ticket in the help centre.'],
);

signalCases(
  'confirm-resolution: "any other/new problems" is an offer, "any further problems" after a fix a check (C1, R-M3)',
  'confirm-resolution',
  ["I've corrected the address on your order. If you have any further problems, please contact us."],
  [
    "I've corrected the address on your order. If you have any other problems, please contact us.",
    'We have patched the sync server. If you have any new problems, please contact us.',
  ],
);

signalCases(
  'ownership: a colleague consulted by us, not by the customer (O3, R-R2)',
  'ownership',
  ['After checking with a manager in our billing team, we have waived the late fee.'],
  [
    'After checking with a manager at your office, please send us the PO number.',
    'After talking with the finance staff on your side, reply with the invoice date.',
  ],
);
