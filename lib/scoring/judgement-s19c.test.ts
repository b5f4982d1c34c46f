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
