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

signalCases(
  '"since" as a time, a reason for a feeling, a reason that points back at the complaint, not knowing the reason and a bare status of a general fix state no cause (T1); a real cause still does',
  'teach',
  [
    'It was declined because the billing postcode did not match the one on your card.',
    'Since the token had expired, the app signed you out.',
    'There was an issue with the vouchers because the server clock was an hour behind.',
  ],
  [
    "A lot has changed since the last time you wrote, and we'd love you to give us another go.",
    'Your visits have been a joy since that first one, Maria!',
    "We're thrilled because you enjoyed the tasting menu.",
    "We're sorry about the fee charged due to the same, please write to us with the booking ID.",
    "We're not sure about the reason for this yet, kindly share your registered number.",
    'There was an issue with the gift cards which has been fixed. Could you check again?',
  ],
);
