// Session 24 (judge-a): teach by structure (T1). A diagnosis that names what went wrong, and the only case a
// thing works in, each with near misses that must keep their verdict. Sentences written for these tests, not
// corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a diagnosis that names the fault or the mechanism behind it teaches (T1)',
  'teach',
  [
    'Sounds like the cache is being cleared by your antivirus.',
    'This looks like a race condition between the two sync jobs.',
    'Smells like a regression in the 2.3 release.',
    'It sounds like the old token might be stuck in the keychain.',
    'Looks like a driver conflict with the Bluetooth stack.',
  ],
  [
    'It looks like a bug!',
    "Sounds like you're having trouble with the app.",
    'Looks like your order has shipped.',
    'It seems like a technical issue on our side.',
    'That sounds like a great idea.',
  ],
);

signalCases(
  'the only case a thing works in, or is supported in, is how it works (T1)',
  'teach',
  [
    'Exports only work properly with the desktop app.',
    'The shortcut only worked with the classic layout.',
    'Dark mode is only supported on iOS 13 and later.',
    'Batch edits only run on boards you own.',
  ],
  [
    'Thanks, the export works now.',
    "We only work weekdays, so we'll reply on Monday.",
    'Is dark mode supported on my phone?',
  ],
);
