// Session 21 (judge-d): expectation and empathy by structure. Each block pairs the structure with controls that
// must keep their verdict. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';
import type { Report } from './types';

const scorer = createScorer();
const openNote = (r: Report) => r.findings.some((f) => f.ruleId === 'expectation-when-open');

signalCases(
  'a hedge anywhere in the sentence makes its time no promise (LABELING "hopefully asap"), however far from the time',
  'expectation',
  ["I'll call you tomorrow.", 'The new build will be going out later this week.', 'We will have it fixed by Friday.'],
  [
    'Hopefully the new build will be going out later this week.',
    'We hope to have it fixed by Friday.',
    'Maybe the courier will come by on Monday.',
    'With any luck the corrected statement will reach you within 3 days.',
  ],
);

signalCases(
  'a time told of what already happened, after a past auxiliary, is no next event (X1); a future beside it still is',
  'expectation',
  ['The replacement was dispatched today and will arrive by Monday.', 'The order shipped on the 3rd and will be with you on the 9th.'],
  [
    'Our mail server was having trouble on Friday, so the links went out late.',
    'It took about two days to arrive last time.',
    'The parcel was handed to the courier on the 12th.',
  ],
);

describe('an escalation beside a change already made is still open (the session 20 review)', () => {
  it.each([
    "I've increased the limit and escalated it to billing.",
    'We have reset the router, then passed the case on to our engineers.',
    "I've unlocked your account and raised the lockout with the security team.",
  ])('%s — the "still open" note asks when they will hear back', (draft) => {
    expect(openNote(scorer.score(draft))).toBe(true);
  });

  it.each([
    "I've increased the limit and escalated it to billing. You'll hear from them by Friday.",
    "I've increased the limit to 50 GB.",
    "I've raised the session timeout to 8 hours.",
  ])('%s — no note (a time is given, or the change is done and nothing was handed on)', (draft) => {
    expect(openNote(scorer.score(draft))).toBe(false);
  });
});

signalCases(
  'a next contact or event without a clock, in shapes the pack missed: after "let me", a notice tied to its event, the reply place as object, a wait asked for, a slot booked ahead, "in next 2 weeks" (X1)',
  'expectation',
  [
    'Let me check with the warehouse and get back to you.',
    "We'll notify you when the model is back in stock.",
    "I'll ping you once the patch is merged.",
    'We will update this ticket.',
    'Please wait for 48 hours.',
    "I've scheduled the callback for 10 am tomorrow.",
    'We are going to ship the new firmware in next 2 weeks.',
    'Please anticipate contact from our billing specialist.',
  ],
  [
    'We will notify you if there are any changes.',
    'Let me check with the warehouse.',
    'You did not wait 3 weeks, we pay every 2 weeks.',
    'The meeting was scheduled for last Monday.',
    'This will be fixed in a future version, maybe.',
  ],
);

signalCases(
  'validations without a feeling word of ours: the feeling judged as justified, time or effort acknowledged, a burden they should not have had, a sorry about a feeling we caused (E1)',
  'empathy',
  [
    "You're absolutely right to be annoyed.",
    'You have every right to be upset about this.',
    'Your frustration is completely understandable.',
    "No wonder you're fed up.",
    "I know you've spent hours on this already.",
    'This has taken up so much of your time.',
    "You shouldn't have had to call us three times.",
    "That's not the kind of service you deserve.",
    "I'm sorry if this caused you any stress.",
    "That's a really long time to wait for a refund.",
  ],
  [
    'Sorry to bother you, could you send the invoice number?',
    "You shouldn't have to restart the router, the update does it for you.",
    'I see you tried restarting already.',
    "We're sorry we let you down.",
    'Sorry for the hassle this has caused.',
    'You have every right to cancel within 14 days.',
  ],
);

signalCases(
  'understanding what our own rule is defends the rule and acknowledges no feeling (E1); understanding the customer still does',
  'empathy',
  ['I understand how frustrating this policy must be for you.', 'I understand why you are upset about the fee.'],
  ['We understand that our refund policy may not suit everyone.', 'I understand the terms can seem strict, but the fee applies after 30 days.'],
);
