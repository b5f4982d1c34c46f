// Session 24a (issue 14, customer_hurry recall): time pressure in the shapes a short, informal message takes — a
// request that ends in a word of speed ("fix it now", "need help rn"), a wait the customer sat through at a counter or
// a table (R-G2), a chaser inside the customer's own message ("bumping this thread", "still nothing on this"), a team
// that cannot work, a customer away from home whose card fails, a blocker, and a request to act by a near day (RULINGS
// H1). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { speedDemand } from './mood-hurry';
import { analyse } from './text';
import { hurried, moodOf, unhurried } from './test/mood-cases';

describe('a request that ends in a word of speed (H1 a near time, R-I4)', () => {
  it('reads imperatives, needs and requests put to someone that close on now / rn / quickly / fast', () => {
    hurried('need help rn');
    hurried('need help rn my server is down');
    hurried('fix it now');
    hurried('do something now');
    hurried('please be quick');
    hurried('please answer quickly');
    hurried('can someone help me quick');
    hurried('i want my money back now');
    hurried('Can you unblock my account right away?');
    hurried('get back to me quickly please');
  });
  it('gives the request and the speed word as evidence', () => {
    expect(moodOf('fix it now').evidence).toContain('fix it now');
    expect(speedDemand(analyse('ok so pls sort my login rn thx'))).toHaveLength(1);
  });
  it('leaves a size, a minimiser, a question of the customer\'s own, a negation, a state and "for now" calm', () => {
    unhurried('need a quick fix for the header colour');
    unhurried('can u check real quick whether the export has a header');
    unhurried('quick question about billing');
    unhurried('do I need to restart now?');
    unhurried('can I pay now?');
    unhurried('no need to fix it now');
    unhurried('please help, the app is broken now');
    unhurried('I tried again and now it works');
    unhurried('it works for now');
    unhurried('you need to restart now');
    unhurried('thanks, i\'ll restart now');
    unhurried('please check again now');
    unhurried('No rush, fix it now or next week, whatever suits you');
  });
});

describe('a wait the customer sat through at a counter, a table or a surgery (R-G2, H1)', () => {
  it('reads what was waited for, being made to wait, and minutes on hold', () => {
    hurried('we waited over an hour for our food');
    hurried('waited 45 mins to be seated');
    hurried('It took them 40 minutes to bring our drinks');
    hurried('had to wait an hour for a table');
    hurried('I waited nearly an hour past my appointment time');
    hurried('45 minutes on hold and counting');
    hurried('after an hour our food still hadn\'t come');
  });
  it('leaves a wait that was worth it, a set-up that took time and a program that loads calm', () => {
    unhurried('we waited 10 minutes for our food and it was worth the wait');
    unhurried('it took me an hour to set up the router');
    unhurried('I have to wait 5 minutes for the build to finish');
    unhurried('If you have to wait an hour for a table, go elsewhere');
    unhurried('the app makes me wait 10 seconds before it loads');
  });
});

describe('a chaser in the customer\'s own message (H1 repeated unanswered requests)', () => {
  it('reads a bump, "still nothing" on the request and no word back in a stated time', () => {
    hurried('bumping this thread');
    hurried('anyone? still nothing on this');
    hurried('still nothing back from support about the refund');
    hurried('haven\'t heard back in a week');
  });
  it('leaves a failed attempt and a version bump calm', () => {
    unhurried('rebooted, still nothing');
    unhurried('I tried the new driver, still nothing on the screen');
    unhurried('please bump the firmware version in the next release');
  });
});

describe('time gone by with the request still open (H1 an overdue wait)', () => {
  it('reads days passed and "a month now" beside what is still missing', () => {
    hurried('5 days have passed and no refund');
    hurried('two weeks gone and still nothing');
    hurried('it is almost a month now and my order is not delivered');
  });
  it('leaves happy use calm', () => {
    unhurried('3 days have passed since I ordered, love it');
  });
});

describe('a need blocked now: a team that cannot work, a card that fails away from home, a blocker (H1)', () => {
  it('reads them', () => {
    hurried('nobody in the office can log in');
    hurried('none of us can work');
    hurried('our whole team can\'t work');
    hurried('everyone is locked out');
    hurried('I am travelling and my card is blocked');
    hurried('I\'m at the store and the payment keeps failing');
    hurried('This is a blocker for us');
    hurried('this is a showstopper for our release');
  });
  it('leaves a question, a trip told as over, "not a blocker" and an outage that is over calm', () => {
    unhurried('is this a blocker?');
    unhurried('this is not a blocker for us');
    unhurried('I was travelling last month and my card was blocked');
    unhurried('if I am abroad will my card work?');
    unhurried('nobody could log in yesterday but it\'s fixed');
  });
});

describe('a request to act by a near day, put to the agent (H1 a near time)', () => {
  it('reads it', () => {
    hurried('can you fix it by tomorrow');
    hurried('could someone send the invoice before friday');
  });
  it('leaves the polite "when" and the customer\'s own plan calm', () => {
    unhurried('will the fix be out by friday?');
    unhurried('can I update tomorrow?');
    unhurried('we should be fine by tomorrow');
  });
});
