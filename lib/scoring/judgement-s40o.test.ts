// Session 40 (judge-o): ownership and confirm-resolution. Sentences written for these tests (never corpus rows).
//   A1. Courtesy is scoped to its own words (O1, R-C1a): the sentence that thanks for kind words, and a bare "happy to
//       help" right after it or after "anything else / anytime", are no ownership; a willingness sentence on the
//       customer's stated problem elsewhere in the same reply still is (O1, R-C1).
//   A2. The writer's own trial is a promise, not a check asked of the customer (C1): one list (`&cr-self-trial`) for
//       confirm-resolution and confirm-resolution-try, so "I'll retry it on my board to see if it helps" asks nothing.
//   B1. A company "we" releasing something new, or product things named before their subject ("modes which we will
//       release"), is work for every customer (R-U5 general improvement talk, O1): the `everyone` clause reading; a
//       release that names the fix or the customer's thing stays a step on the case.
//   B2. A need or ability the writer hedges ("maybe we need to …") or doubts ("I'm not sure we can …") is musing, no
//       promise on the case (O1; S35's hedged-ability except widened).
import { describe, expect, it } from 'vitest';
import { shows } from './test/signal-cases';

const PRAISE = 'Love the new app, great job everyone!';
const PROBLEM = 'My invoice shows the wrong VAT number and your team has not answered in a week.';

describe('A1: courtesy after thanks for kind words is scoped to its own words (O1, R-C1a)', () => {
  it.each([
    'Thanks so much for the kind feedback! We are really glad to help.',
    'Thank you for the lovely message, we are happy to assist.',
    'If you need anything else, reach out anytime. We will be happy to help you.',
  ])('is not ownership: %j', (text) => {
    expect(shows('ownership', text, PRAISE)).toBe(false);
  });
  it.each([
    "Thanks for the kind words. I'm really happy to help you sort out the VAT number.",
    'Thanks so much for the lovely review! We would be glad to help with the missing refund you mention.',
  ])('an offer on the problem in another sentence is ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(true);
  });
});

describe("A2: the writer's own trial is no check asked of the customer (C1)", () => {
  it.each([
    'We can try the 2 attached patches on our rig first.',
    "I'm going to test the 4 proposed changes tonight.",
    'I will retry it on my own board tomorrow to see if it helps.',
  ])('is not confirm-resolution: %j', (text) => {
    expect(shows('confirm-resolution', text, PROBLEM)).toBe(false);
  });
  it.each([
    'Please retry it with the new firmware to see if it helps.',
    'Please test the 3 patches on your board.',
  ])('a step asked of the customer still is: %j', (text) => {
    expect(shows('confirm-resolution', text, PROBLEM)).toBe(true);
  });
});

describe('B1: new releases and product things for every customer are no ownership (R-U5, O1)', () => {
  it.each([
    "Hi, it's worth checking each new version as we are still building fun modes which we will release until the game leaves beta.",
    'Hello, do look at each build, as we are still making extra maps that we will release until the full launch.',
    'Hey, the app has no theme editor yet, but we are going to release new Themebuilder to help to style the store.',
  ])('is not ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(false);
  });
  it.each([
    'Hi, the game has no map editor yet, but we are going to release a new build with the fix for your crash.',
    "We'll release the refund to you on Monday.",
  ])('a release on the case still is: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(true);
  });
});

describe('B2: a hedged need or a doubted ability is no promise (O1)', () => {
  it.each([
    'Maybe we need to update the manual to clear that up.',
    "I'm not sure we can change the default now.",
    'I doubt we could ship that change before the freeze.',
    'Perhaps we need to fix the wording in the FAQ.',
  ])('is not ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(false);
  });
  it.each(["I'm sure we can replace the charger for you.", 'We need to update your billing address today.'])('is ownership: %j', (text) => {
    expect(shows('ownership', text, PROBLEM)).toBe(true);
  });
});
