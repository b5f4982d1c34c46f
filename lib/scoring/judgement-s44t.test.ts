/**
 * Session 44 (judge-t): a STATUS REPORT on this customer's case, order or bug is not teaching; an EXPLANATION of why
 * something happens or how something works is. Sentences written here (none copied from a corpus row).
 *
 * RULINGS T1 counts a cause, or how something works as a reusable rule, and counts out "a bare status report ('fixed
 * now', 'still delayed')" and plain facts of timing. These pin both sides as the scorer reads them now (rules and the
 * learned layer): a one-sentence status report on a parcel, a refund, a fix or a ticket shows no teach, while a
 * how-it-works explanation, a cause of a delay, and a status sentence that also hands the customer a step do. A
 * rule-level status reading was built and measured this session and not kept (it lost kept-aside hits); these
 * guard the behaviours for the next attempt and for the retrain that adds the newer files.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  "a status report on the customer's parcel, order or bug is not teach; a how-it-works explanation and a cause of the delay are (T1)",
  'teach',
  [
    // How it works, as a rule (T1), and a cause of what went wrong.
    'The app saves a draft on the phone first and only sends it to the server when the phone is back online, so a note written in a tunnel shows up on the web a bit later.',
    'Your parcel is held at the depot because the house number is missing from the address, so the driver could not deliver it.',
    // A status sentence with a step for the customer keeps the how-to.
    'Your order has shipped; to follow it, go to Orders > Track in the app.',
  ],
  [
    // Status reports on this customer's case: what state it is in and what will happen to it.
    'Your parcel is at the depot and will go out tomorrow once the van is loaded.',
    'The refund has been processed and should reach your card within three working days.',
    'This was fixed in 2.3 and ships next week, once the release is signed.',
    'Your ticket is still under review with the billing team, and it will be closed once they reply.',
  ],
);
