/**
 * Session 36 (judge-a), teach false alarms (RULINGS T1, T2). The rulings applied:
 * - T2, R-X3: routing to the support team's own channels is no how-to; telling us, with the means after it ("let us
 *   know by posting in the community forum"), is a step addressed to us — the `routing` reading of teach-reading.ts.
 *   Without a means ("let us know if that works") the sentence's own how-to still counts.
 * - T2: a bare link or pointer is no how-to; a publication the customer is told to use ("use this guide to learn how
 *   to …") points at the method, it does not state it (pack, the shared teach-not except list).
 * - T1, T2: "available" says where a control is only with the control named ("the export option is available under
 *   Settings"); a product or feature available via a channel is availability, a plain fact (pack rule teach-howto).
 * - T2: "ensure" is the how-to verb "make sure" ("you need to ensure both devices are on the same network", word class
 *   howto); our own "we will ensure" stays out.
 * - T1: a reason given only to justify is no cause; a judgement of worth as the reason ("… since it would be better
 *   for everyone") names no mechanism (pack rule teach, except list).
 * Every sentence written for this test; each case fails without its change.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach-reading routing: telling us by a means is a step addressed to us (T2, R-X3)',
  'teach',
  ['Go to Settings > Sync and turn on Background refresh, then let us know if that works.'],
  ['If the crashes come back, let us know by opening a new thread in the community forum.'],
);

signalCases(
  'teach: a publication to use is a pointer, not a method (T2)',
  'teach',
  ['You can stop the reminders by switching off Alerts under Settings > Notifications.'],
  ['Sorry about that! Use this guide to learn how to change your playlist settings: https://example.com/g'],
);

signalCases(
  'teach: a judgement of worth as the reason justifies, it is no cause (T1)',
  'teach',
  ['The sync stopped because the token expired after the password change.'],
  ['The community asked for the change since it would be better for the long-term balance.'],
);

signalCases(
  'teach-howto: "available" says where only with a control named (T1 availability, T2 where a control is)',
  'teach',
  ['The export option is available under Settings.'],
  ['Thanks for asking. That mode is handled by our own subnet manager that is available via ACME OS.'],
);

signalCases(
  'teach-howto: "ensure" is a how-to verb like "make sure" (T2 an approach)',
  'teach',
  ['You need to ensure the printer and the laptop are on the same Wi-Fi network.'],
  ['We will ensure your feedback reaches the product team.'],
);
