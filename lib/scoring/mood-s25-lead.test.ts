// Session 25 (lead): two readings this session's mood classes took too far, found by a tester writing as customers
// do. A symptom word stays a grievance when its sentence marks it as one (LABELING U1: emphatic punctuation, a
// repeat, the company named), and a feature wished for "asap" does not silence a clause of its own that says when
// the customer needs it (H1). Every message here was written for these tests; none is a corpus row.
import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks for the details, I will look into it.', { customerMessage }).mood;

describe('a symptom told with a mark of grievance is upset', () => {
  it.each([
    'The connection is unreliable!!!',
    'The connection is unreliable, AGAIN.',
    'The wifi is unreliable again, third evening in a row.',
    'Had a terrible week with your app crashing every day.',
    'The screen flickers horribly on ur new firmware.',
  ])('%s', (m) => expect(mood(m).upset).toBe(true));
});

describe('the same symptom told plainly stays calm', () => {
  it.each([
    'The connection is unreliable.',
    'The fan is screaming when I start a game.',
    'My anxiety is terrible at night.',
  ])('%s', (m) => expect(mood(m).upset).toBe(false));
});

describe('a clause of its own with a time word after a wish is read', () => {
  it.each([
    'please add dark mode asap, we need it today',
    'Please add back the export button, we need it for payroll today.',
    'Could you add the CSV export soon? and I need it by Friday for the audit',
  ])('%s', (m) => expect(mood(m).hurry).toBe(true));
});

describe('a wish with only its own speed word stays calm (R-I4)', () => {
  it.each(['Please add dark mode asap', 'please add dark mode, asap', 'Would be great to add a widget asap!'])('%s', (m) =>
    expect(mood(m).hurry).toBe(false),
  );
});
