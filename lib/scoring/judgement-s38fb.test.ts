/**
 * Session 38 review fixes (fix-b): teach, confirm-resolution and ownership readings added this session that read too
 * broadly, each narrowed by structure; the reviewer's sentences must not fire, a near miss of each still must.
 *
 * Rulings applied (shared/corpus/RULINGS.md, corpus-extra/README.md):
 * - T1: a culprit asked about or supposed ("not sure what the culprit is", "if the culprit is …") names no cause.
 * - T2: "Export as CSV, then …" is a step (the Export-noun except applies only to the noun); turning output down as
 *   the fix ("raise the log level from debug to warning") is a how-to, only more output gathers information.
 * - C1 / R-F2: a test run to narrow down or see where it fails is a diagnostic; "reply with the results" checks a fix
 *   only after one was handed over.
 * - O1 / R-WB2: the wish for the chance to act, withdrawn in the same sentence ("… but the ticket is closed"), owns
 *   nothing.
 * The reviewer's sentences are its own wording, not data rows; the others are written for this test.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a culprit named, not one asked about (T1)',
  'teach',
  ['I suspect the culprit is the power adapter.', 'The culprit was a stale cache file from the old install.'],
  [
    "We're not sure what the culprit is yet; I've asked engineering to take a look.",
    "If the culprit is the power adapter, we'll send you a new one.",
    'We still need to find out whether the culprit is the router.',
  ],
);

signalCases(
  'Export as a verb is a step; as a noun it is not (T2)',
  'teach',
  [
    'Export as CSV, then re-import the file into the new project and the missing columns will come back.',
    'Export to PDF first, then attach the PDF to the invoice instead of the draft.',
  ],
  ['Export is only available on the team plan.', 'The export to Excel is part of the premium tier.'],
);

signalCases(
  'less output as the fix is a how-to (T2)',
  'teach',
  [
    'To stop the alerts flooding your inbox, raise the log level from debug to warning in Settings > Notifications.',
    'To cut the noise in the console, raise the log level to error under Preferences > Logging.',
  ],
  ['Please turn on debug logging in Settings > Advanced and send us the file it writes.'],
);

signalCases(
  'a diagnostic run is no resolution check (C1, R-F2)',
  'confirm-resolution',
  [
    'Would you be able to test the patch on your machine?',
    "I've attached a patch. Please apply it and reply with the results.",
  ],
  [
    "Would you be able to test it on another machine so we can narrow down whether it's the hardware?",
    'Please run the network check under Settings > Help and reply with the results so we can see where it fails.',
    'Could you try it with the second monitor unplugged, to find out which one it is?',
  ],
);

signalCases(
  'the wish for the chance to act, withdrawn (O1, R-WB2)',
  'ownership',
  ["We'd like to have a chance to investigate your setup next week."],
  [
    'We would love to have the chance to review this, but the ticket is closed.',
    "I'd like to have the opportunity to check it, however the account was deleted.",
  ],
);
