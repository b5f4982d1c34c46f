// Session 41 (judge-o): ownership by structure. Sentences written for these tests (never corpus rows).
//   1. The perfect with the verb's base form, as agents writing in a second language put it ("We have assign it"), is the
//      action reported as done (O3); a noun after "have" ("we have support for X") is no verb.
//   2. "The" team of the writer's company doing a step of work on the case ("the devs will look into it", "the team is
//      looking into it") is ownership like "our team" (O1); "the team will reach out" after a form is a contact (R-C2).
//   3. A team of ours reporting work done ("our engineers have fixed the fault on your line") (O3).
//   4. The progressive after "and" ("found the cause and are working on a fix") (O1).
//   5. Time asked for a step ("Give me a moment to check", "bear with me while I check") (O1).
//   6. The cause tracked down ("I found the bug"), "made the change", "had a look at", a verbless "Fixed, thanks!" (O3, R-D2).
//   7. The case at a step of our handling in the passive: handed over, under review, a ticket raised, put on our list (O2);
//      only in a condition it reports nothing.
//   8. The case taken up with a third party, told to a colleague, checked with the team before replying (O2, O1).
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const PROBLEM = 'The card reader you sent me stopped pairing after the update and I cannot take payments.';

const own = (text: string) => expect(shows('ownership', text, PROBLEM)).toBe(true);
const notOwn = (text: string) => expect(shows('ownership', text, PROBLEM)).toBe(false);

describe('1: the perfect with a base-form verb is an action done (O3)', () => {
  it.each([
    'Hello, we have assign your case to our pairing expert.',
    'I have check the reader logs and the firmware looks fine.',
    'We have test it on our bench unit and it pairs.',
  ])('ownership: %j', own);
  it.each(['We have support for that reader in version 3.', 'I have test results from another model, not yours.'])('not ownership: %j', notOwn);
});

describe('2: "the" team of ours doing a step of work (O1); a contact after a form is not (R-C2)', () => {
  it.each(['Thanks for flagging it! The devs will look into the pairing bug.', 'The team is looking into the reader right now.'])(
    'ownership: %j',
    own,
  );
  it.each(['Please write to help@example.com and the team will reach out to you.'])('not ownership: %j', notOwn);
});

describe('3: a team of ours reporting work done (O3)', () => {
  it.each(['Our engineers have fixed the pairing fault on your reader.'])('ownership: %j', own);
  it.each(['Our team has been busy this month.'])('not ownership: %j', notOwn);
});

describe('4: the progressive after "and" (O1)', () => {
  it.each(['We have traced the cause and are working on a fix for your reader.'])('ownership: %j', own);
  it.each(['We understand and are sorry.'])('not ownership: %j', notOwn);
});

describe('5: time asked for a step on the case (O1)', () => {
  it.each(['Give me a moment to check your order.', 'Please bear with me while I check the pairing logs.'])('ownership: %j', own);
});

describe('6: the cause found, the change made, a look had, a verbless fix (O3, R-D2)', () => {
  it.each([
    'I found the bug: the update reset the pairing key.',
    "I've made the change on your account.",
    'I had a look at your logs and the key was reset.',
    'Fixed, thanks!',
  ])('ownership: %j', own);
  it.each(['Fixed in 2.3.', 'I found your order in our system.', 'I spent a lot of money on this reader.'])('not ownership: %j', notOwn);
});

describe('7: the case at a step of our handling, in the passive (O2); a condition reports nothing', () => {
  it.each([
    'Your case has been assigned to a specialist.',
    'Your request is being processed.',
    'A ticket has been raised for your issue.',
    'Your suggestion has been added to our list.',
  ])('ownership: %j', own);
  it.each(['If the ticket has been raised already, please share its number.', 'Your order has been delivered.'])('not ownership: %j', notOwn);
});

describe('8: taken up with a third party, told to a colleague, checked with the team (O2, O1)', () => {
  it.each(["We're taking this up with the courier.", "I've told the devs about the pairing bug.", 'I will confirm with the team and revert.'])(
    'ownership: %j',
    own,
  );
  it.each(['You can take it up with your bank.', 'Please tell your manager.'])('not ownership: %j', notOwn);
});
