/**
 * Session 50 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not ownership (O1, R-R1): "could" is a possibility weighed, not a commitment ("I could add an option for that",
 *   "we could probably support it too"), and "would have to" is the consequence of a condition ("we would have to
 *   rewrite the importer"). The pack's `<will>` class keeps the future, "going to", willingness ("happy to", "'d like
 *   to"), intention ("aim to", "plan to") and "'ll have to"; "can" stays in it, since an offer to act on the case ("I
 *   can send you the fixed build") is willingness to act (O1), as the labels read it. An offer to examine the case
 *   with "could" ("I could have a look at your config") stays ownership, as a promise to examine is (R-R1).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  '"could" weighs a possibility and "would have to" states a condition, neither commits (O1, R-R1); "can" offers do',
  'ownership',
  [
    'I can send you the fixed build tonight.',
    'We can look into the failed sync for you.',
    "I'll have to look at your logs after lunch.",
    "We'd like to check the billing history on your account.",
    'I could have a quick look at your config if you attach it.',
  ],
  [
    'I could add an option for that at some point, but it would slow the parser down.',
    'We could probably support the older export format as well.',
    'I guess we could ship a small plugin for that.',
    'We would have to rewrite the importer to allow nested folders.',
    "We'd have to change the licence terms first.",
  ],
);

signalCases(
  'the customer input named after "into account/consideration" is taken on board all the same (R-M2, O2)',
  'ownership',
  [
    'We will take into account the remarks you made about the breakfast queue.',
    "We'll take into consideration what you told us about the parking.",
  ],
  [
    'Please take into account the delivery time before you order.',
    'We cannot take into account the comments you posted after your stay.',
    'We took into account the weather forecast when we planned the tour.',
  ],
);

signalCases(
  'a check or a fix reported without its subject, the fix placed in our own code line, is an action on the report (O3, R-D2)',
  'ownership',
  [
    'Verified. The export drops the last row on large sheets.',
    'Reproduced, thanks for the sample project.',
    'Fixed in trunk, thanks for the patch.',
    'Committed to master.',
  ],
  [
    'Confirmed.',
    'Verified purchase badges show next to each review.',
    'Is it fixed in master?',
    'Fixed in 2.3, so please update.',
  ],
);

signalCases(
  'review (rf-o): "can" in a relative clause on a noun, or after a condition\'s "then", offers nothing on the case (O1)',
  'ownership',
  [
    'In the meantime we can send you a loaner laptop.',
    'Given the delay I can refund the shipping fee.',
    'After checking the account I can refund the second charge.',
    'Sorry about that, I can replace the charger for you.',
    'Thanks for the photos. We can send a new lid this week.',
    'I have checked your booking and I can move it to Friday.',
    'If you post the build log, then I can try and help.',
  ],
  [
    'Any feedback I can forward to the team is welcome.',
    'Is there something else I can clarify about the invoice?',
    'The fastest way we can ship is overnight, at extra cost.',
    'The only thing we could try that would help is a fresh install on your end.',
    'Once your bank confirms, then we can release the order.',
    'When the courier scans it, then we can check the route.',
  ],
);

signalCases(
  'review (rf-o): input taken into account is the customer\'s only when it is theirs, and not as a bare present (R-M2, O2)',
  'ownership',
  [
    'We will take into account the concerns you raised about the lift.',
    "We've taken into consideration what you said about the noise.",
    'We took on board your comments about the late check-in.',
  ],
  [
    "We're taking into account the feedback from many guests, not only yours.",
    'I take into account what you said, but the refund window has closed.',
    'We are taking into account the holiday backlog, so delivery may slip.',
  ],
);

signalCases(
  "second read (lead): after \"is\" only a superlative's noun makes a relative clause; \"if that's the case we can …\" is an offer (O1)",
  'ownership',
  ["If that's the case we can send you a replacement today.", 'If this is the case we can refund the second charge.'],
  ["That's the only thing we can try at this point."],
);
