/**
 * Session 36 (lead, after the prober's cases): a how-to followed by "let us know via this thread / by email / by replying
 * here" stays teach (T1/T2: the reply states the how-to itself; the way back is no routing step); telling us by opening a
 * thread, ticket or post is the routing (T2, R-X3). Sentences written for this test, not corpus rows.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach-reading routing: only a telling-us that opens a channel is routing (T2, R-X3)',
  'teach',
  [
    'Go to Settings > Sync and turn on Background refresh, then let us know via this thread if it helps.',
    'You can turn off the sounds under Settings > Notifications, and let us know by email if you need anything else.',
    'To change the currency, open Billing > Preferences and pick it from the list; let me know by replying here if it sticks.',
  ],
  ['If the export fails again, please let us know by filing a ticket in the help centre.'],
);
