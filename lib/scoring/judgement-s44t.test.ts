/**
 * Session 44 (judge-t): a STATUS REPORT on this customer's case, order or bug is not teaching; an EXPLANATION of why
 * something happens or how something works is. Sentences written here (none copied from a corpus row).
 *
 * RULINGS T1 counts a cause or how something works as a reusable rule, and counts out "a bare status report ('fixed
 * now', 'still delayed')" and plain facts of timing. teach-reading.ts isStatusReport reads a sentence whose subject is
 * the customer's case thing (an order, a parcel, a refund, a ticket, a bug, a fix …) or a clause-opening pronoun, and
 * whose predicate is a state ("is at the depot", "is still under review"), a progress participle ("has been processed",
 * "was merged") or a future progress verb ("will go out tomorrow", "ships next week"): the teach rules skip their
 * matches there (`status` reading) and the learned layer sees it as the shape `s:status`. Edges: a cause in the sentence
 * ("held because the address is incomplete") or a step for the customer ("once you restart the app", "to track it, go
 * to …") keeps the match.
 */
import { describe, expect, it } from 'vitest';
import { isStatusReport } from './teach-reading';
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

describe('isStatusReport (teach-reading.ts): the sentence shapes on either side of the line', () => {
  it('reads states, progress and future progress of the case as a status report', () => {
    for (const s of [
      'Your replacement is on its way.',
      'The patch was merged yesterday.',
      'It should arrive on Monday.',
      'Your booking is confirmed for the 12th.',
    ])
      expect(isStatusReport(s), s).toBe(true);
  });

  it('does not read a cause, a step for the customer, a condition on what they do or a general rule as one', () => {
    for (const s of [
      'The payment was declined because the postcode did not match the card.',
      'The update is applied once you restart the app.',
      'The problem was fixed by clearing the cache on the router.',
      'Edits are kept on the phone until it is online again.',
      'Orders placed after 2pm go out the next day.',
    ])
      expect(isStatusReport(s), s).toBe(false);
  });
});

// A step that only gets us its output posts it back to us (RULINGS T2: "how-tos that only help the customer send the
// agent information"): "post" and "paste" need no receiver in a thread or a chat. A step that names what it does for
// the customer (rebuilds the index) still teaches.
signalCases(
  'running a command only to post or paste its output back to us is gathering, not a how-to (T2)',
  'teach',
  ['Run the command `acmectl repair` on your box to rebuild the search index.'],
  ['Run the command `acmectl status` on your box and post the response.'],
);
