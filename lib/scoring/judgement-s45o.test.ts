/**
 * Session 45 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Ownership (O1, O3): "look in to", as agents often spell "look into", is the same verb ("We will look in to the noise
 *   you mentioned", "We have looked in to your booking"); "look in" with another sense ("pop in to look in on you") is not.
 * - Ownership (O1 in the passive): the customer's own concern, complaint or point as the subject of a future passive of
 *   handling it ("Your complaint about the shower will be attended to"); a thing or everyone's orders handled in the
 *   passive ("The garden will be taken care of by the new gardener") is not.
 * - Ownership (O3, R-D2): a maintainer naming the commit that fixed the report ("Fixed in commit 4e1b2.", "It was fixed in
 *   changeset 88.") and a bare "Implemented." report the change made; a fix dated by a release ("Fixed in 2.3.") stays a
 *   status.
 * - Ownership (O3): a patch the writer attached, offered to try ("Could you try the attached patch?"); a patch of someone
 *   else's ("the patch from the mailing list") is not.
 * - Not ownership (O3): product history with the release put first ("In version 2.0 we added a lock screen") explains the
 *   product; a first-person-singular promise on the case ("I'll fix your crash in the next build") still counts.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  '"look in to" is "look into" as agents often spell it (O1, O3)',
  'ownership',
  [
    'We will look in to the noise you mentioned on the third floor.',
    'We have looked in to your booking and the deposit was taken twice.',
  ],
  [
    'Our night staff pop in to look around the lobby every hour.',
    'Guests can look in the brochure to see the spa hours.',
  ],
);

signalCases(
  "the customer's concern as the subject of a future passive of handling it is a promise (O1)",
  'ownership',
  [
    'Thank you for writing. Your complaint about the cold shower will be attended to.',
    'Your point regarding the late breakfast is noted and will be taken care of.',
  ],
  [
    'The garden will be taken care of by the new gardener from spring.',
    'All orders placed after noon will be dealt with the next working day.',
  ],
);

signalCases(
  'a fix named by its commit, and a bare "Implemented.", report the change made (O3, R-D2)',
  'ownership',
  ['Fixed in commit 4e1b2c9, thanks for the clear steps.', 'It was fixed in changeset 8812.', 'Implemented.'],
  ['Fixed in 2.3.', 'This was fixed in the latest version, so please update.'],
);

signalCases(
  'a patch the writer attached, offered to try, is the fix made for the report (O3)',
  'ownership',
  ['Could you please try the attached patch and tell me if the warning goes away?', 'Please test the enclosed fix on your board.'],
  ['Someone posted a patch on the mailing list last year, it may still apply.', 'Does the patch from the other thread help?'],
);

signalCases(
  'product history with the release put first is no step on the case (O3)',
  'ownership',
  ["I'll fix your crash in the next build.", 'Since version 2.0 we added a lock screen, and I have now checked your settings.'],
  ['In version 2.0 we added a lock screen that asks for the PIN.', 'Since the 3.1 release we changed the default port to 8443.'],
);

signalCases(
  "only the customer's own concern ('your …') as the subject of a future passive of handling is a promise (S45 fix, finding 7)",
  'ownership',
  ['Your comments about the noisy lift will be taken care of by our maintenance team.'],
  [
    // The reviewer's sentence.
    'The comments from other customers will be taken care of separately.',
    // Written here.
    'The complaints in the group chat will be dealt with by the hotel manager.',
  ],
);

signalCases(
  'a fix in the passive counts only with the commit named by its id or number (S45 fix, finding 8)',
  'ownership',
  ['This was fixed in git commit a91f0e2d last night.', 'It was fixed in commit #4512.'],
  [
    // The reviewer's sentence.
    'The issue was addressed in the commit that landed last year upstream.',
    // Written here.
    'It was fixed in a commit by another contributor, so updating should help.',
  ],
);

signalCases(
  'a fix of what this customer reported is the fix made for the case, even with the release put first (S45 fix, finding 6, O3)',
  'ownership',
  [
    // The reviewer's sentence.
    'In the latest build we fixed the crash you reported, so please update.',
    // Written here.
    'In version 3.2 we resolved your sync error, so the upload should finish now.',
  ],
  ['In version 4.1 we fixed a memory leak in the exporter.'],
);
