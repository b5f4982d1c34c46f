/**
 * Session 38 (judge-d): sentences written for these tests, none taken from a data row.
 * - confirm_resolution, LABELING C1 ("asks or invites the customer to check or report whether a fix, step or answer
 *   worked"; "a new release" could have resolved it), R-X6 (a test invited after the helper changed something),
 *   R-XM2 ("does that work?" after a suggested fix, also with no "let me know"), R-F2 (a run for its output is
 *   diagnostic): the check asked of a named fix-carrier (a patch, a build, a release) in other words, and the bare
 *   request to test once a fix has been handed over; with nothing handed over a bare "please test" is no check.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'whether a named patch, build or release fixed it, asked in other words (C1 "a new release", R-XM2)',
  'confirm-resolution',
  [
    'Does the 3.4 firmware get rid of the stutter for you?',
    'Did release 12 cure the freezing on your tablet?',
    'Is the flicker gone after updating to the beta?',
    'Are you still getting the hang since flashing the new firmware?',
    'Would you verify it against our latest snapshot?',
    'Would you have time to test a small fix on your board?',
    'Please validate the proposed change on your side.',
    "I've pushed a candidate build. Drop us a reply here with your results.",  // S38 review (fix-b): only after a fix handed over (C1/R-F2)
    'It would be good to hear whether the nightly helps.',
    'A Tested-by would be very welcome.',
  ],
  [
    'Does the 3.4 firmware add the new menu?',
    'Did release 12 fix the date of the sale?',
    'Do you still have the old charger?',
    'Would you have time to test a debug build and send the log?',
    'Would you have time to send a photo of the label?',
    'Please validate your email address.',
    'Reboot to see that it took effect.',
    'I will test the fix on my board and report back.',
  ],
);

signalCases(
  'the bare request to test, once a fix has been handed over (C1, R-X6, R-XM2)',
  'confirm-resolution',
  [
    'A one-line patch follows. Please give it a spin.',
    'We merged a fix yesterday. Would you try it out?',
    'I have attached a quick fix. Results are welcome.',
    'The attached patch should help. Does the above work?',
  ],
  [
    'Please give it a spin.',
    'Could you try it?',
    'The attached invoice is for March. Please check it.',
    'Does the above answer the billing question?',
  ],
);

signalCases(
  'a fix-carrier to try asked for directly, or "one more try" of the changed thing (C1, R-XM2)',
  'confirm-resolution',
  ['Can you apply the following diff?', 'Would you boot this snapshot?', 'Can you give the old adapter one more go with the new setting?'],
  ['Can you try the following command and send the output?', 'Could you give us one more detail?'],
);
