/**
 * Session 41 (judge-c): confirm-resolution and condescension by kind. Sentences written for these tests (never corpus rows).
 *
 * Confirm resolution (RULINGS C1 "let me know if that works", "a new release"; corpus-extra R-X6 "Try it now", R-XM2/R-F2
 * "give this a shot on 3.15 and let me know"):
 *   A1. After a fix reported as made (active, passive or "should work now"), a report-back that is the whole sentence
 *       ("Let me know.", "Keep us posted!", "Please confirm.") asks whether it worked; with no fix said first it asks nothing.
 *   A2. After a fix or an update reported as made, an invitation to try the product again ("maybe give it another look",
 *       "if you want to try it again") is the check; "give us another chance" asks for custom, not a test.
 *   A3. How it behaves now, or whether it is better, asked after a step or fix.
 *   A4. The engineer's forms of the test request: an imperative naming the fix carrier ("Please try below patch"), "please
 *       help to test it", "you may try it" and "would it be possible for you to test this?" once a fix was handed over, the
 *       fault asked about "with this change".
 * Condescension (RULINGS CON1, corpus-extra R-F3): the customer told they use the product wrong, their account dismissed
 *   whole, what "anyone can see" or "you should know", rhetorical questions about what they expected or how hard it is.
 *   A blunt correction of one fact or a diagnosis is not talking down.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'A1 a bare report-back after a fix reported as made (C1)',
  'confirm-resolution',
  [
    "I've unlocked your profile, so you should be able to sign in again. Let us know.",
    'The export bug was fixed in build 812. Keep me posted!',
    "I've upgraded your seat to the Pro plan. Please confirm.",
  ],
  ['Could you send us the invoice number? Let us know.', 'Keep us posted!', 'Please confirm.'],
);

signalCases(
  'A2 an invitation to try again after a fix or an update (C1, R-X6)',
  'confirm-resolution',
  [
    'We have reworked the camera since then, so maybe give it another look.',
    'The stutter is fixed now, in case you would like to revisit the game.',
    "We've patched the save bug, if you want to try it again.",
    'Version 4 is out with the new map. Give it another try.',
  ],
  ['We hope you give us another chance soon!', 'Maybe give it another look.', "We fixed the lag. I'll take another look at the menus too."],
);

signalCases(
  'A3 how it behaves now, asked after a step or fix (C1)',
  'confirm-resolution',
  ["I've cleared the stuck job on our side. How's it working now?", 'Please unplug the dock for ten seconds. Is that any better?'],
  ['Is the shop open on Sundays?'],
);

signalCases(
  "A4 the engineer's test request once a fix is handed over (C1, R-XM2)",
  'confirm-resolution',
  [
    'Please try below patch.',
    'I posted a fix to the list, please help to test it.',
    'The change is queued in the next branch now, you may try it.',
    'I attached a small patch. Would it be possible for you to test this?',
    'With the updated firmware, do you still see the resets?',
  ],
  ['Would it be possible for you to test this?', 'You may try it.', 'Please share the dmesg output.'],
);

signalCases(
  'condescension: a verdict on how the customer uses it, or on their whole account (CON1, R-F3)',
  'condescension',
  [
    "You're reading the chart wrong, the red line is the limit.",
    'All of this is nonsense, the discount never existed.',
    'As anybody can tell, the menu is on the left.',
    'Like you should know, the trial ends after a week.',
    'What do you expect from a free plan?',
    'Is it really so hard to check the spam folder?',
  ],
  [
    'You are reading the old version of the guide, here is the new one.',
    'That total is not correct, it should be $12.',
    'What do you expect to see after the import?',
    'It was hard to reproduce, sorry for the delay.',
    'As you may have seen, the trial ends after a week.',
  ],
);
