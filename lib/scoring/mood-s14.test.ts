// Session 14 structure for the customer's mood (issue 14): a wait told in other forms than "waiting"
// (RULINGS H1, corpus-extra rulings R-U2/R-U3), with calm near-misses. Every sentence here was
// written for the structure; none is a corpus row.
import { describe, it } from 'vitest';
import { hurried, unhurried } from './test/mood-cases';

describe('hurry: a wait told as "since" a stretch of days (R-U3)', () => {
  it('"since" with a count of days, weeks or months is a stated wait', () => {
    hurried('My parcel shows as shipped since 5 days.');
    hurried('The cashback is not credited since a week.');
    hurried('Card blocked since two months, nobody calls back.');
  });
  it('"since" a point in the past that is no stretch stays calm', () => {
    unhurried('Since the last update the dark mode looks much nicer, thanks.');
    unhurried('I have used the app since 2019 and like the new layout.');
  });
});

describe('hurry: what a wait took or takes (R-U2: a stated waiting time counts in the past tense)', () => {
  it('took / takes a count of days, weeks or months', () => {
    hurried('It took them three weeks to unlock my account.');
    hurried('The replacement card takes almost a month to arrive.');
    hurried('Each refund is taking 10 days, which is far too slow.');
  });
  it('a slow process that holds something owed', () => {
    hurried('The transfer takes forever to reach my other bank.');
    hurried('Verification of my documents is taking too long.');
  });
  it('not a risk argued in general, nor how fast a screen opens', () => {
    unhurried('What if a transfer takes 3 days and the bill is due?');
    unhurried('The app takes too long to open on my old phone.');
    unhurried('The dashboard takes forever to load when the report has many rows.');
    unhurried('The nightly backup is taking too long since we added the second disk, any tips?');
  });
});
