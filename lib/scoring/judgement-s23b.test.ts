/**
 * Session 23 (judge-b): empathy and condescension read by structure, not by a row's phrase.
 * Empathy: an apology verb other than "sorry" before the customer's feeling, the feeling reached with
 * got / ended up, a feeling we caused, the customer's reaction called fair, and what the answer means for
 * them (E1, R-WB1). Condescension: the five clause patterns of talking down (CON1) — an unsolicited
 * imperative about the customer's conduct, a verdict on their competence or diligence, a rhetorical
 * question, a lecture frame, a minimiser on what they should have read. Near misses: a polite step of this
 * case, a diagnosis, a genuine question. Every sentence written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const customerMessage = 'It still does not work and I have tried everything, why is this so bad?';
const empathises = (reply: string) => scorer.score(reply, { customerMessage }).signals.empathy === true;
const talksDown = (reply: string) => scorer.score(reply, { customerMessage }).signals.condescension === true;

describe('empathy: the customer\'s feeling after an apology verb other than "sorry", or reached by got / ended up', () => {
  it.each([
    'We apologise that you feel this way about the update.',
    'I regret that you felt ignored by our team.',
    "We're sorry you got so frustrated with the setup.",
    'Sorry you ended up feeling let down by the trial.',
    "We're sorry to have disappointed you.",
  ])('%s', (reply) => expect(empathises(reply)).toBe(true));
  it.each([
    "We're sorry you had trouble with the login.",
    'Sorry you got charged twice, I have refunded one of the payments.',
    'We apologise that you got the wrong size.',
    "We're sorry you got the email twice.",
    'Sorry to hear that. Which version are you on?',
  ])('no feeling named: %s', (reply) => expect(empathises(reply)).toBe(false));
});

describe("empathy: the customer's reaction called fair, and what the answer means for them", () => {
  it.each([
    'Your frustration is completely understandable.',
    'You have every right to be annoyed about this.',
    "You're right to feel let down by the delay.",
    "I know that's not what you wanted to hear.",
    "That's not how it should work, I'm looking at it now.",
  ])('%s', (reply) => expect(empathises(reply)).toBe(true));
  it.each([
    "That's not how RAID works: the parity is spread over all disks.",
    "I know this isn't the right form, but please fill it in anyway.",
    "Your request is reasonable and I've passed it on.",
    "You're right to restart it first.",
    'Sorry we missed you, the driver will call again tomorrow.',
  ])('a request, a fact or a step: %s', (reply) => expect(empathises(reply)).toBe(false));
});

describe('condescension (a): an unsolicited imperative about how the customer behaves in general', () => {
  it.each([
    'Stop guessing and post the full log.',
    'Please quit blaming the driver for everything.',
    'Try reading the documentation before you ask again.',
    'Maybe try re-reading the man page for mdadm.',
    'Learn to quote properly, it makes threads readable.',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    "Please don't restart the device while it updates.",
    'Stop the service, then run the update.',
    'Try reading the file with the --raw flag.',
    'You can learn to use the editor in our free course.',
    "You'll learn to love the new layout.",
  ])('a step of this case: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('condescension (b): the second person judged on competence or diligence', () => {
  it.each([
    "You clearly didn't check the second log.",
    'You should have just asked us.',
    'You should have backed up before converting the array.',
    'As you would know if you had read the changelog, the flag was removed.',
    "You didn't even bother to check the cable.",
    'If you had bothered to search, you would have found the answer.',
    'All you had to do was click Save.',
    'This is a classic user error.',
    "We're not your personal helpdesk.",
    "It's not our job to debug your script.",
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    'You should have received an email from us this morning.',
    'You should have at least two partitions on the disk.',
    'You should have just one entry in that list.',
    'You clearly have no IPv6 route, so the ping fails.',
    "You clearly don't have the firmware loaded yet, so I'll send it.",
    'You could have been charged twice, so I checked your card.',
    "It's not your fault, the update broke it.",
  ])('a state or a diagnosis: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('condescension (c): a rhetorical question aimed at the customer', () => {
  it.each([
    'Did you even read my reply?',
    "What did you expect? It's a beta.",
    'How did you expect it to work without power?',
    'Why on earth are you running it as root?',
    'Is it really that hard to read the FAQ?',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    'What did you expect to happen, and what happened instead?',
    'What would you expect the export to contain?',
    'Do you really need the second disk?',
    'Can you even see the disk in the BIOS?',
    "Why is it so hard to find the setting? Good question, I'll tell the team.",
  ])('a genuine question: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('condescension (d): a lecture frame', () => {
  it.each([
    'This has been discussed over and over on this list.',
    'I fail to see how this is a kernel bug.',
    'I have no idea what your actual problem is.',
    "I have no idea what you're talking about.",
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    "I can't see what the problem is from the screenshot, could you send the log?",
    "I don't understand what you mean by the second step, could you clarify?",
    'You add the same view over and over, so memory grows.',
  ])('a clarifying question or a fact: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('condescension (e): a minimiser on what they should have read', () => {
  it.each(['Just read the manual, it is all there.', 'Simply read the documentation.', 'Merely consult the man page.'])('%s', (reply) =>
    expect(talksDown(reply)).toBe(true),
  );
  it.each(['Just check our FAQ for the steps.', 'Simply follow the guide we sent you.', "Just read the error code to me and I'll look it up."])(
    'a pointer to our own page, or a step: %s',
    (reply) => expect(talksDown(reply)).toBe(false),
  );
});

describe('empathy: "sorry to <verb> you" before a request or a no is a courtesy, not a feeling we caused (E1)', () => {
  it.each([
    'Sorry to bother you again, could you send a photo of the label?',
    'Sorry to trouble you, which browser are you using?',
    "Sorry to disappoint you, but that plan can't be paused.",
  ])('%s', (reply) => expect(empathises(reply)).toBe(false));
  it.each(["We're sorry to have worried you.", "I'm sorry that we frustrated you with the wait."])('%s', (reply) =>
    expect(empathises(reply)).toBe(true),
  );
});
