// Session 13 structures of the default pack (judgement-b, issue 10, teach): a menu walked through with
// commas ("click Account, then Security") is a how-to in the reply's own words (RULINGS T2); a system
// that does something by itself ("the token renews itself") states how it works (T1); a negated means
// ("we can't set it by editing …") names no method the customer can use (T2), and neither does the
// link or message we sent ("click the link we sent, then …", routing). Sentences written for these
// tests, not corpus rows; each failed before the change.
import { signalCases } from './test/signal-cases';

signalCases(
  'a menu walked through with commas (T2)',
  'teach',
  ['Tap Profile, then Privacy.', 'Click Account, then Security.', 'Choose Edit, then Preferences.'],
  ['Click the link we sent, then let us know.'],
);

signalCases(
  'a system that acts by itself (T1)',
  'teach',
  ['The license unlocks itself after half an hour.', 'Your badge refreshes itself overnight.', 'The lock clears itself.'],
  [],
);

signalCases(
  'a negated means is no method (T2)',
  'teach',
  [],
  ["Sadly, we can't set it by editing the theme file.", "You can't reach it by clicking the icon."],
);

// A bare pick answering "which should I use?" names no method (T1 yes/no answers, T2): written for this
// test, not corpus rows; each failed before the except in teach-howto.
signalCases(
  'a bare pick is no how-to (T2)',
  'teach',
  [],
  ['I would use the public hostname.', "I'd use the second mailbox.", 'I would use the yearly plan here.'],
);
