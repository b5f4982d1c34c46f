/**
 * Session 37 (mood): readings of the customer's mood added this session. Every message was written for these tests;
 * none is a corpus row.
 *
 * 1. RULINGS U1 counts exasperation as an affect marker: "even" on the most basic use of the product failing ("I
 *    can't even start it", "it doesn't even work") is the customer's exasperation, not a step of a report. A state
 *    or a step with "even" ("it is not even installed", "I can't even make sure the cable is fine") stays calm.
 * 2. RULINGS U1 counts swearing: the oaths shortened or run together ("goddamned", "fking", "Fk it") as the pack's
 *    swear words; "fk" alone is a database's foreign key and stays calm, and "bs" as a setting ("bs=4k") is no oath.
 * 3. RULINGS U1 counts affect and evaluative words about the company or the service: in a review of a game the
 *    words of its fiction ("every enemy dies", "you lose units while defeating the enemy") tell how it plays, not
 *    the customer's feeling; a judgement in the same review ("the controls are awful") still counts. "The run
 *    around" is the idiom of being passed about; running about in a game is not.
 * 4. RULINGS H1 counts a long or overdue wait for something owed; how long a device's power step takes ("takes a long
 *    time to resume after suspend") is its performance, and time told with effort ("took a lot of time and effort")
 *    is labour spent (R-U3: a time that is no wait for something owed is not hurry).
 */
import { describe, it } from 'vitest';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('U1 exasperation: "even" on the most basic use failing', () => {
  it.each([
    'Paid full price and I can\u2019t even start the game on my laptop.',
    'Bought it yesterday and it doesn\'t even open on my phone.',
    'I couldn\'t even log in after the update, tried twice.',
    'Downloaded 8 GB and it won\'t even launch.',
  ])('%s', upset);
  it.each([
    'The driver is not even installed on this machine, how do I add it?',
    'I can\'t even make sure the board is powered, the LED is off. Any idea?',
    'It doesn\'t even show up in the device list after the reboot. Which log should I attach?',
  ])('%s', calm);
});

describe('U1 swearing: oaths shortened or run together', () => {
  it.each(['And then the goddamned patch wiped my save.', 'Fk it, the app logged me out again.', 'This fking update broke my widgets.', 'The loot system is total BS and you know it.'])('%s', upset);
  it.each(['The fk on the orders table points at customers.id, how do I drop it?', 'My fio job uses bs=4k and iodepth=32, and reads stall after a minute.'])('%s', calm);
});

describe('U1: a game\'s fiction and running about are not affect', () => {
  it.each([
    'Pretty simple game. You basically try to minimize your loss while defeating enemy units, and you die a lot at first.',
    'It is very much a run around and shoot things game, fun for an evening.',
  ])('%s', calm);
  it.each([
    'This game is awful, you ruined it with the last patch and your support is useless.',
    'Support keeps giving me the run around about my refund.',
    'You people are evil, you destroyed my account and my data.',
  ])('%s', upset);
});

describe('H1: a power step\'s length and time spent as effort are no wait', () => {
  it.each([
    'The laptop takes a long time (about a minute) to resume after suspend since kernel 6.2, logs attached.',
    'The controller takes too long at system resuming, about 40 seconds in the driver.',
    'I know it took a lot of time and effort to build, but you can\'t expect everyone to like the controls.',
  ])('%s', unhurried);
  it.each(['Your support takes forever to reply and my account is still locked.'])('%s', hurried);
});
