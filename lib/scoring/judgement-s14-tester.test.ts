// Session 14 (tester): the team sign-off after the closing thanks (text.ts teamSignOff) must take only
// a signature — a name and a team or brand — never a sentence of the reply that happens to follow the
// thanks on the last line and to hold a dash or a team word. Sentences written for these tests, not
// corpus rows; every 'still read' case lost its words (and its signal) before the fix.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { analyse } from './text';

const scorer = createScorer();

describe('a sentence after the closing thanks is still read', () => {
  it.each([
    ['Your refund went out today. Thanks, Priya - Team leads will call you tomorrow.', 'Team leads will call you tomorrow'],
    ['Sorry for the trouble with the card. Thanks! Our support team will call you within 24 hours.', 'Our support team will call you within 24 hours'],
    ['Sorry for the trouble with the card. Thank you. Our care team will contact you by Friday.', 'Our care team will contact you by Friday'],
    ['Sorry for the trouble with the card. Thanks, Priya - I will call you tomorrow with the refund.', 'I will call you tomorrow with the refund'],
    ['Sorry for the trouble. Thanks Priya, Support will email you the label today.', 'Support will email you the label today'],
  ])('%s', (text, words) => {
    // The words stay in what the rules read, at their own offsets (findings point at them).
    const at = text.indexOf(words);
    expect(analyse(text).scan.slice(at, at + words.length)).toBe(words);
    // The promised next event after the thanks is an expectation, as it is without the thanks.
    expect(scorer.score(text).signals.expectation).toBe(true);
  });

  it('a support team that is on it is the reply, not a signature', () => {
    const text = 'Your refund went out today. Thank you, Support team is on it.';
    expect(analyse(text).scan).toContain('Support team is on it');
  });
});

describe('a signature after the closing thanks is still dropped', () => {
  it.each([
    ['We have passed this to our developers. Thanks, Rajat – Team Telco', 'Rajat'],
    ['We fixed the sync bug in the latest version. Regards, Tom | Customer Care', 'Tom'],
    ['Sorry for the trouble with the card. Thanks, Sam from the Acme support team', 'Sam'],
    ['Sorry for the trouble with the card. Thanks, Aly @ ANZ App https://anz.example/help', 'Aly'],
    // A full stop after the name, then the team after a dash: still the signature.
    ['We have passed this to our developers. Thanks, Nida. - Airtel Support', 'Nida'],
  ])('%s', (text, name) => {
    expect(analyse(text).scan).not.toContain(name);
    expect(scorer.score(text).signals.personalization).toBe(false);
  });
});
