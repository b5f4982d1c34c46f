/**
 * Session 37 (judge-b): ownership and expectation on vendor engineers' and game developers' replies.
 *
 * Rulings applied (shared/corpus/RULINGS.md, corpus-extra/README.md):
 * - R-U5 / O1: a team's stated work on the very fault the customer reports is ownership — "we're in the process of
 *   fixing it", "we are committed to resolving this", "the crashes you describe are being looked into"; general
 *   work on the product ("the game is still being worked on") is not.
 * - O2 / R-M2: noting the report on the team's own to-do list is logging it.
 * - O3: a first-person reproduction attempt that failed ("I can't trigger it here") is an action on the case; the
 *   verbs of fixing include "solve", "rework", "tackle"; "Will give it a try" promises a test on the helper's side.
 * - R-R1: a promised patch is expectation as well as ownership, also with the article left out ("I'll send fixup
 *   patches"); R-C2: "at the earliest" hedges the time, not the promised change — but the case itself put right
 *   "at the earliest" stays the service's reassurance (LABELING: hedged times are not expectation).
 * - O2 / R-R2: bringing the report to the attention of an expert, or having one comment, passes it on; the customer
 *   thanked for bringing it to our attention does not.
 * - R-R1: a promised product change ("we will add a setting for …") is a concrete next event.
 * - R-R2 / R-D2: a colleague copied in as "+ Name/Name," or "(+CC Name)", and "ok just fixed this", are ownership.
 * All sentences are written for this test, not taken from a data row.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'work under way on the reported fault (R-U5, O1)',
  'ownership',
  [
    'We are in the process of reworking the save system so this stops happening.',
    'Rest assured, we remain committed to fixing this for you.',
    'The login problems you mention are currently being investigated.',
    'Those crashes are being worked on right now.',
  ],
  ['The app is still being worked on, so expect changes.', 'We are committed to great service.'],
);

signalCases(
  'the report noted on our to-do list (O2, R-M2)',
  'ownership',
  ['Good idea, that is on our to-do list now.', 'I have it on my todo list for the next sprint.'],
  ['Put it on your to-do list before the trip.'],
);

signalCases(
  'reproduction attempts and verbs of fixing (O3)',
  'ownership',
  [
    "I couldn't trigger the crash with the current nightly build.",
    'We already solved that bug last week.',
    'We reworked the map generator after your report.',
    'Will give it a try on my board tomorrow.',
  ],
  ['Give it a try and tell me how it goes.', 'Solving this is up to the vendor.'],
);

signalCases(
  'a promised patch with the article left out (R-R1)',
  'expectation',
  ['Got it, I will submit fixup patch.', "I'll prepare patches for the two regressions.", 'We will post a fix upstream at the earliest.'],
  ['Please do not worry, we will get it fixed at the earliest.', "I'll write back about the fix."],
);

signalCases(
  'the report handed to an expert inside the company (O2, R-R2)',
  'ownership',
  ["I've brought your question to the attention of the driver team.", "I'll have one of our firmware engineers weigh in here."],
  ['Thanks for bringing it to the attention of our team.'],
);

signalCases(
  'a product change promised (R-R1)',
  'expectation',
  ['Good point, we will add a setting for the export folder.', "We'll add more tutorials for the first levels."],
  ["I'll add a note to the documentation.", 'We may add an option for that one day.'],
);

signalCases(
  'colleagues copied in by name, and a fix reported after "ok" (R-R2, R-D2)',
  'ownership',
  [
    '> Hello,\n\n+ Anna/Piotr,\n\nWhich board revision is this?',
    'Not sure why that happens (+CC Mara), can you send the log?',
    'ok just fixed this in the repo',
  ],
  ['Options:\n+ Ethernet/Wifi\n+ USB', 'The ratio (+1/2) is fine.'],
);
