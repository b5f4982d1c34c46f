// Session 40 fix-m: four mood readings added this session were too broad (reviewer findings); each is narrowed by
// structure (RULINGS U1: upset needs evaluative or accusing words about the company or service; a calm fault report,
// pasted text or the company's own charge is not the customer's voice). The reviewer's sentences must stay upset; the
// calm sentences (written for these tests, never corpus rows) keep the narrowed readings' true hits.
import { describe, it } from 'vitest';
import { calm, upset } from './test/mood-cases';

describe('1: "like this:" introduces pasted text only after a verb/noun of a sample and before code-like text', () => {
  it.each([
    'It feels like this: you people just don\'t care about your customers at all.',
    'This is what happens, like this: absolutely useless app crashing every five minutes!!',
    'The error is like this: absolutely useless, your app keeps crashing!!',
  ])('upset: %j', upset);
  it.each([
    'The UART capture looks like this:\n\n\tRX ??\n\tRX !!Frame Error!!(Overrun)\n\nAfter that the port stops.',
    'The output goes like this: [ 12.004] usb 1-1: reset!! then nothing else, any idea?',
    'My config file is as follows: retries=3 mode=fast!! and the timeout is ignored, any idea?',
  ])('calm: %j', calm);
});

describe('2: a verdict after "for" is the customer\'s, not the charge of the penalty', () => {
  it.each([
    'I was suspended for a ridiculous reason and nobody will tell me why.',
    'They banned me for a stupid reason and nobody tells me why.',
    'Locked for an unfair reason, nobody answers my tickets.',
  ])('upset: %j', upset);
  it.each([
    'I was muted for 24 hours for an offensive nickname. Which part of the nickname was the problem?',
    'My account got banned last week for cheating, but I only played offline. Can you check it?',
  ])('calm: %j', calm);
});

describe('3: a verb with its object is a program\'s behaviour only when the company is not its subject', () => {
  it.each([
    'You are not honoring the warranty I paid for.',
    'Your company is not honoring the refund you promised me.',
    'Support is not respecting the agreement we signed.',
  ])('upset: %j', upset);
  it.each([
    'It looks like the driver is not honoring the timeout set in the device tree on the new kernel.',
    'The parser is not respecting the quoted commas in the second column.',
  ])('calm: %j', calm);
});
