// Session 19 (judge-c): negative language, expectation and ownership by structure. Each block pairs the structure
// with controls that must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a closing still to come on a condition closes nothing yet (corpus-extra R-I3, R-I1)',
  'negative-language',
  ["I'm closing this as it's not a bug.", 'Closing this ticket, the feature is out of scope.'],
  [
    'We will close this ticket in 48 hours if the logs are not attached.',
    "We'll close the case in a week unless you tell us it still happens.",
  ],
);

signalCases(
  'a verification form so the support goes on in this ticket is a step beside it, not a redirect (R-I2)',
  'negative-language',
  ['Please fill in the contact form on our website.', 'Please submit the support form and our billing team will reply there.'],
  ['Please complete this short form with your licence key to continue with the support here.'],
);

signalCases(
  "the customer's own mailbox, a code branch and a Q&A site's accept-answer ritual send the customer nowhere (N1, R-X1)",
  'negative-language',
  ['Please visit your local branch with your ID.', 'Please contact your bank about the charge.'],
  [
    'Add our address to your contacts so the receipts reach your inbox.',
    'Could you test the fix on the stable branch and tell me how it goes?',
    "The site only lets you accept answers from others, so I've posted your fix as an answer.",
  ],
);

signalCases(
  'a regret about what went wrong, a past or chosen visit, a feature not available by structure (N1)',
  'negative-language',
  [
    'Unfortunately we cannot refund gift cards.',
    "The app isn't available in your country yet.",
    'Sadly that plan is currently not available to new customers.',
  ],
  [
    'Unfortunately your first visit did not live up to what we promise.',
    "Sadly this isn't the level of care we want every guest to get.",
    'Thanks for stopping by our bakery on Saturday!',
    'Next time you visit the shop, say hello to Priya at the counter.',
    'Multipath needs extra routes not available with a single uplink, so I added one for you.',
  ],
);

signalCases(
  'a report closed for want of an answer or to be reopened, put in another component, or blocked by a rule (N1, R-I3, R-R2, R-K1)',
  'negative-language',
  [
    'Closing due to inactivity.',
    'Please attach the invoice and reopen the ticket.',
    'We will reopen the ticket once the licence is verified.',
    'I think this belongs to the network stack instead of the driver.',
    'There is nothing the firmware can do about it.',
    'Card top-ups are restricted as per the new banking guidelines.',
  ],
  [
    'We will close this ticket in 3 days if we get no update, just reopen the ticket once you have the logs.',
    'Feel free to reopen the issue if it happens again.',
    "There's nothing you need to do about it, the refund is on its way.",
  ],
);

signalCases(
  'a condition for something to happen, a status done by someone else, a fault with its cause first, the app store to rate in (N1)',
  'negative-language',
  [
    'Filters will only work on one column.',
    'This would be handled by your bank.',
    'Your refund cannot be processed.',
    'Please go to the play store for a refund.',
  ],
  [
    'The badge will only show once your account is verified.',
    'Your refund has already been processed by the bank.',
    'Due to a server outage, the transfer could not be completed, the amount will be reversed today.',
    'Kindly go to the play store and update the app.',
    'Duplicate of #482',
  ],
);
