// Session 22 (judge-d): expectation, confirm_resolution and empathy by structure. Each block pairs the structure
// with near misses that must keep their verdict. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

signalCases(
  'a first-person promise of a named change is the next event itself, no clock needed (R-R1, X1)',
  'expectation',
  [
    'Good catch, I will correct the typo in the install guide.',
    "I'm going to revert the commit that broke the importer.",
    'The legacy toggle went missing in 4.0; we will bring it back.',
    'I will send a follow-up patch with the missing check.',
    "We'll have the broken download link fixed.",
    'We will be releasing a hotfix that covers the login loop.',
    'We will add the dark theme in a future release.',
  ],
  [
    "I'll look into the importer.",
    "I'll probably drop that option.",
    'If I can reproduce the freeze I will fix it.',
    "We'll get the issue resolved as soon as possible.",
    "We'll get this corrected for you.",
    "I'll try to fix the importer.",
    'Will you revert the commit?',
    'First we will remove the old folder, then reinstall.',
    "We won't fix it in the 2.x branch.",
  ],
);

signalCases(
  'a span already spent, or a span as a rate, is no next event (X1); a span ahead still is',
  'expectation',
  ["I'll ring you back in about 20 minutes.", 'Please allow about two hours for the change to show.'],
  [
    'I played with the demo for about ten minutes and saw no stutter.',
    'We ran the import for around three hours without a failure.',
    'Plan to spend about 2 hours a day on the course.',
  ],
);

signalCases(
  'a hedge before a version number hedges the date after it (LABELING "hopefully asap")',
  'expectation',
  ['Version 3.2 will ship next week.'],
  ['Hopefully 3.2 will ship next week.', 'Hopefully 2.8.1 stable will be out later this week.'],
);

signalCases(
  "the customer's fault checked against a fix handed over is a resolution check (C1, R-F2); the helper's own test is not",
  'confirm-resolution',
  [
    'Please help to verify your issue with this patch.',
    'Could you test the crash with the new firmware?',
    'Please retest your case with the fixed driver.',
  ],
  ['We tested it with the new firmware.', 'I will test it with the new kernel.', 'Check the log with this command.'],
);

describe('expectation-when-open: an escalation told with an adverb, in the simple past or in the passive leaves the case open', () => {
  const scorer = createScorer();
  const open = (t: string) => scorer.score(t).findings.some((f) => f.ruleId === 'expectation-when-open');
  it.each([
    'I have increased the limit. I have also passed this on to billing.',
    'I have reset the router. I also escalated the fault to our engineers.',
    'I have reset the router. It has been escalated to our engineers.',
  ])('asks when they hear back: %j', (t) => expect(open(t)).toBe(true));
  it.each([
    'I have reset the router. It has been escalated to our engineers and I will update you by 5 pm.',
    'Your order has been forwarded to the courier.',
    'I have also reset the router.',
  ])('does not: %j', (t) => expect(open(t)).toBe(false));
});
