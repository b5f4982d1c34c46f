/**
 * Session 51 (judge-n): negative language, what software needs said as a limit, narrowed by structure. Sentences written
 * for these tests, none copied from a corpus row.
 * - Not negative language (N1, "negatively worded facts that explain how something works, where nothing is denied to the
 *   customer", R-D3): what a piece of software runs on, works with or is compatible with, when the thing named after the
 *   preposition is a platform or low-level part (<nl-platform>: operating systems, architectures, radio bands, buses,
 *   runtimes, kernels, chipsets, printers) or a version range ("version 4", "6 and later"). Plans, tiers, pages, columns,
 *   the customer's devices and "one account" after the preposition stay limits.
 * - Not negative language (N1, T1): an option missing from the customer's own screen said as the condition of a step ("if
 *   you don't have this option in the menu, …"). "We don't have that option" and "you don't have the option to …" stay.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a platform, a low-level part or a version range after "only works on/with" or "not compatible with" is a fact of the software (N1, R-D3)',
  'negative-language',
  [
    'Sadly the export will only work with the Business plan.',
    'The wallet works only on verified devices, not on rooted ones.',
    'Bulk edits will only work on boards you own.',
    'The sync will only work with one account per phone.',
    'The filter works only on the current page.',
    'Unfortunately, the add-on is not compatible with the free plan.',
    'It only supports HTTPS.',
    'We only support printers from the 2019 range and newer.',
    'Sorry, we only support Windows 11 and later on the business plan.',
  ],
  [
    'The USB 3 port on that stick can only work on 5GHz.',
    'These old codecs are not compatible with 64-bit Java.',
    'The print button will only work with AirPrint printers.',
    'Out of the box the adapter only supports USB 2 speeds.',
    'Your plugin is 2.1, which only works with Electron 9 and later.',
    'Note that the recorder works only on 64-bit machines.',
    'The scanner will only work with the 5.10 kernel or newer.',
    'This widget will only work with version 4 of the API.',
  ],
);

signalCases(
  'an option missing from the customer\'s own screen, said as the condition of a step, refuses nothing (N1, T1)',
  'negative-language',
  [
    "We don't have that option on annual plans, sorry.",
    "You don't have the option to split the payment, I'm afraid.",
  ],
  [
    "If you don't have that entry in the context menu yet, the steps in the linked article add it.",
    "In case you don't see the setting under Privacy, update the app first and look again.",
  ],
);

signalCases(
  'review (rf-n): "only work(s) on/with <platform>" is a fact of the software, but the bare base form said of people is a policy (LABELING "policy refusals")',
  'negative-language',
  [
    'We only work with Linux servers on the starter contract.',
    'We work only with Linux servers on the starter contract.',
    'We only support Linux servers on the starter contract.',
    'Unfortunately the add-on only works on the Enterprise tier.',
  ],
  [
    'Unfortunately the older tools only work on x86.',
    'The new builds only run on 64-bit Windows, sadly.',
    'The patch can only run on ARM64.',
    "It'll only work on Linux, so please use the Ubuntu machine.",
    'Heads up: the companion app isn\'t compatible with iOS 15.',
    'The plugin works only with Python 3.9 or newer.',
    'The tool isn\'t compatible with ARM chips yet, but the x64 build works fine on your laptop.',
    'Since it only works with version 2 of the API, please update your script to call the new endpoint.',
    'Which printers does it work with? It only works with printers that support AirPrint.',
    'The beta only functions on Android 12 and higher.',
  ],
);
