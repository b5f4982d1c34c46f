// 1. Review s33 (fix-hold): a feeling with a person as its object ("It really upset me", "This delay has upset my mum")
//    was read as the thing's own feeling and dropped; and PEOPLE lacked holders ("My landlord is really annoyed").
// Session 33 (mood): who holds a word of feeling or judgement (mood-holder.ts). A feeling said of a program, nonsense
// a program puts out and a word of a dated title are no affect of the customer's (RULINGS U1); the same words held by
// a person, said by the customer or outside a title still flag. Every message here was written for these tests.
import { describe, expect, it } from 'vitest';
import { calm, moodOf, upset } from './test/mood-cases';

describe('a word of a title dated by its year names the title', () => {
  it.each(['Thief (2014) won\u2019t play on my laptop.', 'Does Thief (2014) run with the overlay?', 'I bought Rude Awakening (1989) on your store yesterday, it plays fine.'])(
    '%s',
    (m) => calm(m),
  );
  it.each(['What a thief!', 'Thieves, all of you. I want my money back.', 'You are a thief (I checked my bank statement).'])('%s', (m) => upset(m));
});

describe('a feeling held by a thing is a fault report', () => {
  it.each([
    'The parser gets confused by tabs.',
    'Since the update the importer gets confused by tabs!',
    'It got confused with itself after the clock change.',
    'The sync tool is baffled by files with two dots in the name.',
  ])('%s', (m) => expect(moodOf(m)).toMatchObject({ upset: false, confused: false }));

  it('a person holding the feeling is still confused or upset', () => {
    expect(moodOf('I am so confused by the new menu.')).toMatchObject({ confused: true });
    expect(moodOf('My husband got really confused by the new menu.')).toMatchObject({ confused: true });
    upset('My husband got so upset when the parcel was late again.');
    upset('The app crashed again and I am frustrated.');
    upset('The whole office is frustrated with this outage.');
    upset('Nobody at your branch could be bothered to call me back.');
  });
});

describe('nonsense a program puts out is what it does, not the customer\u2019s verdict', () => {
  it.each(['It prints nonsense when the file has a BOM.', 'The export gives an error or nonsense, depending on the column.', 'The sensor returns complete nonsense after a reboot!'])(
    '%s',
    (m) => calm(m),
  );
  it.each(['This is nonsense.', 'You gave me nonsense and closed my ticket.', 'Your agent told me complete nonsense about the refund.'])('%s', (m) => upset(m));

  it('the evidence is the customer\u2019s word, not the program\u2019s output', () => {
    expect(moodOf('This is nonsense, the app prints nonsense since Monday.').evidence).toContain('nonsense');
  });
});

// Session 33 review: a why-question with "always", "ever", "even", "simple" or "basic" after its verb was read as an
// accusation (WHY_EXASPERATED, reverted): plain questions about how something works ("Why does the backup always run at
// 2am?", "Why does the Basic plan not include exports?") read upset, and the class moved no kept-aside row.
describe('a plain why-question about how something works is no accusation', () => {
  it.each([
    'Why does the backup always run at 2am?',
    'Why does the app always ask for my PIN on startup?',
    'Why does the Basic plan not include exports?',
    'Hi, why is the Simple view missing totals?',
    'Why would I ever need a second PIN?',
    "I don't know why it always crashes on start, here is the log.",
  ])('%s', (m) => calm(m));
});

// Review s33 (fix-hold): a thing that upsets a person is no feeling of the thing's; the person is the feeling's object.
describe('a feeling with a person as its object is that person\u2019s', () => {
  it.each(['It really upset me.', 'It has frustrated me for weeks.', 'This delay has upset my mum.', 'Your app has disappointed me.'])('%s', (m) => upset(m));
  it('a verb of confusion with a person as object is still confusion', () => {
    expect(moodOf('The new layout totally confused me.')).toMatchObject({ confused: true });
  });
  it.each(['The parser gets confused by tabs.', 'It prints nonsense when the file has a BOM.', 'It got confused, I think, after the clock change.'])('%s', (m) =>
    expect(moodOf(m)).toMatchObject({ upset: false, confused: false }),
  );
});

describe('more holders of a feeling are people', () => {
  it.each(['My landlord is really annoyed.', 'My girlfriend is really annoyed about the charge.', 'Our tenants are upset.', 'The subscribers are frustrated.', 'My grandma got so upset.'])(
    '%s',
    (m) => upset(m),
  );
});
