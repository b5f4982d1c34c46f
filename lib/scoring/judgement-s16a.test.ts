// Session 16 (judge-a): teach and condescension by structure. Sentences written for these tests in the
// style of help-desk, forum and app-store replies, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'the customer as the one who said or explained it twice is not the agent repeating himself (CON1)',
  'condescension',
  ['I told you twice, the refund is on its way.'],
  [
    'You mentioned it twice in your ticket, so I checked both orders.',
    "You said you've already reset the router, thanks for that.",
    "She had already explained it to the branch, so I've put a note on the account.",
  ],
);

signalCases(
  "a verdict on the customer's skills, and \"very well documented\", talk down (CON1, R-F3); saying where it is documented does not",
  'condescension',
  ['Looks like your packaging skills need some work.', 'This is extremely well documented in the admin guide.'],
  ['This is documented in the admin guide, under Backups.', 'Our support skills need work too, and we are on it.'],
);

signalCases(
  '"Again," opening a pointer to the docs reads as "you weren\'t listening" (R-F3, CON1 "as I said")',
  'condescension',
  ['Again, there is a README that explains how the rules files are merged.', 'Again, see the manual for the startup flags.'],
  ['Thanks again, see the manual for the startup flags.', 'Again, sorry for the wait on this one.'],
);
