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

// Condescension (CON1, R-F3), by structure: the answer called obvious or the question mocked; what the
// customer should have read; blame or a verdict on the customer.

signalCases(
  'the answer or the question called obvious, or the customer challenged or mocked, talks down (CON1)',
  'condescension',
  [
    'The obvious solution is to plug the printer into the router directly.',
    "Well, that's the whole point of two-factor login.",
    "That's hardly news, the old firmware has always done that.",
    'Did you honestly expect the adapter to charge a laptop?',
    'What did you expect from a beta build?',
    "Sorry, but that's not how it works.",
    "What's the actual problem here?",
    'Any competent admin knows to test a restore.',
    'The clue is in the name: it only syncs one way.',
  ],
  [
    'The simple answer is yes, the plan includes international calls.',
    "It isn't obvious from the screen, so here is where the switch is.",
    "That's not how it should work, so I've passed it to our developers.",
    'Good luck with the move next week!',
    'Of course it works with the older charger too.',
  ],
);

signalCases(
  'what the customer should have read, or was already told, said so (CON1, R-F3)',
  'condescension',
  [
    'I suggest you read up on how DNS caching works.',
    'This is clearly documented in the setup guide.',
    'As explained several times, the voucher cannot be split.',
    'Have you read the manual at all?',
    'Did you read my previous reply?',
    'The fix is described in the forum post you linked.',
    'The article you posted already explains the cause.',
  ],
  [
    'The docs explain this step by step: https://help.example.com/sync',
    'Your repair is covered by the warranty, so there is nothing to pay.',
    'I suggest you learn more about the new plans on our site.',
    'I read the log you sent, and the card reader is failing.',
    'As mentioned in my email this morning, the courier comes at noon.',
  ],
);

signalCases(
  'blame or a verdict on the customer talks down (CON1)',
  'condescension',
  [
    'All you had to do was bring the receipt.',
    'A quick email would have saved you the trip.',
    'You simply got lucky the last time.',
    "You have only yourself to blame for the late fee.",
    'You should have backed up before wiping the disk.',
    "You don't need to lecture us about consumer law.",
    'We are not a homework help service.',
    'Watch your tone, please.',
    "If you'd taken the time to read the confirmation, you'd have the code.",
    "If you took the time to read the confirmation, the code is in it.",
  ],
  [
    "It isn't your fault, the update broke the sync.",
    'All you need to do is tap Save.',
    'You should have the new card by Friday.',
    'You must keep a backup of your recovery phrase somewhere safe.',
    "Your suggestion is a good one, and I've passed it on.",
  ],
);
