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
