/**
 * Session 48 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not ownership (RULINGS O2, passing on praise): praise passed on in the passive with whom it was for or who gave it
 *   between the praise noun and the verb ("your compliments to the chef have been passed on", "the kudos you left for our
 *   porter have been forwarded"), in both passive rules (with and without "to …" after the verb). A complaint, a request
 *   or a report passed on still counts, also a report whose topic is a praise word ("the kudos bug").
 * - Ownership (O3 "tried to reproduce"): a failed reproduction in the present ("I'm unable to reproduce this"), as "I can't
 *   reproduce this" already was; the customer's own failure is not.
 * - Ownership (O1/O3): checks under way said with a light verb ("we are running some checks"); tests on a release or a
 *   promotion are not.
 * - Not ownership (R-U5): a wish to improve with nothing named ("We'd love to improve, and your ideas help"); naming the
 *   thing ("improve the loading time you mentioned") still counts.
 * - Not ownership (O1): a request to the customer worded as a wish ("I would like to ask whether you could send …").
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'praise passed on in the passive, with its recipient between, is not ownership (O2); a complaint or report passed on is',
  'ownership',
  [
    'Your complaint about the noise has been passed on.',
    'Your complaint about the cold breakfast has been passed on to the kitchen.',
    'Your report on the kudos bug has been forwarded.',
    'The kudos bug you reported has been passed on.',
    'Your request for a quieter room has been forwarded to reception.',
  ],
  [
    'Your compliments to the chef have been passed on.',
    'Your compliments to the chef have been passed on to him.',
    'Your kind words about our night porter have been forwarded, and he was delighted.',
    'All the compliments you left for our housekeeping staff have been passed along!',
  ],
);

signalCases(
  'a failed reproduction in the present is a reproduction attempt (O3)',
  'ownership',
  ["I'm unable to reproduce this with version 2.1.", 'I am not able to reproduce the freeze on 3.2 here.', 'We are unable to replicate the freeze on our test machines.'],
  ['If you are unable to reproduce it, send us the logs anyway.', 'You are not able to reproduce it with the old build?'],
);

// S48 fix (fixer-o, reviewer-5 finding 1): in the present the same words refuse by policy, so only reproduce/replicate/repro
// with the case after them count. The first five "does not" sentences are reviewer-5's, the rest are mine.
signalCases(
  'a refusal by policy worded "we are unable to recreate/trigger/reproduce …" is no reproduction attempt (O3)',
  'ownership',
  ["We're not able to repro it on our side yet.", 'We are unable to replicate this on the staging server.'],
  [
    "We are unable to recreate deleted accounts, so you'll need to sign up again.",
    "I'm unable to trigger a refund from my side, your bank has to do that.",
    'We are not able to trigger a new verification email from our side.',
    "We're unable to recreate the voucher, so here is a new code instead.",
    'We are unable to reproduce copyrighted images on our site.',
    'We are not able to recreate a cancelled booking.',
    'I am unable to replicate signatures for legal reasons.',
  ],
);

signalCases(
  'checks under way said with a light verb are work on the case (O1, O3)',
  'ownership',
  ['Hi Dana, we are running some checks. Thanks for waiting.', "I'm doing a few tests on it now."],
  ['We are running tests on the new release.', 'We are running a promotion this month.'],
);

// S48 fix (fixer-o, reviewer-5 finding 4): a maintenance notice ("running some checks, so …") is no work on this case;
// checks with no determiner or by our team are. Reviewer-5's sentences, then two of mine.
signalCases(
  'checks under way: a maintenance notice is not work on the case; our team running checks on it is (O1, O3)',
  'ownership',
  [
    'We are running checks on your account.',
    'Our team is running some checks on your account.',
    "We're doing a quick check on your order now.",
    'The support team is doing a final check on your order.',
  ],
  [
    'We are running some checks, so the site may be slow tonight.',
    'We are doing some checks, and the service may be unavailable for an hour tonight.',
    'While we are running some checks, your service may be interrupted.',
    'The airline agents are running checks on the new system.',
  ],
);

signalCases(
  'a wish to improve with nothing named is improvement in general, not this case (R-U5)',
  'ownership',
  ['We want to improve the loading time you mentioned.', 'We want to fix this for you.'],
  // S48 fix (fixer-o, reviewer-5 finding 3): the first sentence here was a corpus row's wording; now my own words and
  // reviewer-5's "We will continue to improve."
  ["We'd love to improve, and your ideas help.", 'We hope to improve.', 'We will continue to improve.'],
);

signalCases(
  'a request to the customer worded as a wish commits to nothing (O1)',
  'ownership',
  ["I'd like to ask our engineers to check your router.", 'I would like to check your account settings.'],
  [
    'I would like to ask whether you could send the invoice.',
    'We would like to request you to share the booking number.',
    // S48 fix (fixer-o, reviewer-5 finding 2): the two above show no ownership even without the rule; these two did (a
    // question to the customer opened by "I'd like to ask if/whether"). The first is reviewer-5's, the second mine.
    'I would like to ask whether the update fixed it.',
    "I'd like to ask if the new cable helped.",
  ],
);

// S48 fix (fixer-o, reviewer-5 finding 6): the gap after the praise's preposition takes up to three words and a word for
// staff, so a second item passed on with the praise still counts. The first "shows it" sentence is reviewer-5's.
signalCases(
  'praise passed on with a second, reported item in the same subject is still passing on a report (O2)',
  'ownership',
  [
    'Your praise for the app and the bug report have been forwarded to the developers.',
    'Your compliments for the bar staff and your note about the broken lift have been passed on.',
  ],
  ['Your compliments to our lovely reception team have been passed on.', 'Your kind words to the driver will be passed on.'],
);
