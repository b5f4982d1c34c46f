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

// Fix47 (fix-n, reviewer-3 findings 1, 2 and 4): the no counts only as the whole answer on the point. A reassuring no
// ("Certainly not", "I think not"), a regret word that apologises for something else, a place that is no product place
// ("Not from what I can see"), and a clause or sentence after it that answers, gives a reason, a step or an offer all
// lift it. The reviewer's sentences and our own; both sides.
signalCases(
  'a bare no is a refusal only when nothing answers or offers after it (fix47, reviewer-3)',
  'negative-language',
  [
    'No, sorry.',
    'Not really.',
    'Short answer: no.',
    'Sadly not, sorry.',
    'Not out of the box.',
    'No, not at the moment.',
  ],
  [
    'Certainly not, you will only be charged once.',
    "Certainly not, you'll only be charged once.",
    'Definitely not. Your files stay on the server.',
    "Definitely not! We're adding to it next month.",
    'Probably not, the backup ran last night and covers everything.',
    'Likely not, the change only applies to your workspace.',
    'I think not. The migration keeps every setting.',
    "No, sorry, you don't need to reinstall. Just restart the app.",
    'Nope, sorry for the confusion, your current key keeps working.',
    'No, sorry for the slow reply! I found the cause and the fix is live.',
    'Not anymore, I unlocked it a minute ago.',
    'No, not anymore, we removed it as you asked.',
    'Not currently. Everything was back up at 9:40.',
    "Not now, it's scheduled for Saturday at 02:00 UTC.",
    'Not really. Only the installer asks for them.',
    'Not from what I can see in the logs, it needs a connection to sync.',
    'Not from within the plugin, but the CLI does it in one line.',
    'Not out of the box, but you can turn it on in Settings.',
    'Not out of the box. You can turn it on under Settings > Sync.',
    'Not from within the plugin. Use File > Print > Save as PDF instead.',
    'Not natively; the browser extension Dark Reader works well with it, and I can send you the setup steps.',
    'Not officially. It does run under Wine on most machines, and I can send you the steps.',
    'Not natively; I can send you the setup steps.',
    'Probably not, as the patch only touched the exporter.',
    'Not at the moment. Try the web version meanwhile.',
  ],
);
