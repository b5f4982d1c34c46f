// Session 36 (mood): customer_hurry and customer_upset read by structure.
// - RULINGS H1 counts a near time, a long or overdue wait or a blocked need; corpus-extra README R-U2: a duration that is
//   part of a fact is not hurry. So a span that measures a fault — a rate ("crashed 4 times in 2 hours") or the onset of
//   a fault ("within a minute we start seeing errors") — "at once" meaning together, and "NOW" as a constant in pasted
//   code are not hurry (mood-hurry.ts faultMeasure, togetherAtOnce, capsNameNow).
// - corpus-extra README R-G1: a review that judges the product without a hedge is upset also without a sentiment word.
//   A quality word as a verdict fragment ("Slow.", "Laggy, ugly and bloated.", "Clunky menus.") or as the present-tense
//   predicate of the product ("the tablet version is laggy and …") is such a judgement (mood-quality.ts); a title with
//   no stop mark, the customer's own thing, a past event and a report that asks stay calm (RULINGS U1).
// - RULINGS U1 counts emphatic punctuation on a complaint: a run of one-word sentences after one ("Every. Single. Day.").
// Every message here was written for these tests; none is a corpus row.
import { describe, it } from 'vitest';
import { calm, hurried, unhurried, upset } from './test/mood-cases';

describe('a span that measures a fault is not a wait (H1, R-U2)', () => {
  it.each([
    'Needs a fix, the editor froze 3 times in an hour yesterday.',
    'Please fix, my phone dropped the call twice in 10 minutes.',
    'Within a minute or so we start getting timeouts on the second node. Please help.',
  ])('%s', (m) => unhurried(m));
  it.each(['Please fix this in 2 hours, my demo starts then.', 'I need the car unlocked within 30 minutes, my shift starts at 9.'])('%s', (m) => hurried(m));
});

describe('"at once" meaning together is no demand for speed (H1)', () => {
  it.each(['I have to pay for all three seats at once, which is odd.', 'Both speakers must be paired at once or neither works.'])('%s', (m) =>
    unhurried(m),
  );
  it('a demand keeps it', () => hurried('Please unlock my account at once, I need it for work.'));
});

describe('"NOW" as a constant in pasted code is no urgency (H1)', () => {
  it('code', () => unhurried('The patch changes it to: if (cfg->mode[NOW] == IDLE) reset(dev, NOW); is that right?'));
  it('prose', () => hurried('Unlock my card NOW, I am at the till.'));
});

describe('a verdict fragment or present predicate of the product is upset (R-G1)', () => {
  it.each(['Honestly the game is completely unplayable now.', 'The new launcher is way too laggy since the patch.'])('followed by a time or a reason: %s', (m) => upset(m));
  it.each(['Laggy.', 'Laggy, ugly and bloated. Going back to my old reader.', 'Clunky menus. Uninstalled.', 'The tablet version is laggy and eats my battery.'])(
    '%s',
    (m) => upset(m),
  );
  it.each([
    'Laggy menu\nThe settings menu takes a second to open on my tablet, is there a setting for that?',
    'My wifi is slow so the maps load late.',
    'The upload was slow this morning but it went through.',
    'Clunky menus. Is there a way to switch to the classic layout?',
  ])('%s', (m) => calm(m));
});

describe('a complaint beaten out with a full stop after each word is upset (RULINGS U1 emphatic punctuation; mood-stress.ts)', () => {
  it.each(['The widget keeps freezing. Every. Single. Morning.', 'My sync fails. All. The. Time. Nothing else changed.'])('%s', (m) => upset(m));
  it.each(['Yes. No. Maybe. Which plan suits a family of four?', 'To export: Open. Select. Save. The file lands in Downloads.'])('%s', (m) => calm(m));
});
