// Session 29 (tester): cleanup of the session-28 mood readings with no change in what they read, apart from the
// sentence edge noted below. Every message here was written for these tests; none is a corpus row.
//  - mood-deadline.ts and mood-sarcasm.ts share the event nouns (mood-words.ts EVENT_NOUNS); each keeps its own extras.
//  - the units of a near time are mood-words.ts SHORT_TIME_UNITS, the minutes and hours of TIME_UNITS.
//  - ownPlan reads its sentence with text.ts sentenceAt and its clause inside that sentence: a decimal point or a
//    dotted version no longer cuts the sentence, so a condition before "2.5" is seen.
//  - refundOnly blanks the demand with module-level global regexes: calling it again gives the same answer.
//  - capitals "NOW" and the customer's own promise before them are one definition (mood-sarcasm.ts), read by both
//    nearEvent (the first capitals) and mood-hurry.ts capsNow (every one).
import { describe, expect, it } from 'vitest';
import { deadlineNeed, ownPlan, refundOnly } from './mood-deadline';
import { capsNow } from './mood-hurry';
import { nearEvent } from './mood-sarcasm';
import { EVENT_NOUNS, SHORT_TIME_UNITS, TIME_UNITS } from './mood-words';
import { analyse } from './text';

/** The span of `words` (its first occurrence) in `text`. */
function at(text: string, words: string): { start: number; end: number } {
  const start = text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in "${text}"`);
  return { start, end: start + words.length };
}

/** Whether the customer's `time` words in `text` are the customer's own next step (ownPlan). */
const plan = (text: string, time: string) => ownPlan(analyse(text), at(text, time));
/** The words of the deadline the customer needs something by, or undefined. */
const deadline = (text: string) => deadlineNeed(analyse(text)).map((s) => text.slice(s.start, s.end))[0];
/** The words of the near event or capitals that hurry the customer (outer spaces trimmed). */
const soon = (text: string) => nearEvent(analyse(text)).map((s) => text.slice(s.start, s.end).trim());

describe('the shared event nouns: a deadline names them, and so does an event that starts soon', () => {
  it('lists plain words, so a reading can split it into a word set', () => {
    for (const w of EVENT_NOUNS.split('|')) expect(w).toMatch(/^[a-z-]+$/);
  });

  it.each([
    ['Please get the projector running before my webinar.', 'before my webinar'],
    ['I need the badge printer working by the audit.', 'by the audit'],
    ['Can you restore the mailbox ahead of our launch?', 'ahead of our launch'],
  ])('deadline: %s', (text, words) => {
    expect(deadline(text)).toBe(words);
  });

  it.each([
    ['The webinar starts in 10 mins and the slides will not load.', 'webinar starts in 10 mins'],
    ['Our audit begins at 9 and the export is broken.', 'audit begins at 9'],
  ])('starts soon: %s', (text, words) => {
    expect(soon(text)).toContain(words);
  });

  it('a session or a board starts soon, but a deadline does not name them (session 28 review)', () => {
    expect(soon('The session starts in 20 minutes and I cannot log in.')).toContain('session starts in 20 minutes');
    expect(deadline('I need the login fixed before the next session.')).toBeUndefined();
    expect(deadline('Please send the figures by the board.')).toBeUndefined();
  });

  it('a deadline reads the plurals it always read, and its own events', () => {
    expect(deadline('I need the rota app back before my shifts.')).toBe('before my shifts');
    expect(deadline('Please fix the card reader before the concert.')).toBe('before the concert');
  });
});

describe("the units of a near time: minutes and hours, not days", () => {
  it('SHORT_TIME_UNITS is the start of TIME_UNITS', () => {
    expect(TIME_UNITS.startsWith(`${SHORT_TIME_UNITS}|`)).toBe(true);
  });

  it.each([
    ["Thanks, I'll restart the hub within 2 hrs and report back.", 'within 2 hrs'],
    ["Got it, we'll test the backup in 20 mins.", 'in 20 mins'],
  ])('own plan: %s', (text, time) => {
    expect(plan(text, time)).toBe(true);
  });

  it("a step in days is no near time of the customer's", () => {
    expect(plan("Thanks, I'll restart the hub in 3 days and report back.", 'in 3 days')).toBe(false);
  });
});

describe("the customer's own next step, read in its sentence and clause", () => {
  it.each([
    ["Thanks, I'll try the new cable tomorrow.", 'tomorrow'],
    ["Cheers. We'll reinstall the driver tonight and let you know.", 'tonight'],
  ])('own plan: %s', (text, time) => {
    expect(plan(text, time)).toBe(true);
  });

  it.each([
    // a condition in the sentence: a fallback or a threat
    ["I'll ring my bank tomorrow unless the charge is reversed.", 'tomorrow'],
    // something pressing in the clause
    ["I'll try again tomorrow, but I still can't print today.", 'today'],
    // an event of the customer's in the clause
    ["I'll test it tomorrow before the demo.", 'tomorrow'],
  ])('not a plan: %s', (text, time) => {
    expect(plan(text, time)).toBe(false);
  });

  it('the sentence before a step is not its clause: a condition there does not count', () => {
    expect(plan("If you need the logs, they are attached. I'll retest it tomorrow.", 'tomorrow')).toBe(true);
  });

  it('a decimal point or a dotted version does not end the sentence: the condition before it counts (changed in s29)', () => {
    expect(plan("If the v2.5 patch fails again I'll reinstall it tomorrow.", 'tomorrow')).toBe(false);
    expect(plan("Unless the app.config fix works I'll reset the phone tonight.", 'tonight')).toBe(false);
  });
});

describe('a demand for money back as the only ground for hurry', () => {
  it('gives the same answer on every call (the global regexes start afresh)', () => {
    const only = analyse('Refund my money. I want my money back.');
    const waited = analyse("Give me my money back, I've been waiting for weeks.");
    for (let i = 0; i < 3; i++) {
      expect(refundOnly(only)).toBe(true);
      expect(refundOnly(waited)).toBe(false);
    }
  });

  it('a near time or a block beside the demand is more than the demand', () => {
    expect(refundOnly(analyse('Please refund my money by Friday.'))).toBe(false);
    expect(refundOnly(analyse("Return my money, I can't pay my bills."))).toBe(false);
  });
});

describe('urgency in capitals and the customer\'s own promise, read the same by both readings', () => {
  const words = (text: string, spans: { start: number; end: number }[]) => spans.map((s) => text.slice(s.start, s.end));
  it.each([
    ['The tills are down and I need them back RIGHT NOW', ['RIGHT NOW']],
    ['Fix the login NOW please', ['NOW']],
    ["Thanks, I'll reboot the server NOW", []],
    ['We are going to restart the whole site NOW', []],
  ])('%s', (text, expected) => {
    const view = analyse(text);
    expect(words(text, capsNow(view))).toEqual(expected);
    expect(words(text, nearEvent(view))).toEqual(expected);
  });
});
