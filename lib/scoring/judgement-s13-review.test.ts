// Session 13 review (issue 10, issue 14): what the session's own changes over-corrected, found by trying
// sentences of our own against them. Each case failed on the merged branch before its fix. Left as found
// (each fix cost a never-tuned FRESH3 or kept-aside false alarm): "I can't see a way to do that" is not
// flagged (find/see stay knowledge verbs), and "I'd use rsync for this: rsync -a …" is not teach.
import { describe, it } from 'vitest';
import { signalCases } from './test/signal-cases';
import { calm, upset } from './test/mood-cases';

signalCases(
  'negative language: a way the agent cannot think of is a limit; a search that found nothing is not (N1)',
  'negative-language',
  ["I can't think of a way to get the refund through.", "We can't think of any way to move the booking."],
  ["I can't see how that happens on your side.", "I couldn't find any errors in the log.", "I can't tell from the screenshot."],
);

signalCases(
  'closing question: a check of the fix, not a check of the set-up (C1, Q1)',
  'closing-question',
  ["Can you confirm it's working now?", 'Could you check if the export works?', 'Is the connection stable now?'],
  [
    'Is your router ok with IPv6?',
    'Is the fix ok for you?',
    'Could you check that the device is connected to Wi-Fi?',
    'Can you check whether the sync log shows any errors?',
    'Could you confirm that the printer is connected by cable?',
  ],
);

describe('mood: a reservation conceded before relief is not upset (U1)', () => {
  it('"not perfect, but it works" thanks the agent', () => {
    calm('It was not perfect but it works now, thanks.');
    calm('The fix is not great but it works, thank you!');
    calm("Thanks! It's not elegant but it works.");
    calm("It's not pretty but it does the job.");
  });
  it('praise denied with no relief after it stays upset', () => {
    upset('The support was not helpful and the form lost my answers.');
    upset('The app is not good but the website works.');
  });
});
