// Session 20 (issues 10 and 14): the customer's mood, from a review of session 19's tree and the brief's
// structures. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { calm, hurried, moodOf, still, unhurried, upset } from './test/mood-cases';

describe('a wait that is over and ended well is neither hurry nor upset (mood-ended.ts)', () => {
  it('reads the review\'s message and its kind as calm', () => {
    still("I waited 3 days for the package and it arrived, it's great");
    still('I waited 3 days for the package and it finally arrived. Thanks!');
    still('We waited two weeks for the engineer but he fixed it in ten minutes, brilliant service.');
    still('I waited a week for the part, it arrived and it works now. Thanks so much!');
  });
  it('keeps the hurry of a wait that is still open or told as a complaint (R-U2, R-G2)', () => {
    hurried("I've been waiting 3 days for my package and still nothing.");
    hurried("I've been waiting 5 days. When will it arrive?");
    hurried('It took me 30 minutes to get a cold sub!!!');
    hurried('I waited 3 weeks for my refund and it finally came through. Not happy with the delay though.');
  });
  it('keeps a near time the customer names beside a wait that ended', () => {
    hurried('After 3 days it finally arrived, great service but I need the second one by tomorrow.');
  });
});

describe('rhetorical questions put to the company are upset (mood-rhetoric.ts)', () => {
  it('reads the review\'s forms as upset', () => {
    upset('Is anyone even working on this?');
    upset('How hard can it be to send a replacement?');
    upset('Seriously?');
  });
  it('reads more forms of the same kind as upset', () => {
    upset('Is anybody actually reading these tickets?');
    upset('Are you actually reading my emails?');
    upset('Is it too much to ask for a reply?');
    upset('Is this a joke?');
    upset('How is this acceptable?');
    upset('What is wrong with you people?');
    upset('Why do I have to keep asking for the same thing?');
  });
  it('leaves genuine questions of the same shape calm', () => {
    calm('Is anyone working on this?');
    calm('Is this a known issue?');
    calm('How is this possible? The file is right there.');
    calm('Is it okay to delete the cache folder?');
    calm('Is this a bug or am I doing something wrong?');
  });
});

describe('a double charge is upset only with affect or money described as lost (RULINGS U1)', () => {
  it('reads the calm demand as neither upset nor hurried', () => {
    still('You charged me twice this month. I want my money back.');
  });
  it('reads it as upset with an emotion word or money lost', () => {
    upset("You charged me twice this month and I'm furious.");
    upset("I've lost $60 because you charged me twice.");
  });
});

describe('hurry: what the customer will lose if it is not done in time', () => {
  it('reads a stated consequence as hurry', () => {
    hurried("Fix it or I'll lose the deal.");
    hurried("If this isn't sorted by Friday we lose the contract.");
    hurried('Please sort this out, otherwise we will miss the launch window.');
  });
  it('leaves a question about what a step loses, and a past loss, alone', () => {
    unhurried('Will I lose my settings if I reinstall?');
    unhurried('If I cancel now, will I miss the sale?');
    unhurried('We lost the deal last month anyway, just letting you know.');
  });
});

describe('repeat contact: every verb of contacting a number of times', () => {
  it('reads raising, complaining or phoning again and again as hurry (H1 repeated requests)', () => {
    hurried('I have raised this issue several times but no resolution.');
    hurried('I complained three times about the noise and nothing changed.');
    hurried('I phoned you twice last week about the meter.');
  });
  it('does not count what a system did twice', () => {
    unhurried('The payment posted twice on my statement, can you check which one is real?');
  });
});

describe('the German pack follows', () => {
  const scorer = createScorer(loadGermanPack());
  const mood = (m: string) => scorer.score('Danke, ich kümmere mich darum.', { customerMessage: m }).mood;

  it('reads a wait that ended well as calm and an open one as hurry', () => {
    expect(mood('Wir haben über eine Stunde am Schalter gewartet, dann war es aber erledigt. Danke!').hurry).toBe(false);
    expect(mood('Ich warte jetzt 3 Tage auf das Paket, jetzt ist es endlich da, super!').hurry).toBe(false);
    expect(mood('Ich warte seit 3 Tagen auf das Paket und es ist immer noch nicht da.').hurry).toBe(true);
    expect(mood('Wir haben über eine Stunde am Schalter gewartet, unmöglich.').hurry).toBe(true);
  });
  it('reads a stated consequence as hurry, not a question about what a step loses', () => {
    expect(mood('Bitte schnell beheben, sonst verliere ich den Auftrag.').hurry).toBe(true);
    expect(mood('Wir verlieren den Kunden, wenn das bis Freitag nicht läuft.').hurry).toBe(true);
    expect(mood('Verliere ich meine Einstellungen, wenn ich neu installiere?').hurry).toBe(false);
  });
  it('reads rhetorical questions to the company as upset, the genuine question as calm', () => {
    for (const m of ['Arbeitet überhaupt jemand daran?', 'Liest das überhaupt jemand?', 'Ist das ein Witz?', 'Ist das zu viel verlangt?', 'Wie schwer kann das denn sein?', 'Ernsthaft?', 'Warum muss ich immer wieder nachfragen?'])
      expect(mood(m).upset, m).toBe(true);
    expect(mood('Arbeitet jemand daran?').upset).toBe(false);
  });
});

// moodOf is the shared helper's; kept in use so a reader sees how a message is scored.
it('scores through the public scorer', () => expect(moodOf('No rush.').kind).toBe('calm'));
