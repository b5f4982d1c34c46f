// Session 30 (mood): the customer's mood read by one notion of damage, a kept reading that follows the thread's
// turns, and <action:past> that takes past forms only. Every sentence here was written for these tests; none is a
// corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { isActionPast } from './actions';
import { isFaultWord, namesDamage } from './mood-sentiment';
import type { ScoreContext } from './types';

const scorer = createScorer();
const moodOf = (customerMessage: string, context: ScoreContext = {}) =>
  scorer.score('Thanks for the details, I will look into it.', { ...context, customerMessage }).mood;

describe('damage by position: "frozen"/"wet" before a noun name goods in every reading', () => {
  it.each([
    ['The frozen meals arrived. Great job!'],
    ['The wet food came on time. Brilliant.'],
    ['After two weeks the frozen pizzas finally arrived!!'],
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));

  it.each([
    ['My order arrived frozen solid. Great job!'],
    ['The parcel came wet. Brilliant.'],
    ['Thanks a lot, my TV arrived smashed!!!'],
    ['The frozen meals arrived thawed!!'],
  ])('upset: %s', (m) => expect(moodOf(m).upset).toBe(true));

  it('namesDamage reads the word after "frozen"/"wet"', () => {
    expect(namesDamage('the frozen meals arrived')).toBe(false);
    expect(namesDamage('it arrived frozen')).toBe(true);
    expect(namesDamage('it arrived frozen, sadly')).toBe(true);
    expect(namesDamage('the box was wet and torn')).toBe(true);
    expect(namesDamage('the screen came cracked')).toBe(true);
    // with the fault lexicon (a failure as well as damage)
    expect(namesDamage('the app crashes', isFaultWord)).toBe(true);
    expect(namesDamage('the frozen meals came', isFaultWord)).toBe(false);
  });
});

describe('a kept customer reading follows the agent turns of the thread', () => {
  const first = 'My invoice export fails with an error.';
  const chase = 'Any update on this?';
  it('two customer turns in a row chase; an agent answer between them does not, on the same scorer', () => {
    const unanswered: ScoreContext['thread'] = [{ role: 'customer', text: first }, { role: 'customer', text: chase }];
    const answered: ScoreContext['thread'] = [{ role: 'customer', text: first }, { role: 'agent', text: 'Thanks, I am looking at it now.' }, { role: 'customer', text: chase }];
    expect(moodOf(chase, { thread: unanswered }).hurry).toBe(true);
    expect(moodOf(chase, { thread: answered }).hurry).toBe(false);
    expect(moodOf(chase, { thread: unanswered }).hurry).toBe(true);
  });
});

describe('<action:past> takes past forms, not base forms in -en', () => {
  it.each(['open', 'listen', 'happen', 'threaten', 'token', 'often'])('%s is no past', (w) => expect(isActionPast(w)).toBe(false));
  it.each(['opened', 'listened', 'broken', 'chosen', 'rebuilt', 'frozen', 'fixed'])('%s is a past', (w) => expect(isActionPast(w)).toBe(true));

  it('"When I open the attachment…" is a finding, not ownership; "I opened … and fixed …" is', () => {
    expect(scorer.score('When I open the attachment it loads fine for me.').signals.ownership).toBe(false);
    expect(scorer.score('I opened the report and fixed the totals.').signals.ownership).toBe(true);
  });
});

describe('a demand to the company with a pile of "!" raises the voice; a plea does not', () => {
  it.each(['Update your maps!!!!', 'Please change your opening hours on the website too!!!!', 'When you change your hours do it on the website too!!!!'])('upset: %s', (m) => expect(moodOf(m).upset).toBe(true));
  it.each(['Can you help me please!!!', 'Please help me!!!', 'Thanks for your quick answer!!!', 'Is your shop open on Sunday!!!'])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
});

describe('a feeling caused, said as the -ing form of a verb of feeling, is upset', () => {
  it.each(['Distressing!', 'I was charged twice this week. So upsetting.', 'Really disheartening, the order never came.'])('upset: %s', (m) => expect(moodOf(m).upset).toBe(true));
  it.each([
    'Concerning my order from Monday, can I change the address?',
    'Sorry for bothering you again, where do I find the invoice?',
    'As for worrying about the old views, just keep the home button.',
    'Thanks for the overwhelming support last week.',
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
});

describe("the customer's data lost: named, then gone in a pronoun; or asked to be recovered", () => {
  it.each([
    'I kept my notes in the app for years. Today they are all gone.',
    'I had a few hundred e-mails in my old account and suddenly they were gone.',
    'The disk failed overnight. Is there any way to recover my files?',
  ])('upset: %s', (m) => {
    const mood = moodOf(m);
    expect(mood.upset).toBe(true);
    expect(scorer.score('Thanks, I will look into it.', { customerMessage: m }).situations?.map((s) => s.id)).toContain('lost');
  });
  it.each([
    'I had errors in my files, but after the update they are gone.',
    'I moved my photos to the cloud and then they were gone from the phone, as expected.',
    'How do I restore my files from the backup on my new laptop?',
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
});

describe('a supposed loss or a rule wished for is no grievance', () => {
  it.each([
    'If the authenticating device is stolen, how does the user log back in?',
    'If possible, I would like to make sure that if I need a migration, it is not done without my permission.',
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
  it.each(['My phone was stolen and now I cannot log in.', 'You cancelled my plan without my permission.'])('upset: %s', (m) => expect(moodOf(m).upset).toBe(true));
});

describe('a denied ideal is understatement, and two-letter faces of the lexicon are no judgement word', () => {
  it.each([
    'The product images are not perfect on the home page, how do I change their size?',
    'It works, but it is not elegant. Is there a cleaner way?',
    'Could you add DX,DY to the resize event, so I know the size change?',
  ])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
  it.each(['Your support is not good at all.', 'This update is not helpful.'])('upset: %s', (m) => expect(moodOf(m).upset).toBe(true));
});
