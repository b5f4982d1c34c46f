/**
 * Session 37 review fixes (fix-c): readings added this session that were too broad.
 *
 * Rulings applied (shared/corpus/RULINGS.md, LABELING.md, corpus-extra/README.md):
 * - R-R2 / O2: a colleague copied in "(+CC Name)" is ownership; a price note "(+VAT)", "(+tax)" names no one (the bare
 *   "(+Name)" form is dropped: the pattern cannot tell a name from a price note).
 * - O2 / R-M2: the report noted on our to-do list is logging it; "it isn't on our to-do list" is a refusal.
 * - R-U5 / O1: the reported fault being worked on is ownership only when no other party is named as doing it.
 * - C1: confirm resolution asks the customer to try the fix and say whether it works; asking for an account number
 *   is a request for information.
 * - P1: any name the agent greets the customer by counts; a game title ("Hi Guardian,") does not, but a word that is
 *   also a common surname ("Hi Knight,") names the customer.
 * All sentences are written for this test, not taken from a data row.
 */
import { describe, expect, it } from 'vitest';
import { shows, signalCases } from './test/signal-cases';

signalCases(
  'a colleague in brackets, not a price note (R-R2)',
  'ownership',
  ['Not sure why this regressed (+CC Lukasz).', 'Looping the driver folks in (+cc Perry).', 'Adding a note here (cc: Anna).'],
  [
    'Your plan is $12 per month (+VAT). Let me know if anything else comes up.',
    'The total is $40 (+tax) and arrives Monday.',
    'The adapter costs 15 EUR (+shipping).',
  ],
);

signalCases(
  'our to-do list, not a refusal (O2, R-M2)',
  'ownership',
  ['Good idea, that is on our to-do list now.'],
  [
    "This isn't on our to-do list right now, sorry. It is not planned.",
    'That is not on our todo list at the moment.',
    'This will never be on our to-do list.',
  ],
);

signalCases(
  'the fault being worked on by us, not by another party (R-U5, O1)',
  'ownership',
  ['The crash you reported is being worked on by our firmware team.', 'The issue you reported is being worked on right now.'],
  ['The issue you reported is being worked on by the GNOME developers upstream, not by us.', 'That bug is being fixed by the vendor.'],
);

signalCases(
  'a trial of the fix asked as a favour, not a request for details (C1)',
  'confirm-resolution',
  ["I'd appreciate it if you could give this a try and tell me how it goes.", 'We would be grateful if you could test the new build.'],
  ["I'd appreciate it if you could give us your account number so I can find the order."],
);

describe('personalization: a surname that is also a game title (P1)', () => {
  it('names the customer in "Hi Knight,"', () => {
    expect(shows('personalization', 'Hi Knight,\n\nYour refund is on its way.')).toBe(true);
  });
  it('still reads "Hi Guardian," as a game title', () => {
    expect(shows('personalization', 'Hi Guardian, the servers are back.')).toBe(false);
  });
});
