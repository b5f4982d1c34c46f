/**
 * Session 38 (judge-a), teach false alarms and misses on vendor engineers' replies (RULINGS T1, T2; corpus-extra
 * R-WL1). The rulings applied:
 * - T1 (a cause says what went wrong): a cause the writer says they never found or do not know names none ("I could
 *   never work out what the root cause was"); a cause stated still teaches (pack rule teach, except).
 * - T2 (the customer's own way to avoid it): the purpose of our own act ("I've pushed a patch to prevent this crash")
 *   is ownership, not a how-to; the customer's step with the same purpose still teaches (pack rule teach-howto, except).
 * - T1 (plain facts: availability): which devices, plans or models support a feature is availability, not a mechanism
 *   ("supported by" left the passive-dependency phrase of pack rule teach); "Export" as the product's noun is not the
 *   shell's export command (pack rule teach-steps, except).
 * - T2 (a menu path): a context menu walked through mid-sentence ("… – right click the shortcut and select …") is a
 *   menu path (pack rule teach-howto).
 * - T2, R-WL1 (steps that only gather information): turning on more diagnostic output — debug logging, a log level,
 *   kernel messages, dynamic debug — only gets us information (teach-reading.ts readsAsGathering, MORE_OUTPUT);
 *   "increase the output volume" stays a how-to.
 * - T1 (what went wrong, as a chain): a consequence drawn with hence/thus/therefore ("… hence the boot failed"), and
 *   the cause named as the culprit; T2/R-WL1: a workaround announced then given ("There is a work around - use …").
 * - T1 (plain facts): "it should just work out of the box" is a yes/no confirmation.
 * Every sentence written for this test. Each case the change decides fails without it; the others guard its reach
 * (a stated cause, the customer's own step, a bare pointer, a refusal).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach: a cause the writer says they never found names none (T1)',
  'teach',
  ['The root cause was a stale cache on the server, so clearing it fixed the totals.'],
  [
    'I could never work out what the root cause was, sorry.',
    "We haven't identified the root cause yet, but we're still looking.",
    "Honestly, I couldn't pin down the root cause on my board either.",
  ],
);

signalCases(
  "teach-howto: our own act's purpose is ownership, the customer's step still teaches (T2)",
  'teach',
  ["I'd recommend turning off sync to avoid this.", 'You can turn off sync to avoid this.'],
  [
    "I've pushed a patch to the list to prevent this crash.",
    "We've added a guard in the driver to avoid this in future releases.",
    "I'll send a fix to stop this from happening.",
  ],
);

signalCases(
  "teach: 'supported by' a device or plan is availability (T1 plain facts)",
  'teach',
  [],
  ["Sadly that option isn't supported by your model.", 'The feature is supported by the newer laptops only.', 'Export is supported by the team plan.'],
);

signalCases(
  'teach-howto: a context menu walked through mid-sentence is a menu path (T2)',
  'teach',
  [
    'If the wrong card is used, force the other one – right click on the game icon and select Run with graphics processor.',
    'To hide old chats you can long press on the chat and then tap Archive.',
  ],
  ['Right-click anything.'],
);

signalCases(
  'teach-howto: turning on more diagnostic output only gets us information (T2, R-WL1)',
  'teach',
  ['You can increase the output volume under Settings > Sound.'],
  [
    'Then you can enable additional kernel messages with the dyndbg boot option.',
    'Check which driver messages you can enable through the debugfs control file.',
    'You can turn on debug logging under Settings > Advanced > Diagnostics.',
  ],
);

signalCases(
  'teach: a workaround announced then given, with or without an article (T2, R-WL1)',
  'teach',
  [
    'There is a work around - use the basic binding for every call except the token request.',
    "There's a simple workaround: set the timeout to 30 seconds in the config.",
    'Temporary workaround is to blacklist the intel_lpss_pci driver.',
  ],
  ['There is a workaround for this on our FAQ page.'],
);

signalCases(
  "teach: a fault's consequence drawn with hence/thus/therefore (T1)",
  'teach',
  [
    'The card does not list the ACS capability, so PASID was never enabled and hence the boot failed.',
    'The firmware did not load, hence the missing Wi-Fi.',
  ],
  ["Hence we can't refund the order.", "Thus I think it's fine."],
);

signalCases(
  'teach: the cause named as the culprit (T1); "works out of the box" is a yes/no confirmation (T1 plain facts)',
  'teach',
  ['But I suspect the culprit is one of those three stat patches.', 'That firmware update is probably the culprit.'],
  ['This should just work out of the box.', 'Everything works out of the box on the new kernel.'],
);
