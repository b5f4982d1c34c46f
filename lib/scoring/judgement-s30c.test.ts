// Session 30 (judge-c): ownership and expectation read who acts, for whom, and whether as a rule or once. A company
// "we" stating its policy, a process the customer's own step sets off, a habit of the team and a promise that waits
// on how a suggested step turns out are no commitment on this customer's case; the commitments themselves still count.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const has = (reply: string, signal: string) => scorer.score(reply).signals[signal] === true;

describe('a billing or service rule tied to usage crossing a limit is policy (R-HS1, O1)', () => {
  it.each([
    'Once you exceed the plan limit, we will apply an add-on pack to your account.',
    "We'll notify you by email when your usage exceeds the quota.",
    'If you run out of build minutes, we will charge you for another block.',
  ])('%s is neither ownership nor expectation', (text) => {
    expect(has(text, 'ownership')).toBe(false);
    expect(has(text, 'expectation')).toBe(false);
  });

  it("the customer's own next charge, and a credit promised to him, still count", () => {
    expect(has('The servers you deployed in December will be charged on January 1st.', 'expectation')).toBe(true);
    expect(has("We'll credit your account for the downtime.", 'ownership')).toBe(true);
  });
});

describe("a process set off by the customer's own step is how it works, not a promised event (X1)", () => {
  it.each([
    'You will receive an email once you place the order.',
    'Once verified, a one-time code will be sent to your registered phone number.',
    "After you submit the form, you'll get a confirmation email.",
  ])('%s is no expectation', (text) => {
    expect(has(text, 'expectation')).toBe(false);
  });

  it("the team's next contact after the customer's step stays (R-C2), and so does a plain next event", () => {
    expect(has('Please fill in the form and we will reach out to you via email.', 'expectation')).toBe(true);
    expect(has("You'll receive an email with the new password link.", 'expectation')).toBe(true);
    expect(has('Your refund will be credited to your card within 5 days.', 'expectation')).toBe(true);
  });
});

describe('a rule of the service and a schedule stated for every case are no next event (X1, R-HS1)', () => {
  it.each([
    'Once a transfer goes through, it is final.',
    'Name changes are processed within 24 hours of the report.',
    'Appeals are usually reviewed within a few days.',
    'DNS changes can take up to 48 hours to propagate.',
    'Your job will be killed after 12 hours of wall time.',
    'If you add servers at the end of the month, you will only have a little transfer to work with.',
  ])('%s is no expectation', (text) => {
    expect(has(text, 'expectation')).toBe(false);
  });

  it("the same timing said of the customer's own item still answers him", () => {
    expect(has('Your gift code is usually sent within 24 hours to your verified email.', 'expectation')).toBe(true);
    expect(has('Your suspension will end on Friday.', 'expectation')).toBe(true);
    expect(has("Sorry for the wait, we can take a look and we'll get back to you within 24 hours.", 'expectation')).toBe(true);
  });
});

describe('a habit of the team or an act on every case of a kind is no step on this case (R-U5, O1)', () => {
  it.each([
    "We're working on improving the search all the time.",
    'Our team will investigate every report that we receive.',
  ])('%s is no ownership', (text) => {
    expect(has(text, 'ownership')).toBe(false);
  });

  it('work on this case stays', () => {
    expect(has("We're working on your refund right now.", 'ownership')).toBe(true);
    expect(has('Our team will investigate your report today.', 'ownership')).toBe(true);
  });
});

describe('a verb that only introduces what the customer is told is talk, not action (O1)', () => {
  it.each([
    "I'll flag for you that the only cost you can't cap is bandwidth.",
    'Allow us to share that the prices follow demand.',
  ])('%s is no ownership', (text) => {
    expect(has(text, 'ownership')).toBe(false);
  });

  it('passing the report on stays (O2)', () => {
    expect(has("I'll share that with the design team.", 'ownership')).toBe(true);
    expect(has('Let me note that down for the team.', 'ownership')).toBe(true);
  });
});

describe('a promise that waits on how the suggested step turns out is not yet taken on (O1)', () => {
  it.each([
    'If that fixes it, we will need to add a check to the installer.',
  ])('%s is no ownership', (text) => {
    expect(has(text, 'ownership')).toBe(false);
  });

  it("the customer's step to us, and a plan for the fault that persists, stay", () => {
    expect(has("If you send me the logs, I'll take a look.", 'ownership')).toBe(true);
    expect(has("If it still fails after the update, I'll escalate it to our engineers.", 'ownership')).toBe(true);
    // Session 30 review: "If not" after a suggested step is the same plan for the fault that persists.
    expect(has("Try a restart. If not, I'll escalate it to engineering.", 'ownership')).toBe(true);
  });
});

describe('misses: commitments in shapes the rules lacked', () => {
  it('a second verb in the future progressive keeps the first-person subject (O1)', () => {
    expect(has('We appreciate the report and will be investigating it with our datacenter.', 'ownership')).toBe(true);
  });

  it('a test or change on the case with the subject left out is an action done (O3); an imperative is not', () => {
    expect(has('Tested it on a clean install and the export works.', 'ownership')).toBe(true);
    expect(has('Extended your trial by a week.', 'ownership')).toBe(true);
    expect(has('Reset the router and try again.', 'ownership')).toBe(false);
    expect(has('Tried restarting?', 'ownership')).toBe(false);
  });

  it('"in a short while" is "shortly" with a promise in the sentence', () => {
    expect(has("I'll be back in a short while with the full answer.", 'expectation')).toBe(true);
    expect(has('In a short time the page reloads itself.', 'expectation')).toBe(false);
  });
});

describe('work on an incident for every customer, or on a public page, is not this case (O3)', () => {
  it.each([
    'We have credited all affected accounts.',
    "We've notified everyone affected by the maintenance.",
    'We have updated our status page with the details of the outage.',
  ])('%s is no ownership', (text) => {
    expect(has(text, 'ownership')).toBe(false);
  });

  it("the same acts on the customer's own account stay", () => {
    expect(has('We have credited your account for the downtime.', 'ownership')).toBe(true);
    expect(has("I've checked all the logs you sent.", 'ownership')).toBe(true);
  });
});
