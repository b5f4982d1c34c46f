// Session 27 (mood): customer_hurry. Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { moodFeatures, moodProbability } from './mood-learned';
import { HURRY_MODEL } from './mood-learned-weights.generated';
import { customerVoice } from './mood-voice';
import { analyse } from './text';

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
