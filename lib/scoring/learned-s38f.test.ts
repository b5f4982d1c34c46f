/**
 * Session 38 (fix-d): the learned teach layer on words (scripts/train-learned.ts SETTINGS.teach). RULINGS T1/T2:
 * teach is an explanation of why something happens or a step the customer can take; a status report or an opening
 * hours line teaches nothing, and courtesy around a real how-to or cause does not stop it teaching. A reviewer and a
 * prober found the word model adding teach to plain status replies of 30+ words (on closed-class and style words:
 * "w:an", "subj:you>w:a"). Their billing, parcel and opening-hours replies come first (completed where their report
 * cut them off); the rest were written for this file. These pass with 168b042's weights too (billing p .48, parcel
 * .82, hours .85 against the add's .9; the prober's .91-.93 were from an earlier fit): they guard the next retrain.
 * Not here: the reviewer's padded read-receipts how-to, which the veto still drops (p .07) — vetoUnless c:l-how
 * was measured and not shipped (train-learned.ts SETTINGS.teach).
 */
import { describe, expect, it } from 'vitest';
import { isClosedClassFeature } from './learned-words';
import { signalCases } from './test/signal-cases';

signalCases(
  'a 30+ word status or schedule reply gets no teach from the word model (T1/T2: it explains nothing and gives no step); courtesy around a step or a cause keeps it',
  'teach',
  [
    // Near misses that must still teach, 30+ words with courtesy: a step the customer takes (T2), causes (T1).
    'Thanks for getting in touch. To turn off the sound alerts, open Settings > Notifications and switch off Play sounds, then restart the app so it takes the change. Hope that helps you!',
    'Thanks for the patience. The sync stops because the phone goes into battery saver at night, which closes the app in the background; it picks up again when you open it.',
    'Sorry for the trouble. The invoice shows twice because the first card payment was declined and retried, so only one of the two was actually taken from your account and the other drops off in a few days.',
  ],
  [
    // The reviewer's billing reply and the prober's status and schedule replies.
    'Thanks for waiting while I looked into this. I see an open order on your account from last week, and the charge for it is still pending with the bank. I will keep an eye on it for you.',
    "The tracking shows your parcel arrived at the local depot this morning and it is out for delivery today. You'll get a text from the driver with a one hour window before they arrive at your address.",
    'Our phone line is open 24/7 and the store is open from 9am to 6pm on weekdays and from 10am to 4pm on Saturdays. We are closed on Sundays and on public holidays this month.',
    // Written for this file, in other wording.
    'I have looked at your booking and the room is confirmed for the 12th with breakfast included for two guests. The hotel has your late arrival noted and the desk is staffed all night.',
  ],
);

describe('closed-class words (learned-words.ts CLOSED_CLASS_WORDS, the `common+content` trial input)', () => {
  it('names articles, pronouns, prepositions and auxiliaries alone or after a subject, and no content word', () => {
    for (const f of ['w:an', 'subj:you>w:a', 'w:then', 'subj:third>w:the', 'w:be']) expect(isClosedClassFeature(f), f).toBe(true);
    for (const f of ['w:charge', 'subj:we>w:fix', 'w:router', 'c:l-you']) expect(isClosedClassFeature(f), f).toBe(false);
  });
});
