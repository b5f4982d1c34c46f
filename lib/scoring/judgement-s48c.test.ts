/**
 * Session 48 (judge-c): condescension said in two more grammatical shapes, checked on sentences written here (none
 * copied from a corpus row).
 *
 * - "As I said before" in the passive ("As has been mentioned before, …", "as was said already") reminds the customer
 *   they were told (CON1 "as I said"). A recap that names a place ("as has been mentioned above", "as was explained
 *   in the guide") points the way and stays out, as "as mentioned above" does. Fix-c (reviewer-2 finding 2): said
 *   with who said it, with whom or where ("… by the technician", "… with our sales team", "… in the community
 *   thread") it reports, in the active as well; the pluperfect "as had been noted" narrates and is not read.
 * - "If you read the guide, you'd have seen …" (R-F3 "pointing at what the customer should have read") with watching
 *   or examining as the reading and realising or understanding as the finding ("If you watched the video, you would
 *   have realised …"). A counterfactual with no reading ("if you ordered before noon, you would have received it") is a
 *   fact about the service, not this. Fix-c (reviewer-2 finding 1): only the counterfactual ("… you would have
 *   realised") takes the new verbs; a present-tense pointer ("If you watch the setup video, you'll see how to connect
 *   the scanner") is an instruction and is not flagged.
 * Both are pack rule condescension.
 * - "Could you try whether everything works now?" asks whether the thing tried works, as "see whether it helps" does
 *   (C1, R-XM2 "Could you try if <commit> was any better?"), and so does "try whether it makes a difference": pack
 *   rule confirm-resolution-try (fix-c, reviewer-2 finding 3: its subjects widened to things/everything and its
 *   outcome to "makes a difference", instead of a second "try" rule in confirm-resolution), and a closing question
 *   when asked (Q1). The writer's own "I will try whether …" and a "try if you like" with no outcome are not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the passive "as has been mentioned before" reminds the customer they were told (CON1)',
  'condescension',
  [
    'As has been mentioned before, the plugin only works with the desktop version.',
    'As was said already, refunds take five working days.',
    'As has already been explained, the export runs overnight.',
  ],
  [
    'As has been mentioned above, the plugin only works with the desktop version.',
    'As was explained in the setup guide, the export runs overnight.',
    'It has been mentioned before that the desktop version is faster.',
  ],
);

signalCases(
  'fix-c (reviewer-2 finding 2): a repeat said with who said it, with whom or where is a report, not a reminder; the writer\'s own side still reminds',
  'condescension',
  [
    'As was discussed before, the export runs overnight.',
    'As was mentioned earlier by our support team, the warranty does not cover water damage.',
    'As mentioned before in my last email, refunds take five working days.',
  ],
  [
    // Reviewer-2's sentences (START 0, MERGE 1 before this fix).
    'As was mentioned before by another customer in the forum, the workaround is to clear the cache.',
    'The battery was replaced, as had been noted previously by the technician in his visit report.',
    'The seat upgrade was added as had been discussed previously with our sales team.',
    'As has been discussed before in the community thread, we plan to add dark mode next quarter.',
    // Mine: the active form with the technician as agent, and the pluperfect.
    'As noted previously by the technician, the battery was replaced.',
    'As had been mentioned before, the plugin only works with the desktop version.',
  ],
);

signalCases(
  'what the customer would know had they read or watched, condition first (CON1, R-F3)',
  'condescension',
  [
    'If you watched the onboarding video, you would have realised the sync is manual.',
    'If you read the release notes, you would have known that the old API was removed.',
    'If you examined the log, you would have understood why the import stopped.',
  ],
  [
    'If you ordered before noon, you would have received it today.',
    'If you watched the onboarding video, you can skip the first lesson.',
    'If you read the release notes, let me know what you think of the new editor.',
  ],
);

signalCases(
  'fix-c (reviewer-2 finding 1): a present-tense pointer to watch or read something is an instruction, not R-F3; the counterfactual still is',
  'condescension',
  [
    "If you'd watched the webinar, you would have known the export moved to Settings.",
    'If you had examined the attached log, you could have found the timeout yourself.',
    "If you listened to the recording, you'd have understood the new pricing.",
  ],
  [
    // Reviewer-2's sentences (START 0, MERGE 1 before this fix).
    "If you watch the setup video, you'll see how to connect the scanner.",
    "If you examine the attached log, you'll find the timeout at 10:42.",
    'If you watch the status page, you will see when the maintenance ends.',
    "If you read the attached article, you'll understand how billing works.",
    'If you look at the diagram below, you will understand the flow.',
    'If you follow the steps in my last message, you should understand where the setting lives.',
    // Mine.
    'If you attend the live demo, you will learn how the new dashboard works.',
    'If you listen to the voicemail, you can understand why the call dropped.',
  ],
);

signalCases(
  '"try whether / if" everything works, or it makes a difference, is a resolution check (C1, R-XM2; fix-c, reviewer-2 finding 3)',
  'confirm-resolution',
  [
    // Reviewer-2's sentences (START 0): the whole situation as subject, and "makes a difference" as the outcome.
    'Could you try whether everything works now?',
    'Please try whether it makes a difference.',
    // Mine.
    'Can you try if things are better after the restart?',
  ],
  [
    'I will try whether the new build works on my laptop.',
    'I will try whether everything works on my laptop.',
    "We'll try whether it makes a difference on our test server.",
    'You can try if you like, but the export is limited to 500 rows.',
    'Try whether the cable is plugged in.',
    'Try whether everything is plugged in.',
  ],
);

signalCases(
  'asked in a form the can-you request rule does not read, "try whether everything works?" is a closing question too (Q1)',
  'closing-question',
  ['Would it be possible to try whether everything works now?', 'Maybe try whether it makes a difference?'],
  ['Please try the new build.', 'Would it be possible to try whether everything is plugged in?'],
);

signalCases(
  '"try whether / if" the thing tried works is a resolution check (C1, R-XM2)',
  'confirm-resolution',
  [
    'Could you try whether the new build works for you?',
    'Can you try whether this patch helps?',
    'Please try if the new release fixes the crash.',
  ],
  [
    'I will try whether the new build works on my laptop.',
    'You can try if you like, but the export is limited to 500 rows.',
    'Try whether the cable is plugged in.',
  ],
);

signalCases(
  'asked, "could you try whether it works?" is a closing question too (Q1)',
  'closing-question',
  ['Could you try whether the new build works for you?'],
  ['Please try the new build.'],
);
