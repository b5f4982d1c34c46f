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
  it.each(['Update your maps!!!!', 'Please change your opening hours on the website too!!!!'])('upset: %s', (m) => expect(moodOf(m).upset).toBe(true));
  it.each(['Can you help me please!!!', 'Please help me!!!', 'Thanks for your quick answer!!!', 'Is your shop open on Sunday!!!'])('calm: %s', (m) => expect(moodOf(m).upset).toBe(false));
});
