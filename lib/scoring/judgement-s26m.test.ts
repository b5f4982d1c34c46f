// Session 26 (engineer "mood", customer_hurry): wrong readings a user noticed, fixed as classes — who repeats a contact
// (the agent asking the customer is no repeat of the customer's), a need blocked by the fault ("I can't work"), a
// negated need quoted back with sarcasm ("I don't need it right now? I need it YESTERDAY"), and the short spellings of
// a waited time ("2wks", "a fortnight"). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { aheadTimes, timeFeatures } from './mood-time';
import { hurried, unhurried } from './test/mood-cases';

const scorer = createScorer();
/** The situation ids the customer's message sets, beside a neutral reply. */
const situationsOf = (customerMessage: string): string[] => (scorer.score('Thanks, I am on it.', { customerMessage }).situations ?? []).map((s) => s.id);

describe('who repeats a contact (RULINGS H1 "repeated unanswered requests"; who does what)', () => {
  it('does not count the agent or the company asking the customer again as the customer repeating', () => {
    for (const m of [
      'You asked me several times for the logs, here they are.',
      'Your engineer has called us three times to reschedule the visit.',
      'They emailed me twice to confirm the address.',
      'Your team asked me for the serial number three times.',
    ]) {
      expect(situationsOf(m), m).not.toContain('repeat');
      unhurried(m);
    }
  });
  it('still counts the customer asking, calling or writing again, with the agent in the same sentence', () => {
    for (const m of [
      'I have asked you several times for a refund.',
      "I've emailed you three times about this invoice.",
      'I have called you 5 times and you asked me to wait.',
      'We reported this outage twice already.',
    ]) {
      expect(situationsOf(m), m).toContain('repeat');
      hurried(m);
    }
  });
});

describe('a need blocked by the fault: the customer cannot work, study or serve (RULINGS H1 "a stated need that is blocked")', () => {
  it('reads I or we who cannot work, study or do their job as hurry, with "soon" or without it', () => {
    hurried("please fix it soon, I can't work");
    hurried('Please sort it out soon, we cannot study for our finals.');
    hurried("I'm unable to do my homework since the update.");
    hurried('I am not able to serve my customers, the till is frozen.');
    hurried('The laptop keeps rebooting and I just cannot do my job.');
    hurried("we're not able to work at all with the VPN down");
  });
  it('keeps "work out" (confusion), a thing that cannot work, a habit, a past day and a question calm', () => {
    unhurried("I can't work out how to export the report.");
    unhurried("Can't work out why the sync fails, any ideas?");
    unhurried("It can't work with the old router, the manual says so.");
    unhurried("We can't work on weekends because of the building's policy.");
    unhurried("I had no babysitter last week so I couldn't work.");
    unhurried("Why can't I work offline?");
    unhurried('Please fix it soon.');
  });
});

describe('a negated need quoted back with sarcasm, and a need for a day gone by (H1 an explicit near time)', () => {
  it("reads a questioned negated need answered by a need of the customer's own as hurry", () => {
    hurried("I don't need it right now? I need it YESTERDAY");
    hurried("Don't need it urgently?? We need it today, the auditors are here.");
    hurried("No need to rush? I really need it now.");
  });
  it('reads a present need for yesterday as the idiom of a late need', () => {
    hurried('we need this fixed yesterday, not next week');
    hurried('I need it like yesterday.');
    hurried('The client wants it done yesterday.');
  });
  it('keeps a negated need that is not questioned, a question with no need after it, and a past need calm', () => {
    unhurried("I don't need it right now, next week is fine.");
    unhurried("I don't need it right now? Great, then I'll wait for the next release.");
    unhurried("I needed it yesterday but I borrowed my sister's, so no rush.");
    unhurried('Did the courier say it was delivered yesterday?');
  });
});

describe('the short spellings of a waited time read as their long ones (wk, wks, fortnight; H1 a long or overdue wait)', () => {
  it('reads each short spelling as hurry where the spelled-out form is', () => {
    for (const [short, long] of [
      ["I've waited 2wks for a reply", "I've waited 2 weeks for a reply"],
      ['I have been waiting a fortnight for my refund', 'I have been waiting two weeks for my refund'],
      ['ordered 2 wks ago and still nothing', 'ordered 2 weeks ago and still nothing'],
      ['Still no refund after a fortnight', 'Still no refund after 2 weeks'],
      ['my parcel is 3 wks late', 'my parcel is 3 weeks late'],
      ['no internet for 2wks', 'no internet for 2 weeks'],
      ["it's been a fortnight and still no engineer", "it's been 2 weeks and still no engineer"],
      ['pending for 3 wks', 'pending for 3 weeks'],
    ]) {
      hurried(long!);
      hurried(short!);
    }
  });
  it('keeps a time ahead, a product age and a happy use calm in the short spellings too', () => {
    unhurried('The new plan starts in a fortnight, can I switch then?');
    unhurried("Bought it 2 wks ago and I love it, great app.");
    unhurried("It's been a fortnight since I switched and it's been amazing.");
  });
});

describe('chrono-node reads the short spellings of a week (mood-time.ts)', () => {
  it('reads "2wks ago" and "a fortnight ago" as an elapsed time, with offsets in the text itself', () => {
    const t = 'ordered a fortnight ago, no word';
    const f = timeFeatures(t);
    expect(f.values.t_elapsed).toBe(1);
    expect(t.slice(f.spans.t_elapsed!.start, f.spans.t_elapsed!.end)).toBe('a fortnight ago');
    const u = 'ordered 2wks ago.';
    const g = timeFeatures(u);
    expect(u.slice(g.spans.t_elapsed!.start, g.spans.t_elapsed!.end)).toBe('2wks ago');
  });
  it('reads "by next wk" as a deadline a week ahead', () => {
    const t = 'need it by next wk';
    const [a] = aheadTimes(t);
    expect(a).toMatchObject({ deadline: true, ahead: 7 });
    expect(t.slice(a!.start, a!.end)).toBe('next wk');
  });
});
