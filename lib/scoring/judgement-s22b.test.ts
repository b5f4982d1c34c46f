/**
 * Session 22 (judge-b): talking down on technical lists (CON1, R-F3) read by structure — the curt retort
 * that throws the customer's words back, the question answered with a verdict, blame for what the
 * customer did, and sending them off to read or study. Near misses: a blunt statement of what is needed,
 * a diagnosis, a plain pointer (CON1). Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const talksDown = (reply: string, customerMessage = 'Why does the array not rebuild on its own?') =>
  scorer.score(reply, { customerMessage }).signals.condescension === true;

describe('"Define X." alone throws the customer\'s words back', () => {
  it.each([
    'Define reliable. Reliable under what load?',
    'Hmm. Define fully supported.',
    'Define broken. What did the log say?',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    'Define the variable in your config before you start the server.',
    'Define a new rule under Settings, then save it.',
    'Please define your own retention period in the policy editor.',
  ])('an instruction to define something is not: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('a retort answers the question with a verdict', () => {
  it.each([
    "That's the whole point of a mirror.",
    "That's not news. Is there something specific that fails?",
    "What's the actual problem? Does it crash or hang?",
    'What is the point of waiting for the disk when you have no spare anyway?',
    'The obvious answer is rsync. Any reason you did not use it?',
    'The odds are not in your favour, but send the log anyway.',
    'Your approach makes no sense: why start a second thread just to post back?',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    'The whole point of the update is to make login faster.',
    "Exactly, that's the whole point of the new layout and we're glad you like it.",
    'There is no obvious way to export the board, but you can copy the item ID.',
    "It's not the obvious place to look, I know: it's under Advanced.",
    "That's new to me too, let me check with the team.",
    'It makes no sense that you were charged twice; I have refunded the second charge.',
    "What's the error message you see when it fails?",
  ])('not a retort: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('the customer blamed for what they did', () => {
  it.each([
    'No, the mistake was that you formatted the disk.',
    'You just got lucky the last few times.',
    'You simply were lucky before.',
    "A quick email would have sorted it in a day.",
    "You don't need to educate me on refund law.",
    "As a customer, it's good practice to keep your receipt.",
    'As a driver, it is your responsibility to check the route.',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    'The problem is that your runtime is not loaded yet.',
    'The error is that the path has a space in it.',
    'You were lucky to catch it in time, and your data is safe.',
    'A quick phone call from us would have saved you the trouble, and I am sorry we did not make it.',
    'As a member, you get free delivery on every order.',
    'We really appreciate having you as a customer.',
  ])('a diagnosis or our own failing is not: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('sent off to read or study (R-F3)', () => {
  it.each([
    'I suggest you read up on what a journal actually does.',
    "I'd suggest you brush up on how quotas work.",
    'Have you read the source to see whether it already does that?',
    'Have you tried the settings in the thread you linked above?',
    'I think this very well documented in our help centre.',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(true));
  it.each([
    "I'd recommend you update to the latest version.",
    'Have you tried the steps in the article I linked above?',
    'Have you looked at the sample files in the Samples folder?',
    "It's documented in the Help Center: https://help.example.com/export",
    'Here is the wiki page on timeouts, it explains the settings.',
  ])('a plain pointer or suggestion is not: %s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('CON1: a blunt statement of what is needed, or a channel notice, is not talking down', () => {
  it.each([
    "You'll need to send the full dmesg output before we can tell what failed.",
    "This list isn't for sales questions; please write to sales@example.com.",
    'We need the order number to look this up.',
  ])('%s', (reply) => expect(talksDown(reply)).toBe(false));
});

describe('a scolding for how the customer posts on a list (channel etiquette)', () => {
  it.each(["Please don't top-post, it makes the thread hard to follow.", 'Stop top posting.'])('%s', (reply) =>
    expect(talksDown(reply)).toBe(true),
  );
  it('a plain request about where to reply is not', () => {
    expect(talksDown('Please reply below this line so the thread stays in order.')).toBe(false);
  });
});
