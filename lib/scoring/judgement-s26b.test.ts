/**
 * Session 26 (judge-b), negative language.
 * 1. A finding about the customer's account read as a limit: "we don't have a record of that order", "I don't
 *    have any record of a refund", "there's no record of your call" (alone or softened with "unfortunately", "I'm
 *    afraid", "sadly") were flagged, though they state a fact about the account and refuse nothing (RULINGS N1).
 *    A negated have/find/see of a record, trace, sign, log or note OF the customer's thing (a determiner or a
 *    pronoun after "of"/"for") is now a finding (*nl-except, word classes nl-record and nl-whose). A product
 *    limit with "we do not have" stays, and so does a limit or redirect elsewhere in the same sentence.
 * 2. A regret word over what an attempt or a fix did not do ("unfortunately the update didn't fix the crash", "the
 *    reset didn't work, I'm afraid", "I haven't heard back from the warehouse yet") read as a refusal: it is bad
 *    news about the case, nothing refused (N1). Past and perfect only; a present "doesn't work on tablets" stays.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const negative = (reply: string) => scorer.score(reply).signals['negative-language'] === true;

describe('negative language: a record of the customer\'s thing found missing is a finding, not a limit', () => {
  it.each([
    "We don't have a record of that order.",
    "I don't have any record of a refund.",
    "There's no record of your call.",
    'We do not have a record of that payment.',
    "We haven't got a record of your booking.",
    'We have no record of a cancellation request.',
    "We don't see any trace of that transaction.",
    "I don't see a note of your earlier call on the account.",
    "We don't have any record on our side of the transfer you mentioned.",
    'There is no sign of the parcel in our system.',
    "I couldn't find a log of that chat.",
    // softened with a regret word: still a finding
    "Unfortunately we don't have a record of that order.",
    "I'm afraid there's no record of your call.",
    "Sadly we don't have any record of your payment.",
    "We don't have a record of that order, I'm afraid.",
  ])('no warning: %s', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each([
    // a limit of the product or the service stays negative
    "We don't have that feature.",
    "Unfortunately we don't have that feature.",
    "We don't have a way to merge accounts.",
    "We don't have access to your bank records.",
    // "record" that is not a record of something ("a record date") is still a date we cannot give
    "We don't have a record date for the release yet.",
    // what a system keeps in general, with no determiner after "of", or said with "keep"/"store"
    "Unfortunately we don't keep records of calls older than 30 days.",
    "Unfortunately we don't store logs of calls.",
    // a finding followed by a limit or a redirect in the same sentence
    "We have no record of that order and we can't refund it.",
    "Unfortunately we don't have a record of your order, so we can't issue a refund.",
    "I'm afraid there's no record of your booking, so I can't change the seat.",
    "Unfortunately there's no record of your payment, you'll need to contact your bank.",
    "We don't have a record of that order, please contact the store where you bought it.",
  ])('warning: %s', (reply) => {
    expect(negative(reply)).toBe(true);
  });
});

describe('negative language: a fix or attempt that did not help, reported with regret, is bad news, not a refusal', () => {
  it.each([
    "Unfortunately the update didn't fix the crash on your model.",
    "Unfortunately that workaround hasn't helped the other users either.",
    "Unfortunately the patch did not solve it, so I'm looking at the logs again.",
    "Sadly the new driver didn't resolve the flicker.",
    "I'm afraid the firmware update didn't make a difference.",
    "The reset didn't work, I'm afraid.",
    "Unfortunately I haven't heard back from the warehouse yet.",
    "Unfortunately your payment didn't go through, please try another card.",
  ])('no warning: %s', (reply) => {
    expect(negative(reply)).toBe(false);
  });

  it.each([
    // present tense: how the product is, a limit
    "Unfortunately the app doesn't work on tablets.",
    "Unfortunately we don't offer refunds on used items.",
    // a refusal or a limit beside the bad news
    "Unfortunately the update didn't fix it, and we can't offer a refund.",
    "Unfortunately we haven't implemented that yet.",
    "Sadly we won't be fixing this.",
  ])('warning: %s', (reply) => {
    expect(negative(reply)).toBe(true);
  });
});
