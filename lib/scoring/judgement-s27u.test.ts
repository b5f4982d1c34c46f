// Session 27 (mood2, customer_upset): readings by structure. Every message here was written for these
// tests; none is a corpus row.
import { describe, it } from 'vitest';
import { calm, hurried, upset } from './test/mood-cases';

describe('an intensified how-to question is puzzlement, not anger (RULINGS U1)', () => {
  it('reads "how on earth / in the world do I …" asking the way to do something as calm', () => {
    calm('How in the world do I find the invoice?');
    calm('How on earth do I change my password?');
    calm('how on earth can we export the report to csv?');
    calm('Where in the world do I turn off notifications?');
    calm('How in the world do I even log in to the new portal?');
  });
  it('keeps it upset when it asks why or how the company let something happen, or another cue joins', () => {
    upset('How on earth is this still broken after three weeks?!');
    upset('why on earth did you charge me twice');
    upset('How on earth do you expect me to pay for this?');
    upset('How in the world did you lose my parcel');
    upset('Who on earth designed this menu');
    upset('How on earth do I cancel this garbage subscription');
    upset('How on earth do I get my money back after you charged me twice? This is a joke.');
  });
});

describe('a pile of "!" on a long wait raises the voice (RULINGS U1: emphatic punctuation on a complaint)', () => {
  it('reads a wait told with "!!!" as upset (and still hurried)', () => {
    upset('It took me 30 minutes to get a cold sub!!!');
    upset('I have been waiting for 3 weeks for my refund!!!');
    upset('Sat on hold for an hour!!!');
    hurried('Sat on hold for an hour!!!');
  });
  it('not a time still ahead, nor a quick service praised', () => {
    calm('We open in 20 minutes, please help!!!');
    calm('It only took 5 minutes to set up, amazing!!!');
    calm('Delivered within 2 days!!! Super happy');
  });
});

describe('marks on a sentence that ends in the fix or the delivery are joy, not a raised voice', () => {
  it('reads relief after trouble as calm', () => {
    calm('Waited 2 weeks and the parcel came today!!! Thank you');
    calm('Finally got my refund after 3 weeks!!! Thanks so much');
    calm('After 3 failed attempts it finally works!!');
    calm('The router was broken but the new one works perfectly!!!');
    calm('My card was declined twice, but it went through on the third try!!');
  });
  it('keeps a complaint that is still open, or reopened after the good news', () => {
    upset('It still hasn\'t arrived!!!');
    upset('The package came broken!!!');
    upset('Nothing works!!!');
    upset('It works for a minute then crashes!!');
    upset('Your app is garbage, it finally works after 3 days!!!');
    upset('You charged me twice! It finally went through but I want my money back!!');
  });
});

describe('sarcastic praise aimed at money taken twice (RULINGS U1: sarcasm)', () => {
  it('reads thanks or praise beside a double charge as upset', () => {
    upset('Thanks for charging me twice, very helpful.');
    upset('Really helpful, charged twice and no reply.');
    upset('Thanks for overcharging me.');
    upset('Great, you double charged me again.');
    // Thanks in the same sentence as the fault is part of the sarcasm (the review of session 27).
    upset('Brilliant, cheers, charged twice again.');
    upset('Wonderful, thanks, you overcharged me again.');
  });
  it('not sincere thanks, nor a calm report of the charge', () => {
    calm('Thanks for charging my card so quickly, the order shipped.');
    calm('Really helpful, thanks! The guide showed me how to fix the double charge on the invoice.');
    calm('Very helpful, the refund for the double charge arrived.');
    calm('I was charged twice last month. Could you check?');
  });
});

describe('a fix denied is a complaint, so its "!!" and capitals raise the voice (RULINGS U1)', () => {
  it('reads "still not fixed!!", "has not been resolved yet!!" and a whole question in capitals as upset', () => {
    upset("It's still not fixed!!");
    upset('The issue has not been resolved yet!!');
    upset('My ticket was never resolved!!');
    upset('Nothing has been resolved!!');
    upset('WHY IS THIS STILL NOT FIXED');
  });
  it('not a fix reported, thanks beside the wait, a question about a version, or a calm report of it', () => {
    calm('You fixed it, no more errors!!');
    calm('Not fixed yet but thanks for the quick reply!!');
    calm('Is it not fixed in 2.3?');
    calm('Bug not fixed in 4.2, still reproducible on my machine.');
    calm('The issue has not been resolved yet. Any update?');
  });
});

describe('a formula of reluctance that opens a polite request is no anger (mood-sentiment.ts)', () => {
  it('reads "I hate to be a pain", "sorry to be a pain" and "I\'d hate to lose…" as calm', () => {
    calm('I hate to be a pain, but could you check my order again?');
    calm("I'd hate to lose my photos, what's the best way to back them up?");
    calm('Sorry to be a pain, can you resend the invoice?');
    calm('I hate to bother you, but could you look at my ticket?');
  });
  it('keeps hatred and "a pain" aimed at the company', () => {
    upset('I hate your app, it deleted my photos.');
    upset('You are a pain to deal with, I hate this.');
  });
});
