// Session 24 (judge-d): ownership (O2, passing the report on) in the form mailing lists and issue trackers write
// it: a colleague, maintainer or list copied onto the thread. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a person or list copied in on the thread passes the report on (O2)',
  'ownership',
  [
    '+ Priya\n> The card is not detected after resume.\n> Any ideas?\nThat looks like a firmware timeout.',
    '+ Omar, Lena\n> Boot hangs at the splash screen.\nThe splash code changed in 6.1.',
    '> Suspend fails on my laptop.\n> Logs attached.\n+ power-management list for more eyes on this',
    '> Audio crackles since the update.\n+ bcc to internal list as well',
    'Not sure if Dmitri (Cc\'d) remembers why the default changed.',
    'I have no idea why the check passes, so adding Tomas here.',
    'Adding the storage folks so this is not lost.',
    'Looping in our billing team, they will sort out the duplicate charge.',
    "Cc'ing Marta, who wrote that driver.",
  ],
  [
    // "+" bullets and sums, and "adding" as a how-to with a destination, bring nobody in.
    'Steps:\n+ Restart the router\n+ Clear the cache\n+ Sign in again',
    'Options:\n+ Ethernet\n+ Wifi',
    'Total: 3 + 4 = 7.',
    'Try adding the key to your config file.',
    'Try adding the mirror list to your sources.',
    'Adding people to your workspace is free.',
    'Adding your team to the plan costs extra.',
    'Please add the storage list when you resend.',
  ],
);
