/**
 * Session 37 fixes (mood): two readings of this session were too broad. Every message was written for these tests;
 * none is a corpus row.
 *
 * 1. RULINGS U1 counts affect and evaluative words about the company or the service. A game's fiction is not that,
 *    but a message is about a game only when it names a game or its play (not a "media player", a "battery level",
 *    a "marketing campaign"), and ordinary words (loss, danger, avoid, hide, trap, prison) are no game's fiction.
 *    A fiction word whose subject is the company, its support or its update ("your update is an attack on users")
 *    judges the company and is never set aside.
 * 2. RULINGS U1 exasperation: "can't even start it" on a complaint is upset; a plain report of one failing step with
 *    its details ("can't even install the driver, the installer stops at 40%, log attached") stays calm (R-U3).
 */
import { describe, it } from 'vitest';
import { calm, upset } from './test/mood-cases';

describe('U1: game fiction only in a message about a game, never said of the company', () => {
  it.each([
    // the reviewer's sentences
    'Hi, VLC media player crashes. It is a danger to my work, a violent shock every time, your update is an attack on users.',
    'Your update wiped my save in the game. A loss of 200 hours, and your support keeps avoiding my tickets and hiding behind templates.',
    'Hi, the music player crashes on start. It is a danger to my work, a violent shock every time, your update is an attack on users.',
    'Your patch deleted my save in the game. I lost 300 hours, and your support keeps avoiding my emails and hiding behind canned replies.',
    'Game runs fine, but your support is hostile and violent toward anyone who asks for a refund.',
    'The game itself is ok. Your team is hostile and violent toward your own gamers.',
  ])('%s', upset);
  it.each([
    'Pretty simple game. You basically try to minimize your loss while defeating enemy units, and you die a lot at first.',
    'Neat little roguelike: you dodge enemy fire, fight the boss, die, and try again. Your devs did well.',
  ])('%s', calm);
});

describe('U1 exasperation: "can\'t even" in a plain report stays calm', () => {
  it.each([
    // the reviewer's sentence
    'Hello, I can\'t even install the driver on Windows 11, the installer stops at 40%. Log attached. Version 2.3.1.',
    'Hello, I can\'t even install the firmware on Ubuntu 22.04, the setup halts at 60%. Log attached. Version 4.1.0.',
    'I cannot even finish the setup wizard on macOS 14, it hangs at the last step, screenshot attached.',
  ])('%s', calm);
  it.each([
    'Paid for the full version and I can\'t even start it. Useless.',
    'It doesn\'t even work anymore after your update, what a waste of money.',
    'I can\'t even install it, third time this week, this is ridiculous.',
  ])('%s', upset);
});
