// Session 48 (judge-m, customer mood).
// - Fix of session 47's review: the older hurry cue on a wait told by what it took in minutes or hours ("it took us 45
//   minutes to get through", "it took them 40 minutes to bring our drinks") now leaves out the customer's own job the way
//   the session-47 cues do (the pack's &performance-job anchor): how long a backup, a migration, an export, an import or
//   a restart ran is performance, no wait for anything owed (RULINGS H1, R-U3); a service step owed stays hurry (R-G2).
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('how long the customer\'s own job ran is not a wait (H1, R-U3); a service step owed still is (R-G2)', () => {
  it.each([
    'It took us 3 hours to restore the backup from last night.',
    'The export took 2 hours to be ready and then it was empty.',
    'It took us 5 hours to back up the whole database.',
    'It took me 2 hours to rebuild the index after the import.',
    'It took us 4 hours to finish the migration on the staging server.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
  it.each([
    'It took them 40 minutes to bring our drinks.',
    'It took us 45 minutes to get through to an agent.',
    'It took the technician over 3 hours to show up for the appointment.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});
