/**
 * Session 40 review (fix-n): the negative-language excepts added by judge-n narrowed back (RULINGS N1: "Negatively worded
 * facts that explain how something works, where nothing is denied to the customer, do not count"; R-K1: a diagnosis
 * naming where the fault is, with the fix, is not negative; LABELING negative_language: can't / policy refusals).
 * The flagged sentences are the reviewer's (they were negative before the session) or written for these tests; the
 * near misses are written for these tests. None is copied from a corpus row.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'an age bar: "at least / over / under N" or a person as subject still bars (N1), a spec value does not',
  'negative-language',
  ['Sorry, account holders must be at least 18.', 'Unfortunately you must be over 18.', 'Players have to be aged 13.'],
  ['The value of this field must be 4 or greater.', 'The stride has to be 2 for packed rows.'],
);

signalCases(
  'no plan to remove: only a feature, mode or support object reassures; removal the customer wanted is refused (N1)',
  'negative-language',
  ['We have no plans to remove the ads from the free version.', 'There are no plans to remove the upload limit on free accounts.'],
  ['There are no plans to drop support for the old format.', 'We have no plans to deprecate the export API.'],
);

signalCases(
  'a build lacking a commit is a diagnosis; a plan lacking fixes is a limit (N1)',
  'negative-language',
  ["Unfortunately your warranty doesn't include any fixes for water damage.", "Sadly the basic plan doesn't include the fix service."],
  ["The 5.10 kernel doesn't include the fix yet, so try 6.2.", 'That release does not contain the change you need.'],
);

signalCases(
  '"and can\'t" after "you" or "are/is" is a limit; a third-party user kind with a rule verb is a fact (N1)',
  'negative-language',
  ["You are on the free plan and can't export to PDF.", 'You have the starter tier, so cannot add a second seat.'],
  ['Guests only get read access and cannot edit the board.', 'Members need an invite and cannot join on their own.'],
);

signalCases(
  'a document judged unclear is an opinion; other things "not very clear" stay as written (N1)',
  'negative-language',
  ["Unfortunately we can't make an exception here."],
  ["Sadly the datasheet isn't very clear about the reset timing.", 'The docs are not particularly helpful on this, I agree.'],
);

signalCases(
  'the fault placed elsewhere: another component counts (R-K1), the customer\'s own thing with the fix does not',
  'negative-language',
  ['The bug is in the zlib code, rather than in our tool.', 'The issue lies with the upstream driver, not with our module.'],
  [
    'The issue is with the power adapter rather than your laptop, so a new adapter should fix it.',
    'The fault is in the charger rather than the phone itself, so a new charger will sort it.',
    'The problem is in your config, not ours, so change line 4.',
  ],
);
