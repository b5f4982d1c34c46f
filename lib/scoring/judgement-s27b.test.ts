/**
 * Session 27 (judge-b), negative language and condescension.
 * 1. A check's finding reported in the negative read as a limit: "Unfortunately the logs don't show anything
 *    unusual" warned as negative language, though it reports what a look at the case found and refuses or limits
 *    nothing (RULINGS N1; O3 calls such a look-up a finding). A negated finding verb (show, find, see, indicate,
 *    contain, turn up, reveal, detect, pick up…) with a fault word as its object (any error, an obvious fault, no
 *    outage), "anything"/"nothing" with what is off or the place looked in ("anything unusual in the logs"), or
 *    "there is no error in the crash report", is now a finding (*nl-except; word classes nl-find, nl-found,
 *    nl-found-adj, nl-neg-aux, nl-off, nl-source), whatever the subject (the logs, our tests, the trace, I).
 *    A limit stays: nothing found but something refused ("we can't show you the logs", "I don't see a way to do
 *    that", "I don't see anything in our policy that allows it"), and a refusal elsewhere in the same sentence.
 * 2. "Pull in" read as "take out": "both frameworks will be pulled in by the app anyway", "the fix was pulled into the
 *    stable branch" warned as a feature removed; to pull in is to bring in (negative-limit except). "The export option
 *    was pulled in version 3" (a release after "in") and "pulled from the app" still warn.
 * 3. Condescension, talking down said in words the rules lacked: the same thing said again, said so ("as mentioned
 *    before", "as stated previously", "I'll say it again", "how many times do I have to explain"), blame for what the
 *    customer did not bother to do ("if you had bothered to read", "you could have just asked", "do your own
 *    research"), and "it is plain to see" ("the message is self-explanatory", "it should be obvious", "the page
 *    literally says", "use some common sense", "how hard can it be?"). A reference inside the reply ("as mentioned
 *    above"), a recap that says where ("as I mentioned in my email yesterday"), a repetition the agent owns ("let me
 *    say this again, because I was unclear"), and what will be plain after our fix are not talking down.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const negative = (reply: string) => scorer.score(reply).signals['negative-language'] === true;
const condescending = (reply: string) => scorer.score(reply).signals.condescension === true;

describe("negative language: what a check found (or didn't) is a finding, not a limit", () => {
  it.each([
    "Unfortunately the logs don't show anything unusual.",
    "Unfortunately our tests didn't find any problem with your account.",
    'Unfortunately the trace does not indicate an error.',
    "Unfortunately I don't see any errors in the logs.",
    'Unfortunately our records show no error on your line.',
    "Unfortunately the scan didn't turn up anything.",
    "Sadly the diagnostics haven't revealed any obvious faults, I'm afraid.",
    "Unfortunately there's nothing unusual in the logs you sent.",
    'Unfortunately there are no errors in the crash report.',
    "I'm afraid our monitoring hasn't picked up any outages in your area.",
    "Unfortunately the line test didn't show us much.",
    "The event log doesn't contain any warnings from that night, unfortunately.",
  ])('no warning: %s', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each([
    // nothing was found: something is refused or limited
    "Unfortunately we can't show you the logs.",
    "Unfortunately we don't offer that.",
    "We don't offer that.",
    "Unfortunately I don't see a way to do that.",
    "Unfortunately I don't see anything in our policy that allows a refund.",
    "Unfortunately our system doesn't show refunds older than 90 days.",
    "Unfortunately we don't see a reason to change the fee.",
    "Unfortunately the dashboard doesn't show invoices from last year.",
    "I'm afraid we can't show you any errors from other accounts.",
    // a finding, then a refusal in the same sentence: the refusal still warns
    "Unfortunately the logs don't show any errors, so we can't offer a refund.",
    "Unfortunately we didn't find any fault and can't replace the unit.",
    "Our tests found no problem with the router, but we don't cover accidental damage.",
  ])('still warns: %s', (reply) => {
    expect(negative(reply)).toBe(true);
  });
});

describe('negative language: "pulled in" brings in, it does not take out', () => {
  it.each([
    'Both frameworks will be pulled in by the main app anyway, so you can leave the list empty.',
    'The fix was pulled into the stable branch last night.',
    'The headers get pulled in automatically when you add the package.',
  ])('no warning: %s', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each(['The export option was pulled in version 3 after the security review.', 'That feature has been pulled from the app.'])(
    'still warns: %s',
    (reply) => {
      expect(negative(reply)).toBe(true);
    },
  );
});

describe('condescension: said again, not bothered, plain to see', () => {
  it.each([
    'As mentioned before, the app needs the latest update.',
    'As stated previously, the warranty covers parts only.',
    'As explained several times, the fee is non-refundable.',
    "I'll say it again: the refund goes to the original card.",
    'Let me repeat this one more time: the code expires after ten minutes.',
    'How many times do I have to explain that the sale is final?',
    "I don't know how many times I have told you this.",
    "If you had bothered to read the email, you'd know the date.",
    "You didn't even bother to check the tracking page.",
    'You could have just asked before ordering.',
    'Please do your own research before posting.',
    'The error message is pretty self-explanatory.',
    'It should be obvious that the cable goes in the back.',
    "Isn't it obvious? The box says 220V only.",
    'The page literally says the offer ended on Friday.',
    'Use some common sense and unplug it first.',
    'How hard can it be?',
  ])('talks down: %s', (reply) => {
    expect(condescending(reply)).toBe(true);
  });

  it.each([
    'As mentioned above, the fee is waived for this month.',
    'As noted below, the store opens at nine.',
    'As I mentioned in my email yesterday, the refund is on its way.',
    'Let me explain how the billing cycle works.',
    'Let me say this again, because I was unclear before: the refund is already on its way.',
    'What did you expect to happen, and what happened instead?',
    'You should have received a confirmation email by now.',
    "You could have a faulty cable, so let's test that first.",
    'The error message should be self-explanatory once we fix the typo, sorry about that.',
    'It was obvious to us that the update broke it, so we rolled it back.',
    'The label literally glows in the dark, which customers love.',
    "I'll send it again right now.",
    'We use common sense rules for returns: anything unopened is fine.',
  ])('does not: %s', (reply) => {
    expect(condescending(reply)).toBe(false);
  });
});
