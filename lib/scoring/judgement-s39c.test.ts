/**
 * Session 39 (judge-c), condescension (LABELING "lecturing or talking down", RULINGS CON1, corpus-extra R-F3), read as
 * kinds of talking down rather than as the tuning rows' phrases (pack rule condescension-pointed). The rulings applied:
 * - R-F3: pointing at what the customer should have read — the page said as already saying it ("as the store page
 *   says"), a warning that was there ("there was a disclaimer about this in the listing"), "the same FAQ also says".
 *   Saying where something is documented, with no reproach, is not.
 * - CON1 "talking down": the reviewer spoken of to other readers or judged by playtime ("this reviewer played for ten
 *   minutes"), their attitude scolded ("don't be so hard on a small studio"), the customer set among users who "don't
 *   understand", what they saw called unsurprising ("no wonder it crashes"), their knowledge judged with
 *   "clearly/obviously", (S39 fix: the rating scale, "think outside the box" and "upsets the reviewer so much" removed, see judgement-s39fa).
 * - Not condescension: sympathy that calls their feeling understandable ("no wonder you're frustrated"), the writer's own
 *   slip ("we should have checked the log"), a neutral "most users don't need the advanced settings"; (lead) "this
 *   user …" (to an admin, the user is a third person) and "players often think that …" (normalising is not talking down).
 * Negative language (RULINGS N1, corpus-extra R-D3, R-F1, R-X3):
 * - N1 "negatively worded facts … where nothing is denied": a hedged belief that a fault cannot occur ("I don't think
 *   that can happen") is what the agent knows, not a limit (negative-language except).
 * - R-X3 (a ticket) and R-F1 (the tracker): material to attach to a new support ticket or to the bug report; N1 another
 *   company or department: "call the gift card people", "check with the folks at your host" (negative-redirect).
 * - R-D3 refusal for the future, as "patches welcome": the work handed to someone else ("not likely soon, unless someone
 *   funds the work", "you'd have to write it yourself") (negative-rejection).
 * Every sentence below is written for this file; none is copied from a corpus row.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'R-F3: what was written for the customer to read, pointed at as already there',
  'condescension',
  [
    'As the store page says, the game needs a dedicated graphics card.',
    'Like the description clearly stated, this is a short visual novel.',
    'As the manual already explains, the export needs a licence.',
    'There was a clear disclaimer about this in the listing.',
    'There was a warning about that in the system requirements.',
    'The same FAQ also says that refunds take a week.',
    'Like the listing said, the figure ships unpainted.',
  ],
  [
    'As the page loads, you will see the new menu.',
    'There was a problem with the warning email we sent, sorry.',
    'The FAQ has a section on refunds, here is the link.',
  ],
);

signalCases(
  'CON1: the reviewer spoken of to other readers, or judged by playtime',
  'condescension',
  [
    'This reviewer played for ten minutes and left.',
    'The reviewer apparently never reached the second level.',
    'The review was written after 0.3 hours of play time.',
    'With 12 minutes played, the verdict is a bit early.',
  ],
  ['This user account has been restored.', "This user hasn't signed in since May, so the seat is free.", 'Players often think the hard mode is the default; it is not.', "The reviewer's screenshot shows the old version.", 'After two hours of testing we found the crash.'],
);

signalCases(
  "CON1: the customer's attitude scolded, or set among users who don't understand",
  'condescension',
  [
    'Don’t be so hard on a small studio.',
    'Please try to be a bit more open-minded about the art style.',
    'Most users don’t understand how many settings there are.',
  ],
  ['Try to keep the app open while it syncs.', 'Most users don’t need the advanced settings.', 'Please be sure to include the log.'],
);

signalCases(
  'CON1: what they saw called unsurprising, their knowledge judged, the rating scale explained',
  'condescension',
  [
    'It’s not surprising that a full rebuild takes days.',
    'No wonder it crashes, the driver is from 2012.',
    'Unsurprisingly, the old kernel doesn’t have the fix.',
    'You obviously never tried the second mode.',
    'I don’t know why our trailer made you think it was multiplayer.',
  ],
  [
    'No wonder you’re frustrated after three days of this.',
    'It is not surprising that you were upset by the charge.',
    'We should have checked the log before replying.',
    'Thanks for the five stars!',
  ],
);

signalCases(
  'N1: a hedged belief that a fault cannot occur denies nothing; a hedged "can\'t be done" still does',
  'negative-language',
  ["I don't think that can be done on the free plan.", "I don't think it can work on Windows."],
  [
    "I don't believe this can occur in practice.",
    'We do not think that can happen on a clean install.',
    "I don't think such a deadlock can be triggered from userspace.",
  ],
);

signalCases(
  'R-X3 / R-F1 / N1: a new ticket or the bug report to attach to, the people of another party',
  'negative-language',
  [
    'Please attach the crash dump to a support ticket.',
    'Could you upload the screenshots to a new ticket?',
    'If you can attach a test case to the bug report I can confirm it.',
    "You'll want to call the prepaid card people if the hold stays.",
    'Please check with the folks at your hosting company.',
    'Talk to the guys over at the modding forum about that.',
  ],
  [
    'Please attach the screenshot to this ticket.',
    "I've attached the patch to the bug report.",
    'Thanks to the people at the print shop for the quick fix.',
    'We asked the folks in our QA team to test it.',
  ],
);

signalCases(
  'R-D3: the work handed to someone else, as "patches welcome"',
  'negative-language',
  [
    'Realistically not likely soon, unless a sponsor funds the port.',
    'Support for that board is unlikely in the foreseeable future.',
    "You're welcome to submit a patch for the parser.",
    "If you need it, you'd have to implement it yourself.",
    "Nobody is on it, so don't expect a fix anytime soon.",
  ],
  ['A fix is likely soon, the patch is in review.', 'It should work unless you changed the port.', "You're welcome to write back if it recurs."],
);
