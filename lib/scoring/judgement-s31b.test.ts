// Session 31 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. A regret with the limit further on in the same clause ("unfortunately, admin roles on team plans do not …"): up to
//      six words between them instead of three; a finding reported in the negative stays a finding.
//   2. A support channel named with the product's name ("contact us directly via the Acme Pay Help Centre"), as where the
//      team will help ("our team can assist you via our live chat"), or as what to contact ("reach out to our corporate
//      Facebook page"). Helping "on" the customer's own ticket and the agent contacting the help desk send nobody anywhere.
//   3. An e-mail address the customer is to share something "with us on" ("do share your feedback with us on feedback@…").
//   4. The report denied as a fault of this component, hedged ("this doesn't seem to be a driver issue", R-K1); a diagnosis
//      naming a kind of fault ("doesn't seem to be a hardware issue", "a problem with your router") is not.
//   5. (Review) This ticket as where the case already is ("I'll help you through this ticket until it's fixed") and a
//      place gone to for a how-to step ("go to the portal and open Invoices") send nobody elsewhere; a fault said not to
//      be serious ("it doesn't look like a serious problem") is a reassurance, not a report denied.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const negative = (text: string) => scorer.score(text).signals['negative-language'] === true;
/** The words of the negative-language findings, with the rule that found them. */
const found = (text: string) =>
  scorer
    .score(text)
    .findings.filter((f) => f.ruleId.startsWith('negative-'))
    .map((f) => `${f.ruleId}: ${text.slice(f.span.start, f.span.end)}`);

describe('a regret with the limit further on in the clause', () => {
  it.each([
    ['Unfortunately, admin roles on team plans do not get the billing page.', 'negative-language: Unfortunately, admin roles on team plans do not'],
    ['Unfortunately the emergency credit here can only start at £1.', 'negative-language: Unfortunately the emergency credit here can only'],
    ['Unfortunately, a guest account on your plan cannot hold a personal vault.', 'negative-language: Unfortunately, a guest account on your plan cannot'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    'Unfortunately, the logs from your laptop don\'t show anything unusual.',
    'Unfortunately the refund we sent last week has not reached your card yet, so I have chased the bank.',
  ])('a finding or a status, not a limit: %s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('a support channel named with the product, as where we help, or as what to contact', () => {
  it.each([
    ['If anything else comes up, please contact us directly via the Acme Pay Help Centre.', 'negative-redirect: contact us directly via the Acme Pay Help Centre'],
    ['Our care team will be happy to assist you via our live chat at any hour.', 'negative-redirect: assist you via our live chat'],
    ['We can help you further through the Rentals web form.', 'negative-redirect: help you further through the Rentals web form'],
    ['Please reach out to our corporate Facebook page with your receipt.', 'negative-redirect: reach out to our corporate Facebook'],
    ['For a refund, call the helpline and quote your booking.', 'negative-redirect: call the helpline'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    'I can help you on the ticket you opened yesterday.',
    "I'll contact the help desk for you and get the seat swapped.",
    'Thanks for reaching out to our help centre, I have refunded the second charge.',
  ])('not a redirect: %s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('an e-mail address the customer shares something with us on', () => {
  it('flags the address as another channel (R-A1)', () => {
    // S32 (judge-b): the gap reads through "experience/feedback" now, so the finding starts at "do share".
    expect(found('Once the update is in, do share your experience/feedback with us on feedback@example.org.')).toContain(
      'negative-redirect: do share your experience/feedback with us on feedback@example.org',
    );
  });

  it.each([
    "I've shared your thoughts with our billing team, they will write back today.",
    'Thanks for sharing this with us on the forum, I have logged it for the team.',
  ])('not a redirect: %s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('the report denied as a fault of this component, hedged (R-K1)', () => {
  it.each([
    ["This doesn't seem to be a scanner-driver issue, at least not from the log you sent.", "negative-rejection: This doesn't seem to be a scanner-driver issue"],
    ['It does not look like a Thunderbird bug to me.', 'negative-rejection: It does not look like a Thunderbird bug'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    "It doesn't seem to be a hardware issue, so let's look at the app settings next.",
    "It doesn't seem to be a problem with your router, the line test came back clean.",
    "That's not a problem, I can resend the invoice today.",
  ])('a diagnosis or an idiom, not a rejection: %s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('review: continuing here, a how-to step, a reassurance', () => {
  it.each([
    "I'll help you through this ticket until it's fixed.",
    "I'll keep helping you through this ticket until it's fixed.",
    'I can support you through this ticket.',
    'Go to the portal and open Invoices.',
    'Go to the portal, then click Download.',
    "It doesn't look like a serious problem, and I've fixed it.",
  ])('not negative: %s', (text) => {
    expect(negative(text)).toBe(false);
  });

  it.each([
    'Our team can assist you via our live chat.',
    'Please go to our support portal.',
    'Go to the support portal and open a ticket.',
    "This doesn't seem to be a driver issue.",
  ])('still negative: %s', (text) => {
    expect(negative(text)).toBe(true);
  });
});
