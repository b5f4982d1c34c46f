// Session 27 (mood): customer_hurry. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import { moodFeatures, moodProbability } from './mood-learned';
import { HURRY_MODEL } from './mood-learned-weights.generated';
import { customerVoice } from './mood-voice';
import { analyse } from './text';

const scorer = createScorer();
const hurry = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood.hurry;
const features = (m: string) => moodFeatures(analyse(customerVoice(m))).values;

// 1. The learned model's negation count reads tokens (cues.ts isNegator), as the cues do: a customer who types
//    "dont" or "cant" in a hurry, or writes "couldn't" / "wasn't", negates as much as one who writes "don't".
describe('the learned hurry model counts a negation however it is spelt', () => {
  it.each([
    ['I dont have it and cant log in', "I don't have it and can't log in"],
    ['It wasnt delivered and I couldnt reach anyone', "It wasn't delivered and I couldn't reach anyone"],
    ['The app isnt loading and wont open', "The app isn't loading and won't open"],
    ['Paid the fees 2 days ago, the app doesnt show it and I cant attend class', 'Paid the fees 2 days ago, the app doesn\u2019t show it and I can\u2019t attend class'],
  ])('%s', (bare, spelt) => {
    expect(features(bare).negn).toBeGreaterThan(0);
    expect(features(bare).negn).toBe(features(spelt).negn);
    expect(moodProbability(HURRY_MODEL, features(bare))).toBe(moodProbability(HURRY_MODEL, features(spelt)));
  });

  it('"-n\'t" forms the raw-text list lacked count too ("couldn\'t", "wasn\'t", "aren\'t", "shouldn\'t")', () => {
    expect(features("couldn't, wasn't, aren't, shouldn't").negn).toBe(features('not not not not').negn);
  });

  it('a message without a negation counts none ("nothing" counts; "note", "know", "snow" do not)', () => {
    expect(features('I know the note said snow').negn).toBe(0);
    expect(features('nothing arrived').negn).toBeGreaterThan(0);
  });
});

// 2. A need that is over (mood-hurry.ts needOver; H1 counts a need blocked right now): a need, an event or a deadline
//    told in the past, when the message says it was met or no longer matters, or leaves nothing open.
describe('a past need that is over is not hurry', () => {
  it.each([
    "I needed it yesterday for my meeting but it's fine now",
    'I needed it yesterday for my meeting but its fine now',
    'I needed the invoice before my flight last week, but I got it in the end, thanks',
    'I needed it urgently this morning but never mind, a colleague lent me his laptop',
    'I needed help urgently last night but it started working again this morning',
    "I was supposed to present at 9am and the projector app crashed, but it's sorted now",
    "My exam was last Monday, so I don't need the access code anymore",
    'I needed it yesterday for my meeting!!',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

describe('a past need with something still open, or a present need beside it, stays hurry', () => {
  it.each([
    'I needed it yesterday for my meeting and it still does not work',
    'I needed it yesterday and I still need it today',
    'The deadline was yesterday and I still have no invoice, my accountant is chasing me',
    'I needed it for my interview this morning and the link is still broken, please help',
    'The deadline was on Friday, please send the invoice asap',
    "I needed the report urgently but it's fine now, although I need the invoice by tomorrow",
    'We had to go live on Monday and we are still blocked on this',
    // a wait told in the past stays hurry (R-U2, R-G2), whatever else the message says
    "It's fine now, but I needed it before my flight and nobody answered for 3 days",
    'I need it tomorrow for my meeting',
    // "working again", "sorted now" asked for is a need, not one that is over
    'I need it working again by tomorrow',
    'I needed it yesterday, I want it working again before tonight',
    'I need it working NOW',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
});

// H1 counts "an explicit near time" and "a stated need that is blocked right now"; R-U1 sets aside time pressure
// argued in general or as a risk ("What if I pay on due date?"). A condition on the customer's own near day with what
// it will cost them is their own stake (the pack's session-20 cue: "if this isn't sorted by Friday we lose the
// contract"), so it stays hurry; the same words asked as a "what if" question are a risk argued and stay calm.
describe("a condition on the customer's own near day with its cost is hurry; a what-if question is not", () => {
  it.each(["If I can't work tomorrow I will lose pay", "If this isn't fixed by tomorrow I will lose the client"])('%s', (m) => expect(hurry(m)).toBe(true));
  it.each(["What if I can't work tomorrow?"])('%s', (m) => expect(hurry(m)).toBe(false));
});

// 3. Classes of the tuning rows' misses and false alarms (packs/default.yaml mood_cues.hurry).
//    R-L1: the customer's own money put in that never arrived is held now.
describe('money the customer put in that never arrived is hurry (R-L1)', () => {
  it.each([
    'I added money but not added in account',
    'I add 9999 rupees but not detected why',
    'We transferred 500 rs to the wallet and it is not credited yet',
  ])('%s', (m) => expect(hurry(m)).toBe(true));
  it.each([
    'Sometimes customers pay but it is not received',
    'I sent the documents but not received any reply',
    'If I add money and it is not credited, what happens',
    'I added money and it was not credited, but it came back the next day, thanks',
  ])('%s', (m) => expect(hurry(m)).toBe(false));
});

//    H1: the customer's own lack of time for a task of theirs is their availability, not pressure on the agent.
describe("no time for a task of the customer's own is not hurry; no time for the wait is", () => {
  it.each(['i do not have the time to work on this just yet', "I don't have time to look into it myself, sorry"])('%s', (m) => expect(hurry(m)).toBe(false));
  it.each(["I don't have time for this, fix it today", 'We are running out of time, the launch is on Monday'])('%s', (m) => expect(hurry(m)).toBe(true));
});
