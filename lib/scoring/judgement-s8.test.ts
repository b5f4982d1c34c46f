// Session 8 structures of the default pack (judgement-b, issue 10): redirects to a tracker, a list or a
// distributor; no time or means; out of stock; a technical mechanism or requirement; a next event on a
// named day or release; a step then "see if it went"; pointing at what the customer should have read;
// a name as the object of a verb is someone else's. Sentences written for these tests, not corpus rows.
import { describe, expect, it } from 'vitest';
import { shows, signalCases } from './test/signal-cases';


const cases = signalCases;

cases(
  'sent to another place further off, or asked to report it on the tracker (N1, R-F1)',
  'negative-language',
  [
    "You'll have to ask on the GNU Radio mailing list.",
    'That is a question for the kernel mailing list.',
    'Please open an issue on GitHub for this.',
    'Could you file a bug report on the tracker?',
    "You'd be better off asking on the distribution's forum.",
    'Contact your distributor for a replacement.',
    'You should raise this with your local electrician.',
  ],
  [
    "I've opened an issue on the tracker for this.",
    "I'll file a bug upstream and link it here.",
    'Post the log here and I will have a look.',
    'The list of supported boards is in the README.',
    'We read the mailing list every day.',
  ],
);

cases(
  'no time or means to take it on; not to be had',
  'negative-language',
  [
    "I don't have the hardware to test that.",
    "We don't have the resources to support that board.",
    'The blue enclosure is out of stock.',
    'That model has been discontinued.',
  ],
  ["I don't have your order number yet, could you send it?", 'The board is back in stock, I have reserved one for you.'],
);

cases(
  'a mechanism or requirement in technical words (T1)',
  'teach',
  [
    'That error usually means the USB cable is not USB 3.',
    'The easiest fix is to flash the latest firmware.',
    'The 3.14 kernel dropped support for that chipset.',
    'The N210 needs a static IP on the 192.168.10 subnet.',
    'The sample rate has to be an integer divisor of the master clock rate.',
    'The base station receives the data over RF and forwards it to the server.',
    'The monitor samples the voltage every five seconds.',
  ],
  [
    'We have all the necessary measures in place to keep your account safe.',
    'The controls on the page are greyed out for you?',
    'Thanks, the samples arrived today.',
    'I have sent the data to our team.',
  ],
);

cases(
  'a next event on a named day, span or release, without a clock (X1)',
  'expectation',
  [
    "I'll have a look at it this weekend.",
    'The fix will be in the next release.',
    'The change will ship with version 4.2.',
    'Expect the parcel in about a week.',
    "We'll send the board out early next week.",
  ],
  ['It should work now.', 'That should fix it.', 'Did it happen in the last week?', 'We shipped it last weekend.'],
);

cases(
  'a step, then see whether the problem went (C1)',
  'confirm-resolution',
  ['Try that and see if the error goes away.', 'Restart the service, then check whether it still crashes.'],
  ['Check whether the cable is plugged in.', 'Try the new driver.'],
);

cases(
  'pointing at what the customer should have read (CON1, R-F3)',
  'condescension',
  [
    'As the error message suggests, the device is not found.',
    "If you read the mailing list archive, you'll see this was answered.",
    "If you had looked at the release notes, you'd know it was removed.",
    'None of this is surprising.',
    "It's all in the manual.",
  ],
  [
    'What you want is impossible with this hardware.',
    'Please find the manual attached.',
    'The error message says the device is not found, so check the cable.',
    "If you read the log out to me, I'll see what failed.",
    "It's surprising that the update failed.",
  ],
);

describe('a name as the object of a verb, or the one who hears, is someone else (P1)', () => {
  it.each([
    "Thanks so much for letting us know! We'll make sure Raj hears this.",
    "Thanks, I'll let Raj know.",
    "We'll pass your note on to Raj.",
    'Sorry for the wait, I have asked Priya to ring you.',
  ])('no personalization: %j', (t) => expect(shows('personalization', t)).toBe(false));
  it.each(['Thanks, Raj! I will let the team know.', 'Sure Raj, I can do that.', 'Hi Priya, I have asked the courier to ring you.'])(
    'personalization: %j',
    (t) => expect(shows('personalization', t)).toBe(true),
  );
});

describe('making sure a named colleague hears it is not ownership (O2: passing on praise)', () => {
  it.each(["Thanks so much for the kind words! We'll make sure Raj hears this.", "Lovely to hear! I'll make sure she gets your message."])(
    'no ownership: %j',
    (t) => expect(shows('ownership', t)).toBe(false),
  );
  it.each(["I'll make sure the refund goes through today.", "We'll make sure this gets fixed in the next release."])('ownership: %j', (t) =>
    expect(shows('ownership', t)).toBe(true),
  );
});
