// Session 20 (judge-c): negative language, ownership and expectation by structure. Each block pairs the structure
// with controls that must keep their verdict. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { analyse } from './text';
import { signalCases } from './test/signal-cases';

signalCases(
  'blame or regret about a step the customer did not take sends them nowhere (N1: a redirect sends to another channel)',
  'negative-language',
  [
    'Please contact your bank about the charge.',
    'You should have contacted us before. We cannot refund it now.',
    'You should have written in earlier, but please call our billing line on 0800 123 4567 now.',
  ],
  [
    'You should have contacted us before cancelling the order.',
    'You should have emailed billing@example.com before the trial ended.',
    'If you had called your bank first, the charge would have been stopped.',
    'You could have reached out to us through the in-app chat before paying twice.',
  ],
);

signalCases(
  'closing a resolved report, or the customer invited to close it, is no closing of an unresolved report (N1)',
  'negative-language',
  ["I'm closing this issue, it's not a bug.", 'Closing this as there is nothing we can do here.'],
  [
    "I'm closing this as fixed in 4.2.",
    'Closing the ticket since the replacement was delivered.',
    'Closing this, the patch landed in the nightly build.',
    'Feel free to close the issue if that sorted it.',
  ],
);

signalCases(
  'asking the customer to reopen says the report was closed, whatever the wording; a reopen only if it comes back was resolved (R-I3)',
  'negative-language',
  [
    'Please reopen this ticket once you have the order number.',
    'Feel free to reopen it with the screenshot attached.',
    'Please send the licence key and reopen the case.',
  ],
  [
    'You can reopen this ticket if you still see the warning after the update.',
    'Feel free to reopen if needed.',
    'If the sync is still failing tomorrow, please reopen the ticket.',
    'Save the settings, then close the dialog and reopen it to see the change.',
  ],
);

const footerReply = (footer: string): string =>
  `Hi Maya,\n\nI've moved your licence to the new address, it's active now.\n\nBest regards,\nTom\n\n${footer}`;

signalCases(
  'a standing footer under the signature is not the agent sending this customer elsewhere; the same words in the reply are',
  'negative-language',
  [
    'Hi Maya,\n\nI cannot change the invoice. Contact our billing team at billing@example.com.\n\nBest regards,\nTom',
    'Hi Maya,\n\nThe licence is moved.\n\nBest regards,\nTom\n\nP.S. We cannot refund the old seat, sorry.',
  ],
  [
    footerReply('Contact our billing team at billing@example.com for invoices and receipts.'),
    footerReply('For sales questions please call our sales line on 0800 765 4321.'),
  ],
);

describe('TextView.footer: the block under the signature', () => {
  it('starts at the footer line and runs to the end', () => {
    const text = footerReply('Contact our billing team at billing@example.com for invoices.');
    const view = analyse(text);
    expect(view.footer).toBeDefined();
    expect(text.slice(view.footer!.start, view.footer!.end)).toBe('Contact our billing team at billing@example.com for invoices.');
  });
  it('a P.S. or a reply with no signature has none', () => {
    expect(analyse('Hi Maya,\n\nDone.\n\nBest regards,\nTom\n\nP.S. The old seat is refunded too.').footer).toBeUndefined();
    expect(analyse('Hi Maya, contact billing@example.com for invoices.').footer).toBeUndefined();
  });
});

signalCases(
  '"for now", "can now", examining it now and a hedged time are no next event (X1, LABELING: hedged)',
  'expectation',
  ["I'll process the refund for you now.", "I'm emailing the new invoice now.", "I'll have the patch out tomorrow."],
  [
    "We're looking into the crash now.",
    "I'll log this as a feature request for now.",
    'If the vendor updates it, we can now test it.',
    'We hope to have good news for you soon.',
    'Hopefully the parcel will reach you tomorrow.',
  ],
);

signalCases(
  'a contact only if something turns out is a condition, not a next event (X1)',
  'expectation',
  ["We'll let you know as soon as the fix is out.", "I'll update you once the bank confirms the reversal.", "I'll let you know whether the patch worked."],
  ["We'll let you know if we find the cause.", 'We will get back to you if the logs show anything.'],
);
