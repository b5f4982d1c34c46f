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

// Session 48 (fix-m, reviewer-6 finding 1): the performance words are whole verb forms, so a word that only starts like
// one ("important", "installer", "booth") is no job, and "query" is a job only when it is run or it took/ran; as the
// customer's question to support it leaves the wait owed hurry (R-G2).
describe('a word that only looks like a job word leaves an owed wait hurry (R-G2)', () => {
  it.each([
    // reviewer-6's sentences
    'It took the agent 50 minutes to answer my query.',
    'It took them 2 hours to respond to my query about the refund.',
    'I spent 45 minutes on hold with my query and nobody picked up.',
    'It took them 40 minutes to bring our drinks, which is important with two small kids.',
    'It took them 3 hours to deliver the booth we ordered.',
    'We had to wait 4 hours for the installer to arrive.',
    // fix-m's own
    'It took us an hour to reach someone about my query, which is important to me.',
    'We had to wait 2 hours for the installers to turn up.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    // the job itself still leaves it out
    'It took me 20 minutes to run the query.',
    'The query took 20 minutes to come back.',
    'It took us 40 minutes to install the update on every laptop.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

// Session 48 (fix-m, reviewer-6 finding 2): only the cues whose subject can be the customer's own job ("it took me/us
// …", "… took N to be ready") drop hurry for a job word anywhere in the sentence. A service step, a hold or a queue is
// owed by definition (R-G2): a job word elsewhere ("for your team to restart my service") leaves it hurry; only the job
// as what was awaited ("the export took an hour to arrive", "wait 3 hours for the import to finish") is performance.
describe('a job word beside an owed service step, hold or queue leaves it hurry; the job awaited is not (R-G2, H1)', () => {
  it.each([
    // reviewer-6's sentences
    'I had to wait 3 hours for your team to restart my service.',
    'I had to wait 3 days for you to export my data.',
    'It took them 40 minutes to check us in because the system kept rebooting.',
    'We had to wait 90 minutes for a table so we left and went to our backup restaurant.',
    // fix-m's own
    'We were 50 minutes on hold and then the line dropped during the restart of your phone system.',
    'The taxi took an hour to show up, so I missed the migration workshop.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    // reviewer-6's sentences (calm since session 48's judge; kept so by the narrower scope)
    'We had to wait 3 hours for the import to finish.',
    'The export took over an hour to arrive in my inbox.',
    // fix-m's own
    'We had to wait 2 hours for our nightly backup to complete.',
    'The download took 40 minutes to come through.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});
