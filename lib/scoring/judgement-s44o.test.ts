/**
 * Session 44 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Ownership (O3 "tried to reproduce"; corpus-extra: "I can't reproduce this locally" is ownership): a reproduction
 *   attempt reported with the subject left out ("Unable to reproduce this.") is the helper's own test on the case; a
 *   question ("Unable to reproduce it yourself?") and a customer's failure with its subject ("You were unable to
 *   reproduce it") are not.
 * - Ownership (O2 passing on): the report moved or sent on to a team of ours named without a determiner ("Moving this
 *   feature request to engineering for evaluation."); a how-to gerund moving a thing somewhere ("Moving it to the SD card
 *   fixes it") is not.
 * - Ownership (R-M2 logging, O2): a team of ours that will consider the report ("Our engineers will consider it."); another
 *   company's staff considering it is not ours.
 * - Not ownership (O3): a courtesy frame announcing news ("We are pleased to inform you that the pool has reopened.") tells
 *   the customer something; a step named in the news ("… that we've refunded your deposit") and a promise to inform ("We
 *   will inform you when it ships") still count.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a reproduction attempt with the subject left out is the helper\'s test (O3)',
  'ownership',
  [
    'Unable to reproduce this. Playback works on the 4.1 build with the default codec.',
    "Can't reproduce it on a clean profile here, the export finishes in seconds.",
    'Tried to replicate the crash with the config you attached, no luck so far.',
  ],
  [
    'Unable to reproduce it yourself? Send the log and the exact steps.',
    'You said you were unable to reproduce it after the update, which is good news.',
    'Unable to connect to the server after the update.',
  ],
);

signalCases(
  'the report moved on to a team of ours with the subject left out is passing it on (O2)',
  'ownership',
  [
    'Moving this feature request to engineering for evaluation and scheduling.',
    'Passed this bug report over to development, thanks for the detail.',
  ],
  [
    'Moving it to the SD card fixes the slow start.',
    'Moving the folder to your desktop usually helps.',
  ],
);

signalCases(
  'a team of ours that will consider the report is logging it (R-M2)',
  'ownership',
  ['Thanks for the suggestion. Our developers will consider it for the spring release.', 'My colleagues will consider your request at the planning meeting.'],
  ['The airline agents will consider it at the gate.', 'You should consider it before upgrading.'],
);

signalCases(
  'a courtesy frame announcing news is not an act on the case; a step in the news is (O3)',
  'ownership',
  [
    "We are pleased to inform you that we've refunded your deposit to the card you used.",
    'We will inform you as soon as the parcel leaves our warehouse.',
    'We are happy to inform you that the login fault has been fixed.',
    "I'm pleased to inform you that our team has repaired the booking page.",
  ],
  [
    'Dear guest, we are pleased to inform you that the rooftop pool has reopened after the renovation.',
    "I'm happy to inform you that the new menu launches next month.",
  ],
);
