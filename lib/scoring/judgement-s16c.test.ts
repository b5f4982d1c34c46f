// Session 16 (judgement-c): negative language and empathy by structure. Each block pairs the structure with
// controls that must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  "a verdict on a part of the product or the code is not how the customer's experience feels (E1)",
  'empathy',
  [
    // What the customer went through, judged: still empathy.
    'Waiting a whole week for a reply is awful.',
    'That must be really stressful.',
  ],
  [
    'The documentation for the export module is poor, I will rewrite it.',
    'The old sync API was horrible, so we replaced it in 3.0.',
    'Battery life on the first model is terrible; the second one fixed it.',
  ],
);

signalCases(
  'falling short of expectations is empathy when acknowledged, an apology when regretted (E1, R-X2)',
  'empathy',
  ['We do understand that the repair has not met your expectations.'],
  [
    "We're sorry to read that our service did not meet your expectations.",
    "We regret that your stay didn't live up to your expectations.",
  ],
);

signalCases(
  'nothing of the kind exists: a missing thing named with at most one describing word (N1)',
  'negative-language',
  ["There's no official package for Fedora yet.", 'There is not a definitive list of supported boards.', "There isn't a separate driver for the older card."],
  [
    // What is absent is a charge or a cost: good news.
    "There's no charge for the replacement.",
    'There is no fee at all for the new version.',
    "There's no extra cost for the second license.",
  ],
);
