// Session 32 (mood, customer_upset). Every sentence here was written for these tests; none is a corpus row.
// 1. Known fault: "Done with you guys." drops its subject; the threat-to-leave cues of session 31 and "I'm done with
//    you" both needed one, so the message read calm. The subjectless form at a sentence's head is read now.
// 2. Known fault: a pile of "!" after a plain fact is no raised voice (RULINGS U1: emphatic punctuation on a
//    complaint). "refund" named alone made the sentence a complaint; a refund complains only demanded or denied.
import { describe, expect, it } from 'vitest';
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
