// Session 49 (judge-m, mood): customer_hurry read from a wait for people told by its length.
// RULINGS H1 "a long or overdue wait (a duration)", R-U2 (a stated waiting time stays hurry in the past tense) and R-G2
// (waits at a counter or table): a wait for people to serve, deliver or answer told by its length ("takes 40 minutes to
// bring the soup", "made us wait over 2 hours", "the waiting time was awful") is hurry (packs/default.yaml
// mood_cues.hurry). The time a program or a fault takes, praise of speed and a question about delivery times are not.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodOf } from './test/mood-cases';

const hurry = (customerMessage: string) => moodOf(customerMessage).hurry;

describe('a wait for people to serve, deliver or answer told by its length is hurry', () => {
  it.each([
    'Lovely view from the terrace, but they take 40 minutes to bring a simple soup.',
    'The front desk made us wait over 2 hours before anyone found our booking.',
    'Our starters never arrived, nobody served us even after 35 mins.',
    'Rooms were fine. The waiting time was awful at check-in though.',
    'Every evening the bar takes 30 minutes or more to serve one round of drinks.',
    'They kept me waiting forever at the counter and then said the system was down.',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});

describe('the time a program takes, praise of speed and a question about delivery are calm', () => {
  it.each([
    'The laptop takes 5 minutes to boot since the last update, is that normal?',
    'The installer takes 20 minutes to download the runtime on my connection.',
    'It only took 10 minutes to deliver my groceries, brilliant service.',
    'How long does it usually take to deliver to the islands?',
    'Even after 30 mins the dashboard does not load on my laptop.',
    'The helpline only takes 10 minutes to answer on a busy Monday, great team.',
    'The export takes 40 minutes to arrive in my inbox after I press send.',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

// Review (rf-m), session 49: a program, a device or a message that takes the time or makes the customer wait is
// performance (H1, R-U3: <machine-subject>); a job word is the pack's <performance-job> class; a device that does not
// "come on" is a lasting fault; "just" cancels only beside the wait; "rushed" said of a thing is its poor making.
describe('review (rf-m): a program\'s speed, a lasting fault and a rushed product are calm', () => {
  it.each([
    'The API takes 3 minutes to respond to a single batch request from our script.',
    'Our test server takes 10 minutes to reply to a ping after each reboot.',
    'The reset email takes 10 minutes to arrive after I click the link.',
    'This plugin makes me wait for 2 minutes every time I save a draft.',
    'Even after 30 minutes the ceiling fan does not come on with the remote.',
    'Even after 20 minutes the laptop screen would not come up again.',
    'The kitchen display tablet takes 5 minutes to load, is that expected?',
    'The nightly install takes 40 mins to send its summary to the admins.',
    'The new version feels rushed, half the toolbar buttons are missing.',
    'The last release was clearly rushed and now the calendar sync is broken.',
    'It looks like a rushed update to me, the settings page is blank.',
    'The season finale felt rushed and the final level crashes on load.',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe('review (rf-m): a wait for people told in other words still flags', () => {
  it.each([
    'The waiting times are just awful at your city branch.',
    'I just want my soup, they take 40 mins to serve anything here.',
    "They're making us wait over 45 minutes for a table we booked.",
    'Your agents take 50 mins to reply to a chat, I need this sorted now.',
    'Room service takes an hour to bring breakfast every single day.',
    'Even after 40 minutes nobody came back to our table.',
    'Please rush the replacement, the old one is dead.',
    'I need the refund rushed please, rent is due.',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});
