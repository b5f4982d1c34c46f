// Session 19, round 2 (a tester's find): "You charged me twice this month. I want my money back." read as
// hurry with no upset, so the coach led with "I know your time is short…" instead of the customer's anger.
// - upset: a first version read every double charge as upset; that was taken out again (see below).
// - hurry: wanting the money back is no blocked need by itself (corpus-extra R-L1, R-L2; H1 "When will my
//   refund show?"); it is hurry when the sentence says the money is held, needed, how long or "still".
//   A payment that failed yet was debited is money held (R-L1).
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { calm, hurried, moodOf, unhurried, upset } from './test/mood-cases';

// Reviewed by the lead (session 19, from a review of the merged tree): reading every mention of a double charge
// as upset made "I was charged twice, could you check? No rush." upset, and the coach told the agent to say
// "I can tell you're upset". RULINGS U1 asks for an affect marker or money the customer describes as lost; a
// double charge told calmly is neither. The money-taken cues were taken out again; a double charge with an
// affect marker is upset through the cues that read affect.
describe('a double charge told calmly is not upset (U1 needs affect or money described as lost)', () => {
  it('reads the tester\'s message as neither hurried nor upset, so the coach does not lead with hurry', () => {
    const mood = moodOf('You charged me twice this month. I want my money back.');
    expect(mood).toMatchObject({ hurry: false });
  });
  it('keeps calm mentions of a double charge calm', () => {
    calm('I was charged twice, could you check? No rush.');
    calm('Could you tell me why I was charged twice last month? Just curious for my records.');
    calm('I was charged twice, but I already got the refund. Just letting you know.');
    calm('Will I be charged twice if I upgrade in the middle of the month?');
  });
  it('still reads a double charge with an affect marker as upset', () => {
    upset('You charged me twice again!! This is ridiculous.');
  });
});

describe('hurry: wanting the money back needs the money held, a need, a time or "still" (R-L1)', () => {
  it('does not read a bare wish for the money back as hurry', () => {
    unhurried('I want my money back.');
    unhurried('Honestly the course was not for me and I want my money back.');
  });
  it('reads the money back as hurry with a need, a wait or money held', () => {
    hurried('I need my money back, I cannot pay rent this week.');
    hurried('It has been two weeks and I still want my money back.');
    hurried('The payment failed but the amount was deducted from my account.');
  });
});

describe('German pack: a double debit told calmly is not upset', () => {
  const scorer = createScorer(loadGermanPack());
  const mood = (customerMessage: string) => scorer.score('Danke, ich kümmere mich darum.', { customerMessage }).mood;

  it('keeps a calm note of a double debit calm', () => {
    expect(mood('Sie haben zweimal abgebucht, bitte prüfen, kein Stress.').upset).toBe(false);
    expect(mood('Wird mir der Monat doppelt berechnet, wenn ich den Tarif wechsle?').upset).toBe(false);
  });
});
