/**
 * Session 37 fixes (fix-b), negative language: the named-party redirect reading (negative-place.ts
 * thirdPartyContactsIn) read too broadly. The rulings applied:
 * - N1: "a redirect is sending the customer to a different channel: … another company". A software tool named after
 *   "check with" ("check with Device Manager", "checking with Disk Utility") is the customer's own troubleshooting
 *   step, not a party they are sent to: a name whose last word is a tool's noun (Manager, Utility, Panel …) is no party.
 * - N1 counts only another channel or company; the customer's own people are no redirect (as onlyTheirOwnMailboxes and
 *   YOUR_PEOPLE_BEFORE read for mailboxes): a name followed by "who set up your …" or ", your admin" is theirs.
 * - Still a redirect: a named other company to contact or report to ("contact T-Mobile", "report this to Lenovo").
 * The first three near misses are the reviewer's sentences; the rest are written for this test.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a software tool named after "check with" is no other company (N1)',
  'negative-language',
  [
    'Please contact T-Mobile about the roaming charge.',
    'You need to report this to Lenovo.',
    'Please report this to Lenovo',
    'I would suggest checking with Contoso Networks about the router firmware.',
  ],
  [
    'Please check with Device Manager whether the adapter shows a yellow mark',
    'You can try checking with Disk Utility first: select the drive and run First Aid.',
    'You could check with Event Viewer for errors logged at the time of the crash.',
  ],
);

signalCases(
  "the customer's own person named after the verb is no redirect (N1)",
  'negative-language',
  [
    'You might want to ask Fabrikam, who built your router, about the firmware.',
    'You should contact Fabrikam, your administrator will not have the unlock code.',
  ],
  [
    'You might want to ask Kowalski, who set up your account.',
    'You may want to check with Nakamura, your administrator, before changing the policy.',
  ],
);
