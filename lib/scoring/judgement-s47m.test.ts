// Session 47 (judge-m, mood and the month classes).
// - A word class may be another class less a few words (`from` + `except`): the pack's <month-but-may> is <month-name>
//   less "may" (the modal verb), one list of the months instead of two; a team pack that redefines the months changes
//   both classes. The expectation cues that read them give the same answers.
// - The minutes or hours a service step owed to the customer took ("it took nearly an hour to bring our dinner up") and
//   a wait the customer was made to sit through, told by its length ("we had to ring the desk and wait 40 minutes"), are
//   a stated waiting time: hurry, also in the past (RULINGS H1, R-G2, R-U2). How long a download, an install or a job
//   took, speed told as praise and a wait a rule sets for anyone are not.
// - "cheat" as the first word of a compound ("a cheat sheet", "cheat codes") names a thing, no accusation (U1); the verb
//   and "cheating" still accuse.
// - A sad face inside inline code or a quote is code or another's words, not the customer's face (U1 "negative emoji").
// - The "!" that ends a program's message the customer pasted ("NullPointerException: no session!") is the program's
//   mark, not the customer's voice (U1 counts the customer's "!" on a complaint); prose blame with "!" still counts.
// Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { compileWordClasses } from './word-classes';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { testPack, base } from './test/packs';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('a service step that took minutes or hours is a stated waiting time (H1, R-G2)', () => {
  it.each([
    'Nice pool, but it took nearly an hour to bring our dinner up to the room.',
    'The shuttle took over 50 minutes to come back for us from the terminal.',
    'We had to ring the front desk twice and wait 40 minutes for fresh towels.',
    'They kept us waiting 2 hours in the lobby before the room was ready.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'The firmware download took 20 minutes on my slow line.',
    'It took about two hours to install the new drivers, but it works now.',
    'The staff were lovely and it took 5 minutes to check us in.',
    'Dinner only took 15 minutes to arrive, great kitchen.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('fix47 (reviewer-5, 1): a wait the customer sat through is hurry, a wait on a build, a download or a sync is not', () => {
  it.each([
    'We had to wait 2 hours at the front desk to check in.',
    'They kept us waiting 3 hours for the technician.',
    'We had to wait 2 hours at the gate with two small kids.',
    'I had to queue at the pharmacy and wait 50 minutes for my prescription.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'We had to wait 2 hours for the build to finish, normal for our repo.',
    'We had to wait 20 minutes for the update to download.',
    'I had to restart and wait 10 minutes for the sync.',
    'We had to wait 40 minutes for the install to complete before testing.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('fix47 (reviewer-5, 2): the step owed to the customer stands right after the length', () => {
  it.each([
    'It took 40 minutes to get our food.',
    'It took over an hour for someone to answer the phone.',
    'It took 20 minutes to get our coffee.',
    'It took 45 minutes before anyone came to our room.',
    'It took 40 minutes for anyone to answer at reception, the room itself was great.',
    'It took an hour and a half for the waiter to take our order.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
  it.each([
    'It took 30 minutes for the page to come up, so our staff could not work.',
    'It took about 20 minutes for the car to connect to the app over bluetooth.',
    'It took 15 minutes to send the order to the printer, is the driver outdated?',
    'It took 25 minutes for the report to render, while the driver sat idle.',
  ])('%s', (m) => expect(mood(m).hurry).toBe(false));
});

describe('"cheat" in a compound names a thing; cheating still accuses (U1)', () => {
  it.each([
    'Is there a cheat sheet for the keyboard shortcuts somewhere?',
    'Where do I type the cheat codes in the new version?',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
  it.each([
    'You cheat your own customers with these hidden fees.',
    'This company is cheating people out of their deposits.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('a sad face inside inline code is code, not the customer (U1)', () => {
  it('calm: a snippet with ":(" in backticks', () =>
    expect(mood('My regex `^:(\\d+)$` matches nothing on the second line, any idea why?').upset).toBe(false));
  it('upset: the same face outside the code, on the complaint', () =>
    expect(mood('My regex `^\\d+$` matches nothing and I have lost a whole day on it :(').upset).toBe(true));
});

describe('the "!" of a pasted program message is not the customer raising the voice (U1)', () => {
  it('calm: the exception text ends in "!"', () =>
    expect(
      mood(
        'Since the last release the export dialog fails for me on Windows 11 and on Ubuntu. The log says org.acme.export.ExportException: no writer found for format PDF! and then the window closes.',
      ).upset,
    ).toBe(false));
  it('upset: the customer\'s own "!" on blame', () => expect(mood('The export dialog fails and nobody answered my ticket. You broke it again!').upset).toBe(true));
  it.each(['My RuntimeError: your servers are down again!', 'Another TimeoutError: you have broken the sync for the third time this week!'])(
    'upset (fix47, reviewer-5 finding 5): the words after the colon speak to the company: %s',
    (m) => expect(mood(m).upset).toBe(true),
  );
  it('calm: a program message with no word to the company still ends in the program\'s "!"', () =>
    expect(mood('The import stops and the log shows com.acme.io.ReadException: no bytes left in buffer! What should I check first?').upset).toBe(false));
});

describe('a word class taken from another less some words (from + except)', () => {
  it('the months but "may" are the months less "may", every other month kept', () => {
    const classes = compileWordClasses(DEFAULT_PACK.word_classes);
    const months = classes('month-name') ?? [];
    const butMay = classes('month-but-may') ?? [];
    expect(months).toContain('may');
    expect(butMay).not.toContain('may');
    expect([...butMay].sort()).toEqual(months.filter((m) => m !== 'may').sort());
  });
  it('reads the class of that name as the pack layers resolve it, and leaves a verb out in every form', () => {
    const classes = compileWordClasses(
      { fix: { verbs: ['mend', 'patch'] }, mends: { from: 'fix', except: ['patch'] } },
      { fix: { verbs: ['mend', 'patch', 'repair'] } },
    );
    expect(classes('mends', 'past')).toEqual(expect.arrayContaining(['mended', 'repaired']));
    expect(classes('mends', 'past')).not.toContain('patched');
    expect(classes('mends')).not.toContain('patching');
  });
  it('a from that names no class, or comes back to itself, adds nothing', () => {
    const classes = compileWordClasses({ a: { words: ['x'], from: 'b' }, b: { words: ['y'], from: 'a', except: ['x'] }, c: { from: 'nothing' } });
    expect(classes('a')).toEqual(['x', 'y']);
    expect(classes('b')).toEqual(['y']);
    expect(classes('c')).toEqual([]);
  });
  it("a team pack's class taken from another flags what its phrase says, and not the word left out", () => {
    const pack = testPack(
      [{ ...base, id: 'hot-drink', type: 'phrase-avoid', message: 'found', phrases: ['a cup of <warm-drink>'] }],
      { word_classes: { drink: { words: ['tea', 'coffee', 'juice'] }, 'warm-drink': { from: 'drink', except: ['juice'] } } },
    );
    const team = createScorer(pack);
    const flagged = (t: string) => team.score(t).findings.some((f) => f.ruleId === 'hot-drink');
    expect(flagged('I will make you a cup of tea while the update runs.')).toBe(true);
    expect(flagged('I will make you a cup of juice while the update runs.')).toBe(false);
  });
});

signalCases(
  'a date ahead by a bare month, read from the months less "may" (session 47: one list)',
  'expectation',
  ['The spare batteries will be back in our warehouse by mid-November.', 'We will keep your booking on hold until March.'],
  ['We were in touch back in March about this.', 'May I ask which plan you are on?'],
);
