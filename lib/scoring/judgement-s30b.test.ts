// Session 30 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. A social network is another channel (N1, R-A1): "reach out to us via our social media platforms", "PM us through
//      our Facebook page", "drop us a PM over Instagram"; also a longer object before it ("send us the details of the
//      fault via our social media") and "share with us … over at our help centre". "DM us" here continues the
//      conversation, and Twitter or Messenger named with it is the same place.
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

describe('a social network is another channel', () => {
  it.each([
    ['Please reach out to us via our social media channels and we will sort out the refund.', 'negative-redirect: reach out to us via our social media'],
    ['Kindly contact us through our official Facebook page with your booking reference.', 'negative-redirect: contact us through our official Facebook'],
    ['Do PM us through our Facebook page so our team can check the charge.', 'negative-redirect: PM us through our Facebook'],
    ['Could you drop us a message over Instagram with the order number?', 'negative-redirect: drop us a message over Instagram'],
    ['You can also message us on WhatsApp if the app keeps crashing.', 'negative-redirect: message us on WhatsApp'],
    ['Please send us the details of the missing parcel via our social media so we can connect.', 'negative-redirect: send us the details of the missing parcel via our social media'],
    ['Please share with us the delivery address over at our help centre.', 'negative-redirect: share with us the delivery address over at our help centre'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    'Please DM us your order number and we will look into it.',
    'Please reach out to us here on Twitter with your order number.',
    'Send us a DM with your account email and we will check it.',
    'Thanks for reaching out on Facebook, we have refunded the fee.',
    'We posted the new opening hours on our Facebook page last week.',
  ])('%s', (text) => {
    expect(negative(text)).toBe(false);
  });
});
