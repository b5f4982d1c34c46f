/**
 * Session 26 (judge-a), teach.
 * 1. A hedged diagnosis (T1): the cause or the state named with how likely it is — "it's probably because …",
 *    "this is most likely a …", "the most likely explanation is …", "odds are …", "you're likely hitting …",
 *    "there are likely some …", "that probably means …". Not the agent's own state or plans.
 * 2. A cause clause whose subject is not one of the pronouns the teach rule listed ("because each write must …",
 *    "since NILFS can mount …", "because sometimes …"): the conjunction, up to three words, then a verb of state or
 *    possibility. Not a person as the subject ("because none of us could …", "because he is on leave") and not
 *    "since" as a time.
 * 3. What a feature costs, or what a change we won't make would take, is no mechanism: "some features require a
 *    subscription", "this would require a separate app".
 * Every sentence written for this test. The flagged sentences of parts 1 and 2 were not flagged before this session;
 * the two near-misses of part 3 were.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const teach = (reply: string) => scorer.score(reply).signals.teach === true;

describe('teach: a hedged diagnosis names the cause', () => {
  it.each([
    "It's most likely down to a stale cache on your laptop.",
    'This is most likely a mismatch between the billing postcode and the one your bank holds.',
    'The most likely explanation is a stale token in the browser cache.',
    'Odds are your antivirus quarantined the helper app.',
    "You're likely hitting the same race in the sync queue that others reported.",
    'There are likely some differences between the generated config and the shipped one.',
    'That probably means the build picked up an older copy of the library.',
    'The office proxy is probably blocking the websocket upgrade.',
  ])('flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });

  it.each([
    "I'm probably missing something obvious here, sorry.",
    "We're most likely going to ship the new editor in May.",
    'We are probably looking at this next week.',
    'It is probably going to take a few more days.',
    "You're probably wondering where your parcel is.",
    'You probably want to add yourself to the ticket.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });
});

describe('teach: a cause clause with its own subject', () => {
  it.each([
    'Writes are slower in that layout because each write must reach every disk in the mirror.',
    'Single files are easy to get back, since NILFS can mount a snapshot next to the live tree.',
    'Give it a go anyway, because sometimes DirectX 9 can mean 9c.',
    'The benchmark looks odd since copying bytes is so common in that loop.',
    'The rows come back empty because most exporters only write the header on the first page.',
  ])('flags %s', (reply) => {
    expect(teach(reply)).toBe(true);
  });

  it.each([
    'I closed the ticket because none of us could replicate it.',
    "Sorry for the slow reply, because he is on leave this week.",
    'The queue has been long since Monday was a holiday.',
    "Thanks for your patience, because everyone is busy after the launch.",
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });
});

describe('teach: a price or a change we will not make is no mechanism', () => {
  it.each([
    'While some features require a subscription, the journal stays free for everyone.',
    'This is a great idea, though it would require a separate app for the overlay.',
  ])('does not flag %s', (reply) => {
    expect(teach(reply)).toBe(false);
  });

  it('still flags a dependency between parts', () => {
    expect(teach('The widget requires the sync service, so it stays blank while sync is paused.')).toBe(true);
  });
});
