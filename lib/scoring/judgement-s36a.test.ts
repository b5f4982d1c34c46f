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
 * - T2: "ensure you have the latest version" is the update step of T2's try-X list (teach-steps-not), now that "ensure"
 *   is a how-to verb.
 * - T1: a request refused with no person named ("many requests will likely not happen due to …") gives a reason that
 *   only justifies the refusal (pack rule teach, unless_sentence).
 * - T1, a miss: a consequence in the present ("then we end up with duplicate names") explains how something works
 *   (pack rule teach, phrases); the past "I ended up refunding it" is a narrative and stays out.
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

signalCases(
  'teach-steps-not: "ensure you have the latest version" stays a try-X step (T2)',
  'teach',
  [],
  ['Ensure that you are running the latest version on your tablet.'],
);

signalCases(
  'teach: a request refused with no person named, with its reason, only justifies the refusal (T1)',
  'teach',
  [],
  ['Most of the feature ideas will probably not be implemented because of the small team we have.'],
);

signalCases(
  'teach: a consequence in the present, "you end up with …", says how it works (T1)',
  'teach',
  ['With two accounts on one phone you end up getting every reminder twice.'],
  ['I ended up refunding the order myself.'],
);
