/**
 * Session 31 (judge-a), teach (RULINGS T1, T2).
 * 1. Morphology: a verb form of the <works>/<mechanism>/<device-does> classes right before "of" is a noun
 *    ("loads of checks", "the counts of each type"), no habit of a system.
 * 2. How many tickets to open is a channel rule, not a how-to ("create one ticket for all your issues").
 * 3. A hedged diagnosis of what went wrong, by clause shape: the customer doing something that explains the
 *    failure ("looks like you're missing the plugin"), a thing in a broken state, with a known kind of fault, or held
 *    by a rule with its reason. Not the customer's feeling, having or finding, nor a status or an account fact.
 * 4. (Review) A charge's time span is a condition only when counted from an event ("within 5 minutes of booking") or
 *    when after/before opens a clause ("after you cancel"); "will be applied within 5-7 business days" is a status.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a verb form before "of" is a noun', () => {
  it.each([
    'Have a look at the troubleshooting page. It gives you loads of checks to run.',
    'The report lists the counts of each type, if that helps you compare.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'The page loads the old script when you come back from the checkout.',
    'It stores the token until you sign out.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: how many tickets to open is a channel rule', () => {
  it.each([
    'Merged into #310. Please create one ticket for all your issues instead of creating several, thanks!',
    'Could you raise a separate case for the refund instead of adding it here?',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags a method next to it', () => {
    expect(teach('Instead of creating a new profile each time, you can duplicate the old one from Settings > Profiles.')).toBe(true);
  });
});

describe('teach: a hedged diagnosis of what went wrong', () => {
  it.each([
    "It looks like you're missing the pandas package in that environment.",
    'Looks like you used your work address when you bought the course.',
    'It seems that you were recently using the old API key in the staging app.',
    'It looks like the memory card itself is not reliable, so the copy keeps failing.',
    'It looks like your tablet has a similar display driver issue as the older models.',
    'Hi, it actually looks like your account was locked for too many failed attempts.',
  ])('flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });

  it.each([
    // The customer's feeling, having or finding is no cause.
    'Looks like you had a rough time with our service, sorry about that.',
    'Sounds like you are having trouble opening the lessons.',
    "It seems like you've found a bug!",
    // An account fact or a status is no cause (T1).
    "It looks like you're on the old plan.",
    'Looks like your order is not yet shipped.',
    'Looks like your refund was processed yesterday.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });
});

describe('teach: a charge with the condition it follows', () => {
  it.each([
    'Booking fees are waived if the car is not ready within 10 minutes of your slot.',
    "You'll only be charged £5 if you cancel less than an hour before the start.",
    'Loyalty discounts are applied when you pay through the website.',
  ])('flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });

  it.each([
    'Your refund will be applied to your account.',
    "We've applied the credit to your account after checking.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });
});

describe('teach: offers, permissions and what others do are no method (probed with own sentences)', () => {
  it.each([
    // The conditional "if you want, …" followed by an offer to go on talking.
    "If you prefer, you can also reply here and we'll pick it up.",
    // Going on as before is a reassurance.
    'You can keep using the app as normal while we investigate.',
    // Sending us something, with a pronoun for it.
    "You can upload them here and we'll review them.",
    // The means of another team's act.
    'Forwarding to the billing team, they should be able to process the refund by using the admin tool.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'If you want it back, you can switch it on in Settings.',
    "If you'd like to keep the history, go to Settings and turn on Backup.",
    'You can add a payment method to your family account to keep using it.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: a bare time span after a charge is a status, not a condition', () => {
  it.each(['Your refund will be applied within 5–7 business days.', 'The credit will be applied within 48 hours.'])(
    'does not flag %s',
    (reply) => {
      expect(teach(reply)).toBe(false);
    },
  );

  it.each([
    'A late fee is charged within 5 minutes of the booking time.',
    'The fee is charged after you cancel the ride.',
    "You'll only be charged $4 if you cancel after 5 minutes.",
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});
