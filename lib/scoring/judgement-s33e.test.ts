// Session 33 (judge-e): empathy by structure (LABELING.md, RULINGS.md E1, corpus-extra README R-WB1). Sentences
// written for these tests, not corpus rows.
// 1. The complaint conceded: a concession word before or after a verdict on what failed the customer ("Yes, the
//    export is badly broken", "it's not perfect, for sure"), agreeing that something else would have been better,
//    our own fault admitted ("we dropped the ball"), "you're right" with a sorry. A plain "yes" with a fact, a
//    verdict in an if-clause, or "you're right" on a fact stay none.
// 2. A sorry-sentence that names or refers to the customer's feeling (E1, R-WB1): "sorry to hear you're feeling…",
//    "sorry the update left you feeling…", "sorry it felt like…", a wish about how they feel ("not how we'd like you
//    to feel"); not "sorry to hear you were charged twice" (trouble) or "sorry the exercises didn't feel helpful".
// 3. Knowing that a thing can or may be hard on them ("We know this change may be frustrating"), the customer's due
//    ("you deserve better"), and degree words before "understand" ("we truly understand how you feel").
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
/** The words the report gives as evidence for empathy (no customer message). */
const empathyEvidence = (text: string) => scorer.score(text).breakdown?.find((b) => b.signal === 'empathy')?.evidence;

signalCases(
  'the complaint conceded is empathy',
  'empathy',
  [
    'Yes, the calendar sync is badly broken in 4.2; 4.3 fixes it.',
    "Clearly this is a bad thing, and we'll change the default.",
    "The new editor isn't perfect, for sure. The old one is still under Settings.",
    'I agree a warning before the maintenance would have been better.',
    'We dropped the ball on your ticket last week.',
    "I can see we've missed the mark with this release.",
    "You're right, and I'm sorry about the double booking.",
  ],
  [
    'Yes, the export is in the File menu.',
    'If the export is broken after the update, send me the log.',
    "You're right, the setting is under Privacy.",
    'Yes, the 4.3 build is out now.',
    'I agree, the second option is simpler to set up.',
  ],
);

signalCases(
  "a sorry-sentence about the customer's feeling is empathy",
  'empathy',
  [
    "We're sorry to hear that you're feeling this way about the new plan.",
    "I'm really sorry to hear you're feeling anxious about the renewal.",
    "We're sorry the reminders left you feeling stressed.",
    "We're sorry it felt like nobody was reading your messages.",
    "We're sorry you're going through a difficult time.",
    'This is not how we would like you to feel about the service.',
    "We don't want you to feel rushed into a plan.",
  ],
  [
    "I'm sorry to hear you were charged twice; the second charge is reversed.",
    "We're sorry the breathing exercises didn't feel helpful.",
    'Sorry for the wait. Feel free to reply here with the order number.',
  ],
);

signalCases(
  'knowing it is hard on them, their due, and a degree before "understand" are empathy',
  'empathy',
  [
    'We know this timetable change may be frustrating.',
    'I understand that it can be really stressful when a payment bounces.',
    'You deserve better than three missed deliveries.',
    'We truly understand how you feel.',
    "That's definitely not how it should work.",
    'I know this isn’t much of a consolation, but the refund is on its way.',
  ],
  [
    'We know this change may be rolled back next month.',
    'You deserve a reply from the billing team by Friday.',
  ],
);

describe('empathy: the evidence is the concession or the feeling', () => {
  it('points at the concession and its verdict', () => {
    expect(empathyEvidence("The new editor isn't perfect, for sure. The old one is still under Settings.")).toBe(
      "isn't perfect, for sure",
    );
  });
  it('points at the sorry and the feeling it names', () => {
    expect(empathyEvidence("We're sorry the reminders left you feeling stressed.")).toBe(
      'sorry the reminders left you feeling stressed',
    );
  });
});
