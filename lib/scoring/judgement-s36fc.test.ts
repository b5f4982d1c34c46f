// Session 36 fix-c (mood): over-broad readings added this session, narrowed by structure.
// - corpus-extra README R-G1 judges the product, and RULINGS U1 says a calm report is not upset: a present-tense quality
//   predicate ("is slow") is a verdict only when its subject is the product and the message neither concedes nor
//   praises ("but that is fine", "glad", "it worked"), mood-quality.ts presentPredicate.
// - RULINGS U1 emphatic punctuation: one-word sentences after a fault are stressed only when the run carries an
//   emphasis word ("All. The. Time."); reproduction steps ("Open. Edit. Close.") are calm (mood-stress.ts).
// - RULINGS H1: contact attempts are the wait itself, so "5 messages in 2 weeks" keeps its wait cue (mood-hurry.ts
//   EVENT_COUNT_BEFORE counts fault events only).
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { calm, moodOf, upset } from './test/mood-cases';

describe('a present quality predicate conceded or praised is no verdict (R-G1, U1)', () => {
  it.each([
    'Hi, the checkout page is slow, so I used the app instead and it worked. Just letting you know.',
    'The new version is great. The old one is slow, so I am glad I upgraded.',
    'Thanks, the site is slow now but that is fine, I can wait until tomorrow.',
  ])('%s', (m) => calm(m));
  it.each(['The tablet version is laggy and eats my battery.', 'The website is sluggish and keeps logging me out.'])('near miss: %s', (m) => upset(m));
});

describe('steps after a fault are not beaten-out words (U1)', () => {
  it('steps', () => calm('Sync fails on my laptop when I do this. Open. Edit. Close. Then the file is gone.'));
  it('near miss', () => upset('It crashes. All. The. Time.'));
});

describe('contact attempts are the wait, not fault events (H1)', () => {
  it('messages', () => expect(moodOf('I sent 5 messages in 2 weeks and still no reply.').evidence).toContain('in 2 weeks'));
  it('near miss: a fault rate stays no wait', () => expect(moodOf('The app crashed 4 times in 2 hours, still no fix.').evidence).not.toContain('in 2 hours'));
});
