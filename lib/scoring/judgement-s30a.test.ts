/**
 * Session 30 (judge-a), teach — false alarms read by whose words or acts a sentence tells (RULINGS T1, T2).
 * 1. Not the agent teaching: the customer's own account said back ("you said that …"), our plan to find the cause
 *    ("we'll be investigating why …"), where a post belongs ("this post should go in the #dev stream, not …").
 * 2. Policy and permission, not mechanism: a security notice ("X will never ask for …"), what people may do
 *    ("they can only accept …").
 * 3. Availability, not a method: "you can <get>" inside a relative clause ("certificates that you can download").
 * 4. Morphology: a verb form of the <works> class right after a determiner is a noun ("in any of our stores").
 * Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { loadPack } from '../rule-pack/index';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a sentence that is not the agent teaching', () => {
  it.each([
    "Thanks for the logs. You said that it only drops with the old dock, not with the new one, so I'll test with both.",
    'We will be investigating with the carrier as to why this happened and what can be done to prevent it.',
    "I'm digging into the router logs with the vendor to see why this happened.",
    'This post should go in the #beta-testers stream, not in #general.',
    'Your question belongs in the help forum, not the bug tracker.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    // Agreeing with what the customer noticed and then saying how it works still teaches.
    'As you noted, the sync only runs over Wi-Fi, so the photos wait until you are home.',
    // A file's place with a correction is a how-to, not a channel rule.
    'The config file should go in the /etc folder, not in your home directory.',
    // The cause said in the same reply as a plan still counts in its own sentence.
    "We're checking the other servers too. The job failed because the disk was full.",
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('teach: policy, permission and availability are no mechanism and no method', () => {
  it.each([
    'Remember, the bank will never ask for your card number over email or chat.',
    'They can only accept answers posted by someone else.',
    'Yes, there are badges for each level that you can download once you finish it.',
    'There is a printable map of the park which you can download before your visit.',
    'There is a gift card waiting in any of our stores.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it.each([
    'The app only syncs over Wi-Fi by default.',
    'The driver can only return -EBUSY if another process holds the device.',
    'You can download the report from Settings > Exports.',
    'It stores the token until you sign out.',
    'Those locks expire after an hour.',
  ])('still flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });
});

describe('unless_sentence reads a shared list in place', () => {
  it('the how-to rules hold the teach rule’s not-teaching-voice phrases, flattened', () => {
    const lists = DEFAULT_PACK.rules
      .filter((r) => r.id === 'teach' || r.id === 'teach-howto')
      .map((r) => (r.type === 'phrase-present' ? (r.unless_sentence ?? []) : []));
    const saidBack = (l: readonly unknown[]) => l.some((p) => typeof p === 'string' && p.startsWith("(you|you've|you have|you had)"));
    expect(lists.map(saidBack)).toEqual([true, true]);
  });

  it('a pack may alias a list inside unless_sentence; it is read in place', () => {
    const r = loadPack(`schema_version: 1
id: team
name: Team
version: "1"
rules:
  - id: by-default
    type: phrase-present
    signal: teach
    level: info
    message: Say how it works.
    phrases: [by default]
    unless_sentence: [&routing ["chat with us"], "call us"]
    examples: {flag: ["It is on by default."], pass: ["It is on by default, chat with us."]}
`);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const rule = r.pack.rules[0]!;
    expect(rule.type === 'phrase-present' && rule.unless_sentence).toEqual(['chat with us', 'call us']);
  });
});
