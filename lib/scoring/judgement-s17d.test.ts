// Session 17 (judgement-d): confirm-resolution — the report-back whose object is the outcome, in clause
// shapes the earlier rules missed (R-M3, C1). Each block pairs the structure with controls that must not
// fire. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'after a fix, a report-back on trouble that continues is a resolution check (R-M3, C1)',
  'confirm-resolution',
  [
    'I have re-sent the activation mail. Tell us if it keeps bouncing with errors.',
    'The webhook is patched now; let me know if it continues to throw errors.',
    'Please let us know if the sync still gives you issues after the reset.',
  ],
  [
    // A generic offer (C1), and trouble named with no report-back.
    'Let me know if you have any other questions.',
    'If you have any further queries, let us know.',
    'The sync still gives some users issues.',
  ],
);

signalCases(
  'after a fix, a report-back on trouble with the task the fix was for is a resolution check (R-M3)',
  'confirm-resolution',
  [
    'I moved the licence to your new address. Let me know if you have trouble signing in with it.',
    'Your seat is active again, so please let us know if you have any difficulty accessing the course.',
    'Tell me if you run into problems with the new link.',
  ],
  [
    // "if you have any (more) questions / anything" stays a generic offer (C1).
    'Let me know if you have anything else.',
    'Let us know if you have any more questions about billing.',
    'Please let me know if you need any more help.',
  ],
);

signalCases(
  'a report-back on the negative outcome of a stated fix is a resolution check ("Let me know if not.")',
  'confirm-resolution',
  [
    'You should be able to download the invoice now. Let me know if not.',
    'The coupon is applied to your cart. If not, please let us know!',
    'That ought to clear the warning; tell us otherwise.',
  ],
  [
    // "if not" that is not about the outcome of a fix, and no report-back at all.
    'If not, we can book a later slot.',
    'Whether or not you renew, your files stay available.',
  ],
);
