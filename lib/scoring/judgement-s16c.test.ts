// Session 16 (judgement-c): negative language and empathy by structure. Each block pairs the structure with
// controls that must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a regret word before what a step or a delivery did not do reports the problem, it refuses nothing (N1)',
  'negative-language',
  [
    // Refusals and limits keep their own verbs.
    "Unfortunately the refund wasn't approved by the bank.",
    "Sadly we can't exchange opened items.",
    "I'm afraid that plan doesn't include phone support.",
  ],
  [
    "Unfortunately the last update didn't fix the freeze on your tablet, so I've sent you a test build.",
    "I'm afraid the new cable didn't help either; let's try the other port.",
    'Sadly the courier never delivered it on Monday, but it is back on the van today.',
    "Unfortunately your payment wasn't processed the first time, so I've run it again.",
  ],
);

signalCases(
  'a limitation denied is no limitation (N1)',
  'negative-language',
  ['This is a known limitation of the free plan.'],
  ["That's not a limitation of your plan, it's a bug and we're fixing it."],
);

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
