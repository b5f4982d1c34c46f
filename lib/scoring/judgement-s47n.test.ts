/**
 * Session 47 (judge-n): negative-language, a bare no at the reply's opening. Sentences written for these tests, none
 * copied from a corpus row.
 * - The reply opens (a leading @handle aside) with a no to what the customer asked and nothing more on that point:
 *   "No, not really.", "Probably not.", "Not from within the plugin.", "Short answer: no" (R-D3 "the answer is no"; the
 *   chat rulings' "exfat, probably not"). It is a refusal or limit the customer is left with.
 * - Out: "no problem" and "not at all" (courtesies), a bare "Nope." or "Not yet" answering a question of fact or status
 *   ("Nope, it's the same crash", "Not yet, the build is running"), and a "not really" inside an explanation rather than
 *   opening the reply; a way round after it ("Not currently, but you can use …", R-D3) as negative-rejection reads it.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a reply that opens with a bare no to the question is a refusal (R-D3)',
  'negative-language',
  [
    'No, not really.',
    '@user: no, not really',
    'Probably not, sorry.',
    '@user: Most likely not.',
    'Not from within the plugin.',
    'Short answer: no. The long answer is in the design notes.',
    'Not currently.',
  ],
  [
    'No problem, glad the export works now.',
    'Not at all, happy to help.',
    'Not currently, but you can use the desktop app for that.',
    "Nope, it's the same crash as the one on the forum.",
    'Not yet, the nightly build is still running.',
    'The sync runs every hour, so a missing file is not really lost; it shows up on the next run.',
    'Not really sure yet, let me look at the logs.',
  ],
);
