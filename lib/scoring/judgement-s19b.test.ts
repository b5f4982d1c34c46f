// Session 19 (judge-b, issue 10): resolution checks (LABELING confirm_resolution, RULINGS C1, corpus-extra
// R-F2, R-U4, R-X6) and closing questions (Q1) in shapes the older rules missed, by structure: whether the
// trouble goes away with a step, whether a step (a gerund) helps, a numbered set of patches to try, a reopen
// if it still fails after the how-to, "you may retry now" after a stated wait, feedback asked once the
// customer has updated, "let me know if all is good", and the follow-up "did you end up …". Each block pairs
// the structure with controls (diagnostic questions, data requests, generic offers). Sentences written for
// these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'asking whether the trouble goes away with a step, or whether a step helps, checks a possible fix (C1, R-F2)',
  'confirm-resolution',
  [
    'Does the flicker go away if you turn off hardware acceleration?',
    'Does the crash stop when you unplug the dock?',
    'Does disabling the battery saver help?',
    'Would reverting to the older driver make a difference?',
    'Please try the 4 patches in the series linked below.',
    'If you could test the patch on your board, that would be great.',
  ],
  [
    'Does the error appear in the event log?',
    'Does the crash happen when you use mobile data too?',
    'Would enabling verbose logging help us find the cause?',
    'Please try the latest version of the app.',
  ],
);

signalCases(
  'a report-back after the how-to or after a wait, a retry now, or feedback once updated invites a test (C1, R-U4)',
  'confirm-resolution',
  [
    'Select the image group first, then use the arrow keys. If this is still not working, please reopen the ticket.',
    'The maintenance window has ended, so you may retry now.',
    'The new release fixes the sync. Once you update the app, do share your experience with us.',
    "I've re-sent the invite. Let me know if all is good.",
    'We fixed the tablet layout in 5.2. Download the update and give it a go.',
  ],
  [
    'If this is still not working, please email support@example.com.',
    'Once you update the app, the new menu is on the left.',
    'Let me know if you need anything else.',
    'You can retry the payment from the Orders page.',
  ],
);

signalCases(
  'a follow-up on whether the customer got there in the end is a closing question (Q1, LABELING)',
  'closing-question',
  [
    'Did you end up finding the invite in your spam folder?',
    'Did you eventually get the refund?',
    'Does the noise go away if you lower the fan curve?',
  ],
  ['Did you end the call before the transfer?', 'Does the error appear in the event log?', 'Did you restart the router?'],
);

signalCases(
  'a check whose "yes" sends the customer to another channel is a routing gate, not a report-back on a fix (C1)',
  'confirm-resolution',
  ['Please update to 2.3 and confirm if the error still remains.', "I've reset the line. Can you confirm if the drops still happen? If not, we'll close the case."],
  [
    'Could you please re-check and confirm if the error still remains? If yes, please contact us via the help section.',
    'Please confirm whether the card still fails. If so, kindly write to cards@example.com.',
  ],
);
