// Session 22 (judge-c): ownership and negative language by structure — a first-person motion verb before the
// action ("I'll go back and check"), a decline for a release named by its version number, and the controls that
// must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a motion verb before the action on the case ("go and", "go back and", "gone through and") is the agent acting (O1, O3)',
  'ownership',
  [
    'I will go and look at the racing games today.',
    'We will go back and test that with your save file.',
    'Let me go and ask the warehouse about your parcel.',
    'I have gone through and tested your save files.',
    'I went back and checked your order history.',
    "We'll go through and fix each of the broken links.",
  ],
  [
    'I went back and forth on whether to reply.',
    'You can go back and change the setting later.',
    'Go back and try again.',
    'They will go and look at it on Monday.',
    'I then went and reinstalled, and the same thing happened.',
  ],
);

signalCases(
  'a request declined for a release named by its number ("won\'t make it into 2.0") as for "the next release" (N1)',
  'negative-language',
  [
    "Dark mode won't make it into the 2.0 release.",
    "Dark mode won't make it into 2.0, sorry.",
    "Sadly the export won't be included in v2.4.1, it needs more work.",
  ],
  ['The fix will make it into the 3.1 release.', 'Your change made it into 2.0 after all.'],
);

signalCases(
  'a plan denied with "have" ("we don\'t have any plans to", "we don\'t have plan to") as "we have no plans to" (N1)',
  'negative-language',
  [
    "I haven't got any plans to port it to Linux.",
    'We currently do not have any plans for a Linux version.',
    "We don't have plans to bring it back, sorry.",
    "For now we don't have plan to support that board.",
  ],
  ["We don't have a plan B yet, but I'll keep you posted on the fix.", 'We have a plan to fix this next week.'],
);

signalCases(
  'a way in we do not have — a phone line, a store, a live chat — refuses the channel asked for (N1)',
  'negative-language',
  ['We do not have a phone line.', "Unfortunately we don't have any stores in Canada.", "We don't have a live chat, sorry."],
  ['We have a phone line open 24/7.', "Don't worry, we do have a store near you."],
);

signalCases(
  'an impossibility that guards the customer, as "no way for anyone", by us of a secret, or in the passive (N1)',
  'negative-language',
  [
    "There's no way for us to see your order history.",
    "Your account can't be deleted by us.",
    "There's no way for us to recover a deleted account.",
  ],
  [
    "There's no way for anyone else to see your password.",
    'There is no way for our staff to see your full card number.',
    'Your messages cannot be read by anyone else.',
    "Rest assured, your card details can't be accessed by our staff.",
  ],
);

signalCases(
  'a reproduction attempt with its subject carried by "and/but" is a finding (O3), not a limit (N1)',
  'negative-language',
  ["We tried, but we can't refund the fee.", 'I checked and we are unable to change the billing date.'],
  [
    'Ran it twice and never managed to get it to hang.',
    "I tried but couldn't get it to fail on Windows 10.",
    "We tested your file but couldn't get it to crash.",
  ],
);

signalCases(
  'asking the customer is a request to them, not an action on the case (O1); asking a colleague stays',
  'ownership',
  ["I'll ask the warehouse to check your parcel.", 'I will ask our engineers whether a patch exists.', 'Let me ask the billing team about the charge.'],
  [
    "I'd like to ask you to collect some debug information.",
    'We would like to ask for your order number.',
    'I will ask you to restart the router first.',
    'I can ask you for a screenshot if that helps.',
  ],
);

signalCases(
  'a relative clause with its preposition left at the end names what the customer may send, not a commitment (O1)',
  'ownership',
  ['Send us the file and we can look at it today.', 'I could take a look at your logs, if you send them.'],
  ['Maybe you have a test case we can look at?', 'Do you have a sample we could work with, or a video?'],
);

signalCases(
  'a limit in the passive with "only" and its bound, and a right kept to a role (N1, "you\'re only able to"); "only you" guards',
  'negative-language',
  [
    'Refunds are only given within 30 days of purchase.',
    'Vouchers are only issued to new customers.',
    'Only admins can change this setting.',
    'Only the account owner may cancel the plan.',
  ],
  ['Only you can see your password.', 'Only you and your team members can see these notes.'],
);

signalCases(
  'a limit with an adverb inside or a contracted verb ("does not currently support", "that\'s not on the roadmap") (N1)',
  'negative-language',
  [
    'The app does not currently support dark mode.',
    "Apple doesn't allow apps to do that.",
    "We've discontinued that model.",
    "That's not on the roadmap.",
    'Merging accounts is not an option right now.',
    "That's not something I have access to.",
    'Sorry, but no.',
  ],
  [
    'The app does not need any special setup.',
    'Apple allows apps to do that since iOS 17.',
    "We've updated that model with a new battery.",
    "That's on the roadmap for next month.",
    'Is that not an option for you?',
    "Sorry, but no worries, I've sorted it.",
  ],
);

signalCases(
  'a remedy refused in the future ("we won\'t be refunding this order") as "we won\'t be adding that"; a reassurance stays out (N1)',
  'negative-language',
  ["We won't be refunding this order.", 'We will not be replacing the charger as it is out of warranty.', 'We are not going to waive the fee.'],
  ["We won't be charging you for the replacement.", "Don't worry, we won't be cancelling your order.", 'I will be refunding this order today.'],
);
