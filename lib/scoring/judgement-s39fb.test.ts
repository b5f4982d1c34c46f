// Session 39 fix (fix-b): the review's findings on readings this session added to ownership and expectation. Sentences
// written for these tests (never corpus rows).
//   3. Courtesy is no ownership (O1: thanks or praise, standing availability, help at a later date; R-C1a: with no
//      problem stated there is nothing to own): thanks for praise answered with "happy to help", "anything else /
//      anytime" before the courtesy. R-C1 (a willingness sentence after
//      the same team's address, on a stated problem) still counts.
//   8. An obligation or plan of the writer's with a time is expectation only when its verb acts on the case (X1): "we
//      have to close the office early tomorrow" and "I have to be honest" are no next event.
//   9. A patch promised through "make sure" is expectation (R-R1); making sure feedback reaches the team that builds a
//      patch promises no change.
//  10. "I've run into / out of …" is no test run (O3): the ownership reading of "I've run …" leaves it out.
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const PRAISE = 'Love the new app, great job everyone!';
const FIXED = 'Thanks so much, the refund arrived and it all works now!';
const PROBLEM = 'My invoice shows the wrong VAT number and your team has not answered in a week.';

describe('courtesy after thanks, praise or a closed case is no ownership (O1, R-C1a)', () => {
  it.each([
    ['Thanks for the kind words! We\'re really happy to help.', PRAISE],
    ['Thank you for the lovely review. We are always so glad to help.', PRAISE],
    ['Glad it\'s sorted! If anything else comes up, feel free to contact us anytime. We\'ll be happy to help.', FIXED],
    ['Great to hear it works. Reach out any time you need us, we will be glad to assist.', FIXED],
  ])('is not ownership: %j', (text, customer) => {
    expect(shows('ownership', text, customer)).toBe(false);
  });
});

describe('willingness on a stated problem still counts (O1, R-C1)', () => {
  it.each([
    'Please write to our billing desk with the invoice number. We will be happy to assist you.',
    "We're really happy to help you correct the VAT number.",
    "I'd be glad to fix the invoice layout for you today.",
  ])('is ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(true);
  });
});

describe('an obligation with a time is expectation only when it acts on the case (X1)', () => {
  it.each([
    'We have to close the office early tomorrow for the holiday.',
    "I have to be honest, tomorrow's update won't include this.",
  ])('is not expectation: %j', (text) => {
    expect(shows('expectation', text, PROBLEM)).toBe(false);
  });
  it.each([
    'I need to talk with the billing team tomorrow about your invoice.',
    'We have to check the VAT records on Monday, then I will write back.',
    'We plan on doing a sweep of the invoice templates next week.',
  ])('is expectation: %j', (text) => {
    expect(shows('expectation', text, PROBLEM)).toBe(true);
  });
});

describe('"make sure" reaches a patch only for us or you (R-R1)', () => {
  it('forwarding feedback to the team that builds a patch is not expectation', () => {
    expect(shows('expectation', "I'll make sure your feedback reaches the team that builds the patch.", PROBLEM)).toBe(false);
  });
  it.each(["I'll make sure we get a patch for this.", 'I will make sure you get the fix.'])('is expectation: %j', (text) => {
    expect(shows('expectation', text, PROBLEM)).toBe(true);
  });
});

describe('"I\'ve run into / out of" is no test run (O3)', () => {
  it.each([
    "I've run out of ideas on this one, sorry.",
    'I have run into the same problem on my own laptop.',
    'I had run short of time before the call.',
  ])('is not ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(false);
  });
  it.each(['I have run the installer on a clean machine.', "I've run your script against the 5.10 kernel."])('is ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(true);
  });
});
