/**
 * Session 46 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not ownership (O3, review left from S45): product history with the release named by its bare number put first ("In 2.4
 *   we fixed the crash some users saw", "Since 3.1.2, we changed the default port") explains the product, as "In version
 *   2.4 …" already did; a fix of what this customer reported ("In 2.4 we fixed the crash you reported", "… your sync
 *   error") and a step of the writer's own on the case in the same reply still count.
 * - Not ownership (O1, as S35/S40's "perhaps we can fix it"): an ability or need hedged by a verb of guessing or "probably"
 *   before it ("I guess we could add the package", "I suppose we can drop it") is musing; a plan with a sure future after
 *   the same hedge ("I guess I'll add it today") still counts.
 * - Not ownership (O1, as S22's "I'd like to ask you to collect a trace"): requesting something of the customer ("I would
 *   like to request you to share your booking number", "we request that you restart the app"); requesting something for
 *   the customer ("I'll request a refund for your order") still counts.
 * - Ownership (O1): "we'll get those fixed", "I'll have these replaced" — the plural pointers in the get/have-done
 *   promise; a thing that gets corrected by itself ("Those files will get corrected when you save") is not.
 * - Ownership (O2): the customer's request named with what it is for, then logged or submitted ("Your request for a
 *   duplicate invoice has been forwarded to accounts"); the same in a condition or declined is not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'product history with the release named by its bare number put first is no step on the case (O3)',
  'ownership',
  [
    // The reviewer's near side (S45 finding 6): the fix of what this customer reported.
    'In 2.4 we fixed the crash you reported, so please update.',
    // Written here.
    'In 3.0.1 we fixed your sync error, so the upload should finish now.',
    'Since 2.2 we changed the default port, and I have now checked your firewall settings.',
  ],
  [
    // The reviewer's sentence (left from S45).
    'In 2.4 we fixed the crash some users saw.',
    // Written here.
    'Since 3.1.2, we changed the default port to 8443.',
    'From 5.0 we removed the old export menu from the toolbar.',
  ],
);

signalCases(
  'a bare number is a release only when dotted, and only with an object of the product (S46 fix, reviewer-3 finding 2)',
  'ownership',
  [
    // The reviewer's sentences: the customer's own things changed, or a clock time.
    'In 2.4 we updated your plan.',
    'In 2.4 we changed your default settings as you asked.',
    'In 2.4 we fixed it for you.',
    'Since 10 we have updated your billing address.',
    'From 9 we changed your password as requested.',
  ],
  ['In 4.2.1 we added a dark theme to the settings page.'],
);

signalCases(
  'an ability or need hedged by a verb of guessing or "probably" is musing, not a commitment (O1)',
  'ownership',
  ["I guess I'll add the newer package to our repository today.", 'I suppose that is fine. We will remove the old driver in the next release.'],
  [
    'I guess we could add the newer package to our repository.',
    'I suppose we can remove the old driver from the package.',
    'Probably we need to fix the parser for that case.',
    'I reckon we could change the default timeout.',
  ],
);

signalCases(
  'requesting something of the customer is no step on the case (O1)',
  'ownership',
  [
    'I will request a refund for your order today.',
    "I'd like to request a replacement unit for you.",
    // S46 fix (fix-d), reviewer-3 finding 1: requesting on the customer's behalf.
    "I'll request to expedite your order.",
    'I will request that you receive a full refund.',
    // Written here.
    "I'll request to upgrade your seat to business class.",
  ],
  ['I would like to request you to share your booking number with us.', 'We would like to request that you restart the app once.'],
);

signalCases(
  'a promise to get "those"/"these" changed is a step on the case (O1)',
  'ownership',
  ["Thank you Ana, we'll get those fixed today.", "I'll have these replaced by Friday."],
  ['Those files will get corrected when you save.'],
);

signalCases(
  "the customer's request named with what it is for, logged or submitted, is passed on (O2)",
  'ownership',
  ['Your request for a duplicate invoice has been forwarded to accounts.'],
  [
    'If your request for a refund has been submitted, you will get an email.',
    'Your request for a refund has been declined.',
    // S46 fix (fix-d), reviewer-3 finding 3: raised by others, or asked back as a question.
    'The ticket for this feature has been raised upstream by another user.',
    'The report about this bug has been raised by several users on the forum.',
    'Your report about the outage has been raised by other customers too.',
    'Your request for a refund has been submitted? Please check your email.',
  ],
);
