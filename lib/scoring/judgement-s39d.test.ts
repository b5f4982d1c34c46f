/**
 * Session 39 (judge-d): sentences written for these tests, none taken from a data row.
 * - confirm_resolution, LABELING C1 ("asks or invites the customer to check or report whether a fix, step or answer
 *   worked"; "a delay" or "a new release" could have resolved it), R-XM2 (a question that asks the customer to try a
 *   fix just suggested is a check, also with no "let me know"), R-F2 (a run for its output, or to narrow the cause
 *   down, is diagnostic), Q1 ("Could you try X …?" checks resolution): the can-you-try question whatever it names, the
 *   test asked of anyone on a list once a fix is handed over, and a step "to see if that makes any difference"
 *   (an apology for our slow reply is no "delay" in C1's sense: judgement-s32c, R6/P9).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the can-you-try request asked as a question is the check (R-XM2, Q1); runs for output or narrowing are not (R-F2)',
  'confirm-resolution',
  [
    'Could you try the current LTS kernel?',
    'Can you try a fresh rebuild of the library?',
    'Would you please try the 4.8 release?',
    'Can you try version 2.1.3 ?',
  ],
  [
    'Could you try the nightly and post the log?',
    'Can you try a build without the scheduler patch?',
    'Can you try `dmesg | tail` ? It prints the last lines.',
    'Could you try rebooting the server?',
    'Could you try again later?',
    'Could you try it?',
    'Could you try to find the receipt?',
  ],
);

signalCases(
  'the test asked of anyone on the list, or for when they have time, once a fix is handed over (C1, R-XM2)',
  'confirm-resolution',
  [
    "I've sent a patch. Could somebody test it on real hardware?",
    'A fix is attached. Can anyone verify it please?',
    'I pushed an updated build; please try it once you get a minute.',
  ],
  ['Could somebody test it on real hardware?', 'Can anyone tell me the model number?', 'Please try it once you can.'],
);

signalCases(
  'a step to see if it makes any difference (C1 "see if that helps")',
  'confirm-resolution',
  [
    'Lower the bitrate to see if that makes any difference.',
    'Swap the cable round to see whether it makes much difference.',
    'Turn off the overlay and see if that makes any difference.',
  ],
  ['It makes no difference which cable you use.', 'Run the test to see if the device shows up.'],
);

signalCases(
  'the report-back with "if" left out, "try if X can work", and whether the step named fixed it (C1, R-XM2)',
  'confirm-resolution',
  [
    'Let me know this fixes it for you.',
    'Tell us the workaround helps.',
    'Please try if the 4.2 driver can work on your laptop.',
    'Did the fresh install sort things out?',
    'Has the new cable fixed the problem?',
  ],
  [
    'Let me know this week.',
    'Tell us the model of the laptop.',
    'Let me go through the list to see if I can help.',
    'Did the courier leave a card?',
    'Has the new cable arrived?',
  ],
);

signalCases(
  'after a fix, whether the fault came back; any newer release asked to be tried (C1 "a new release")',
  'confirm-resolution',
  ["I've pushed the fix to the server. Has the error come back since?", 'Can you try a more recent firmware?', 'Could you boot any newer kernel?'],
  ['Has the error come back since?', 'Can you try to describe the noise?', 'Could you send a newer photo?'],
);

signalCases(
  'a can-you-try request that narrows the cause down is no closing question either (R-F2, Q1)',
  'closing-question',
  ['Could you try the 6.2 build?'],
  ['Could you try a build without the new scheduler commits?', 'Could you try the old kernel to narrow it down?'],
);
