/**
 * Session 35 fix round (fix-teach), teach readings narrowed after review (RULINGS T1, T2). The rulings applied:
 * - T2: only a step that finds information for us (the version, the logs) is counted out: a step pointing back ("You
 *   can do that via …") at the sentence before counts out only when that sentence asks for the information, as a
 *   question or a request to tell, send or provide it — the `routing` reading of teach-reading.ts.
 * - T2, R-X3: an e-mail address is our channel unless it is the customer's own (it spells "your", or the sentence names
 *   the customer's own people, "so your admin can review it").
 * - T1: "due to" before a verb is timing ("due to arrive on Friday"), a plain fact, no cause (pack rule teach, except).
 * The reviewer's sentences and sentences written for this test; each case fails without its change.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach: a step points back at a sentence that asks for the version only when it asks (T2)',
  'teach',
  [
    'Please upgrade to the latest version first. You can do that via Settings > Updates, and the new importer handles CSV files.',
  ],
  [
    'Could you tell me which firmware version the board runs? You can check that by going to Tools > Board Info.',
    'Please let me know your build number. You can find it under Help > About.',
    'You can find your app version by going to Settings > About.',
  ],
);

signalCases(
  "teach: an e-mail address is ours unless it is the customer's own (T2, R-X3)",
  'teach',
  [
    'To share the report, open Reports > Export, pick PDF, and email it to admin@yourcompany.com so your admin can review it.',
    'To send the invoice on, open Billing > Invoices, click Forward and enter billing@acme.example so your finance team gets a copy.',
  ],
  [
    'If the trouble persists, please email help@ourshop.example with the order number.',
    'To get a refund, have your team email refunds@ourshop.example with the order number.',
  ],
);

signalCases(
  'teach: "due to" before a verb is timing, no cause (T1)',
  'teach',
  ["It's due to mobile carriers throttling uploads over mobile data.", "That's due to the cache holding the old token."],
  [
    "I have ordered a replacement for you, and it's due to arrive on Friday.",
    "Your plan is due to renew next month, and that's due to start a new billing cycle.",
  ],
);
