// Session 32 (mood, customer_upset). Every sentence here was written for these tests; none is a corpus row.
// 1. Known fault: "Done with you guys." drops its subject; the threat-to-leave cues of session 31 and "I'm done with
//    you" both needed one, so the message read calm. The subjectless form at a sentence's head is read now.
// 2. Known fault: a pile of "!" after a plain fact is no raised voice (RULINGS U1: emphatic punctuation on a
//    complaint). "refund" named alone made the sentence a complaint; a refund complains only demanded or denied.
// 3. A condition closed earlier in the sentence ("if …, …, so …") no longer shields a denied praise after it.
// 4. A verdict stated of what the customer names and stressed by a degree word ("the lag is really bad").
// 5. Review: "that's too bad" is regret at the news, not a verdict on the service ("too" read as a degree word).
// 6. Review: a refund asked for with "would like" / "'d like", or money demanded back, is a demand like "I want a
//    refund": with "!!!" it stays upset. Money owed that went up ("my bill … higher") complains, so "???" raises it.
// 7. Prober: "done with this <part of the task>" ("this step") is progress, no threat to leave; "done waiting" is
//    exasperation like "tired of waiting" (U1), not yet an overdue wait (H1 needs a length, "still" or a repeat).
import { describe, expect, it } from 'vitest';
import { analyse } from './text';
import { statedVerdict } from './mood';
import { calm, moodOf, upset } from './test/mood-cases';

describe('a threat to leave with its subject dropped', () => {
  it.each(['Done with you guys. Cancelling today.', 'So done with you. Closing the account.', 'Three weeks of excuses. Finished with y’all.'])(
    'upset: %s',
    (m) => upset(m),
  );
  it('the evidence is the words that leave', () => {
    expect(moodOf('Done with you guys. Cancelling today.').evidence).toContain('Done with you');
  });
  it.each(['Done with the update, it works now.', 'Finished with the first step. What do I do next?', 'Cancelling today, please confirm.'])(
    'calm: %s',
    (m) => calm(m),
  );
});

describe('"!!!" after a plain fact about a refund is no raised voice', () => {
  it.each(['Refund was 20 dollars!!!', 'The refund for order 5521 was 14 euros!!!'])('calm: %s', (m) => calm(m));
  it.each(['I want a refund!!!', 'Still no refund!!!', 'Refund me now!!!', 'Where is my refund???'])('upset: %s', (m) => upset(m));
});

describe('a condition closed before the verdict does not shield it', () => {
  it('upset, on the denied praise: a condition closed by a comma and "so"', () => {
    const m = 'If I set the reminder for 8am, my partner sees 6am, so she misses it…not helpful at all for our shifts.';
    expect(moodOf(m)).toMatchObject({ upset: true });
    expect(moodOf(m).evidence).toContain('not helpful');
  });
  it.each(["If it's not helpful, I can send more logs.", "My colleague said it's not good for large files, is that right?"])('calm: %s', (m) => calm(m));
});

describe('a verdict stated and stressed by a degree word', () => {
  const verdict = (m: string) => statedVerdict(analyse(m)).map((h) => m.slice(h.start, h.end));
  it.each([
    ['The delay between tapping and moving is really bad.', 'really bad'],
    ['I have no idea which maps they use but they are also very poor.', 'very poor'],
    ['The new checkout is so terrible and nobody answers.', 'so terrible'],
  ])('reads %s', (m, words) => {
    expect(verdict(m)).toEqual([words]);
    upset(m);
  });
  it.each([
    "I'm so bad at this kind of thing, sorry.",
    'The signal is bad in the basement.',
    'If the print quality is very poor, should I clean the heads?',
    'Is the picture really bad on the second screen too?',
  ])('not a stated verdict: %s', (m) => expect(verdict(m)).toEqual([]));
});

describe('"that\'s too bad" is regret, not a verdict', () => {
  it.each(["Oh that's too bad, thanks anyway.", "That's too bad. I'll wait for the release.", "Well, that's really too bad!"])('calm: %s', (m) =>
    calm(m),
  );
  it.each(['This app is too bad.', 'The service was so bad.'])('upset: %s', (m) => upset(m));
});

describe('a refund or money back demanded, with "!!!"', () => {
  it.each(["I'd like a refund!!!", 'I would like my money back!!!', 'Please refund me!!!', 'I want my money back!!!', "I'd like a full refund!!!"])(
    'upset: %s',
    (m) => upset(m),
  );
  it.each(["I'd like a refund.", 'Would a refund be possible?'])('calm: %s', (m) => calm(m));
  it('a bill that went up, asked with "???", is upset; asked plainly or of a price in general, calm', () => {
    upset('Why is my bill 40 dollars higher???');
    calm('Why is my bill higher this month?');
    calm('Is the price higher for 2 users???');
  });
});

describe('"done with" a part of the task, and "done waiting"', () => {
  it.each(["I'm done with this step, what next?", "We're done with the setup, what now?", "I'm done with step 3", "I'm done with this step!!!"])(
    'calm: %s',
    (m) => calm(m),
  );
  it.each(["I'm done with this.", "I'm done with this company.", "I'm done with this app, cancelling.", "I'm so done with this. Cancel my account."])(
    'upset: %s',
    (m) => upset(m),
  );
  it('"done waiting" is upset, not yet hurry', () => {
    expect(moodOf("I'm done waiting. Where is my order?")).toMatchObject({ upset: true, hurry: false });
    expect(moodOf("I'm done waiting. Where is my order?").evidence).toContain('done waiting');
  });
});
