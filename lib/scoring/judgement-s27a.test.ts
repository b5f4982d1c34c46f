/**
 * Session 27 (judge-a), teach — precision.
 * 1. A hedged diagnosis (session 26) names a cause only when the hedge is followed by a cause word, or by a noun phrase
 *    tied to where or what it acts on ("most likely a mismatch between …", "probably a stale lock file in the temp
 *    folder", "there's probably something wrong with the cable"). A hedge on a choice ("probably a good idea", "likely the
 *    best option"), on people ("probably a few people on the forum who know"), on a bare kind ("most likely a bug", "an
 *    issue on our side") or on what will happen ("it's likely the team will reply") names no mechanism (T1).
 * 2. What something means for our own plans or state ("this means that right now we're not working on it") is a status.
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a hedge names a cause only with what or where', () => {
  it.each([
    "It's probably because the driver drops the beacon after a resume.",
    'This is most likely a mismatch between the billing postcode and the one your bank holds.',
    "It's most likely a stale lock file in the temp folder.",
    "There's probably something wrong with the cable.",
    'There are likely some differences between the generated config and the shipped one.',
    "It's most likely down to a stale cache on your laptop.",
    'That probably means the build picked up an older copy of the library.',
  ])('flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });

  it.each([
    "It's probably a good idea to wait until Monday.",
    "That's likely the best option for now.",
    "It's most likely a bug.",
    'This is most likely an issue on our side.',
    "There's probably a better way to do this, but I'm not sure.",
    "It's likely the team will reply tomorrow.",
    "It's probably your best bet to contact your bank.",
    'There are probably a few people on the forum who know this better than me.',
    "It's likely a temporary glitch.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });
});

describe('teach: what it means for our own plans is a status', () => {
  it.each([
    "This means that right now we're not actively working on the new code.",
    "That probably means we'll ship the fix in the next release.",
    "It means I can't merge it before Friday.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each(['That error means the token has expired.', 'It means your card issuer declined the payment.'])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

/**
 * Session 27 (judge-a), second change.
 * 3. What the customer can do, as a condition ("if you can build basic apps", "as long as you can open the file"), is
 *    about their ability or case, not a method; the main clause still counts by its own words (T2).
 */
describe('teach: a condition on what the customer can do', () => {
  it.each([
    'If you can build basic apps you should be good to go!',
    'If you can still open the app, your data is safe.',
    'As long as you can open the file, nothing is lost.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    "If you can't find the option, you can open Settings > Privacy and untick Read receipts.",
    'If you want dark mode, you can switch it on under Appearance.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});
