/**
 * Session 24 (judge-b): empathy read from who has a feeling to acknowledge. An evaluative clause
 * ("losing a week of notes is awful", "that must be really unsettling") acknowledges the customer's
 * situation when the customer wrote in upset or confused (E1: it answers a complaint or a feeling);
 * to a calm technical report the same clause is a verdict on the technical state ("that checksum result
 * is alarming", "this behaviour is rather annoying"), not empathy. The explicit empathy phrases ("I
 * understand how frustrating this is") stay whatever the mood. Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const upset = "This is the third time the app lost my notes, I'm so fed up with this!";
const calm = 'When I run the sync with the verbose flag, the log shows a checksum mismatch on the second pass. Is that expected?';
const empathises = (reply: string, customerMessage: string) => scorer.score(reply, { customerMessage }).signals.empathy === true;

describe('empathy: an evaluative clause acknowledges the situation of an upset customer', () => {
  it.each([
    'Losing a week of notes is awful.',
    'That must be really unsettling.',
    'Having to redo all of that is exhausting.',
    'What a frustrating start to the week.',
    'Three crashes in a day is maddening.',
  ])('%s', (reply) => expect(empathises(reply, upset)).toBe(true));
});

describe('empathy: the same clause to a calm technical report judges the technical state', () => {
  it.each([
    'The second pass is definitely worrying.',
    'That checksum result is alarming.',
    'A mismatch there is really disturbing.',
    'The overhead of verbose mode is awful.',
    'This behaviour is rather annoying.',
  ])('%s', (reply) => expect(empathises(reply, calm)).toBe(false));
});

describe('empathy: an explicit acknowledgement counts whatever the mood', () => {
  it.each(['I understand how frustrating this is.', 'I know this must be really stressful.'])('%s', (reply) => {
    expect(empathises(reply, calm)).toBe(true);
    expect(empathises(reply, upset)).toBe(true);
  });
});

describe('empathy: with no customer message the evaluative clause still counts (the mood is not known)', () => {
  it.each(['Losing a week of notes is awful.', 'That must be really unsettling.'])('%s', (reply) => {
    expect(scorer.score(reply).signals.empathy).toBe(true);
  });
});
