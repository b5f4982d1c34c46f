// Session 33 (mood2), customer_hurry and the readings under it (RULINGS H1: a near time, an overdue wait or a blocked need).
//   1. One past-form test (inflect.ts isPastForm) for mood-dated.ts (a dated act told in the past) and actions.ts (the
//      participle after "I've"): irregular forms, strong participles, a regular "-ed" past as verbForms spells it, and
//      no "-ed" word whose base would end in a consonant and "r"/"re" ("hundred", "hatred").
//   2. A need blocked right now (mood-hurry.ts blockedNow): the customer or what is theirs blocked, down or unable to
//      act, with a word of the present moment ("right now", "currently", "presently"); not a bare "now", not "stuck".
//   3. A condition put as a question or a supposition (supposedCondition; the pack's repeat cue "nobody answers") and a
//      report in the passive ("was reported many times": no reporter) are no hurry of the customer's (R-U1).
//   4. Review (fix-hurry): a hurry word after the condition's comma lies in the main clause ("If I open the app it
//      crashes, can you fix this urgently?"), and "if you could … ASAP" is a polite request, not a supposition; "atm"
//      is no word of the present moment ("cash at the ATM"); a fault report is no blocked need (H1: "I currently cannot
//      edit my profile picture", "I think your site is currently down"): an inability counts when it is whole (any,
//      anything, at all) and the block is the customer's own, no other subject between.
// Every sentence written for this test (never corpus rows).
import { describe, expect, it } from 'vitest';
import { isActionPast } from './actions';
import { isPastForm } from './inflect';
import { hurried, unhurried } from './test/mood-cases';

describe('isPastForm: one reading of a past tense or participle', () => {
  it.each(['paid', 'sent', 'became', 'returned', 'stopped', 'carried', 'agreed', 'guaranteed', 'broken', 'stuck', 'rang', 'double-checked', 'led'])(
    '%s is a past form',
    (w) => expect(isPastForm(w)).toBe(true),
  );
  it.each(['need', 'speed', 'hundred', 'hatred', 'sacred', 'kindred', 'open', 'token', 'red', 'bed', 'comed'])('%s is none', (w) =>
    expect(isPastForm(w)).toBe(false),
  );
  it('a past that is its verb’s base too counts only when the reader allows a present', () => {
    for (const w of ['put', 'come', 'cut', 'read', 'split']) {
      expect(isPastForm(w), w).toBe(true);
      expect(isPastForm(w, false), w).toBe(false);
    }
    expect(isPastForm('Paid', false)).toBe(true);
  });
});

describe('the two readers that share it', () => {
  it('the participle after “I’ve”: an action past, not a number word or a talk verb', () => {
    for (const w of ['freed', 'guaranteed', 'unfrozen', 're-routed', 'overwritten']) expect(isActionPast(w), w).toBe(true);
    for (const w of ['hundred', 'said', 'unsaid', 'rewritten', 'agreed']) expect(isActionPast(w), w).toBe(false);
  });
  it('a dated act: a strong participle is past, a number word before the day is not', () => {
    hurried('Card stolen on 4 March and the replacement never came.');
    hurried('Screen broken on 2 June, still no repair.');
    unhurried('A hundred on 3 May is what the plan costs, not yet sure which I want.');
  });
});

describe('hurry: a need blocked right now (H1: homework, pipelines, work)', () => {
  it.each([
    'My pipeline is blocked right now because of your outage.',
    'Our builds are currently down, so nothing ships.',
    'I can not pay any bills presently.',
    'Right now our team can’t deploy anything.',
  ])('hurried: %s', (m) => hurried(m));
  it.each([
    'I’m currently stuck on step 3 of the guide, where do I find the key?',
    'I can’t afford the yearly plan right now.',
    'We’re not blocked right now, just curious about the roadmap.',
    'Now I can’t open the old reports, is that expected?',
    'Is the dashboard down right now?',
  ])('calm: %s', (m) => unhurried(m));
});

describe('hurry: a repeat or a wait told as a condition or as others’ report (R-U1)', () => {
  it.each([
    'Do they charge a fee if nobody answers the door on the day?',
    'Is there a fee if I need it delivered today?',
    'If this ever happens during a launch we’d be stuck.',
    'If this happens during our launch tomorrow we would be stuck.',
    'This bug was reported many times on the forum. Which version fixes it?',
    'Spammers are never banned, even when reported many times?',
  ])('calm: %s', (m) => unhurried(m));
  it.each([
    'I have reported this many times and nothing happens.',
    'I ring every day and nobody answers.',
    'If it isn’t fixed by tomorrow I’ll cancel my plan.',
  ])('hurried: %s', (m) => hurried(m));
});

describe('hurry, review (fix-hurry): the condition’s own clause, "atm", a fault report', () => {
  it.each([
    'I’d appreciate it if you could sort this ASAP',
    'If I open the app it crashes, can you fix this urgently?',
    'If it isn’t fixed by tomorrow I’ll cancel.',
    'My pipeline is blocked right now because of your outage.',
    'Right now our team can’t deploy anything.',
    'We currently can’t process any orders.',
  ])('hurried: %s', (m) => hurried(m));
  it.each([
    'If this happens during our launch tomorrow we would be stuck.',
    'If this ever happens during a launch we’d be stuck',
    'I can’t withdraw cash at the ATM',
    'My card got blocked at an ATM in Spain last month',
    'I currently cannot edit my profile picture',
    'I think your site is currently down',
  ])('calm: %s', (m) => unhurried(m));
});
