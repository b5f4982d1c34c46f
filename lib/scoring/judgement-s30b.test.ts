// Session 30 (judge-b), negative language. Sentences written for these tests (never corpus rows).
//   1. A social network is another channel (N1, R-A1): "reach out to us via our social media platforms", "PM us through
//      our Facebook page", "drop us a PM over Instagram"; also a longer object before it ("send us the details of the
//      fault via our social media") and "share with us … over at our help centre". "DM us" here continues the
//      conversation, and Twitter or Messenger named with it is the same place.
//   2. The tracker asked of the customer (R-F1), also hedged ("could you by chance submit a bug report"), as a polite
//      conditional ("it might help if you filed a bug") or in the passive with a place ("a bug should probably be filed
//      for this at https://…"); "file an issue on GitHub" asked of the customer is no longer excepted. The agent or a
//      third party filing it sends nobody anywhere.
//   3. Limits with a word more: not available at certain hours ("between 1 and 5 am", "during the holidays"), no clear
//      plan yet, work on the request declined for now ("we're not actively working on that code"); answers to be found at
//      an address ("you can find common answers and tips on https://…").
//   4. More of the same limits and redirects: no setting or option that would do it ("there isn't a setting that controls
//      this"), "not doable", "currently not accepting", "can no longer", "no fix yet", an idea or feedback portal, and the
//      advice to go elsewhere in the -ing form ("I'd recommend reaching out to the scanner team on their forum").
//   5. A feature declined for a release without "it" ("likely won't be making into the 2.0 release") and a removal forced
//      on us ("we had to do away with it", "we decided to drop that option"); removing a part or a program to test or
//      reinstall is a step, not a limit.
import { describe, expect, it } from 'vitest';
import { findingsOf, shows } from './test/signal-cases';

const negative = (text: string) => shows('negative-language', text);
/** The words of the negative-language findings, with the rule that found them. */
const found = (text: string) => findingsOf('negative-', text);

describe('a social network is another channel', () => {
  it.each([
    ['Please reach out to us via our social media channels and we will sort out the refund.', 'negative-redirect: reach out to us via our social media'],
    ['Kindly contact us through our official Facebook page with your booking reference.', 'negative-redirect: contact us through our official Facebook'],
    ['Do PM us through our Facebook page so our team can check the charge.', 'negative-redirect: PM us through our Facebook'],
    ['Could you drop us a message over Instagram with the order number?', 'negative-redirect: drop us a message over Instagram'],
    ['You can also message us on WhatsApp if the app keeps crashing.', 'negative-redirect: message us on WhatsApp'],
    ['Please send us the details of the missing parcel via our social media so we can connect.', 'negative-redirect: send us the details of the missing parcel via our social media'],
    ['Please share with us the delivery address over at our help centre.', 'negative-redirect: share with us the delivery address over at our help centre'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    'Please DM us your order number and we will look into it.',
    'Please reach out to us here on Twitter with your order number.',
    'Send us a DM with your account email and we will check it.',
    'Thanks for reaching out on Facebook, we have refunded the fee.',
    'We posted the new opening hours on our Facebook page last week.',
  ])('%s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('the tracker asked of the customer', () => {
  it.each([
    ['Could you by chance submit a bug report for us once the sync fails again?', 'negative-language: Could you by chance submit a bug report'],
    ['Nobody has answered yet, so you might want to file an issue on GitHub.', 'negative-language: you might want to file an issue'],
    ['It might help if you filed a bug and attached the sample project.', 'negative-redirect: It might help if you filed a bug'],
    ['It would be great if you could open an issue with the crash log.', 'negative-redirect: It would be great if you could open an issue'],
    ['A bug should probably be filed for this at https://bugs.example.org', 'negative-redirect: A bug should probably be filed for this at https://bugs.example.org'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    'I have filed an issue on GitHub for this and linked it here.',
    "I'll file a bug on GitHub for the export crash today.",
    'Someone filed an issue on GitHub about this last year and it was fixed in 2.3.',
    'It might help if you restarted the router before the next test.',
  ])('%s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('limits with a word more', () => {
  it.each([
    ['Express delivery is not available between midnight and 6am.', 'negative-language: is not available between'],
    ['The chip could do it, but we don\'t have a clear plan yet.', "negative-language: we don't have a clear plan yet"],
    ["Right now we're not actively working on the offline mode.", "negative-language: we're not actively working on the"],
    ['You can find common answers and tips on https://help.example.com/faq', 'negative-limit: find common answers and tips on https://help.example.com/faq'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    "We're not looking at your payment details, only at the delivery log.",
    'The new dashboard is available between the Reports and Settings tabs.',
    'We have a clear plan for the migration and will start on Monday.',
  ])('%s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('more of the same limits and redirects', () => {
  it.each([
    ["At the moment there isn't a setting that controls the reminder sound.", "negative-language: there isn't a setting that controls"],
    ['There is no out-of-the-box option for exporting the history.', 'negative-language: There is no out-of-the-box option'],
    ['Sadly that is not doable with the current firmware.', 'negative-language: Sadly that is not'],
    ['Editing a sent invoice is not doable in the current version.', 'negative-language: is not doable'],
    ['We are currently not accepting returns on clearance items.', 'negative-language: We are currently not accepting'],
    ['Due to the recall we can no longer ship the blue model.', 'negative-language: we can no longer'],
    ["We have no fix yet for the login loop on tablets.", 'negative-language: We have no fix yet for'],
    ['Unfortunately the return period has passed for that order.', 'negative-limit: Unfortunately the return period has passed'],
    ['Please submit your idea on the feedback portal so the product team can vote on it.', 'negative-redirect: submit your idea on the feedback portal'],
    ["I'd recommend reaching out to the scanner team on their forum.", "negative-language: I'd recommend reaching out to the scanner team on their forum"],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each([
    "I'd suggest opening the app and tapping Help to see your order history.",
    'There is a setting that controls the reminder sound, under Settings > Sounds.',
    'We have no doubt the new battery will last longer.',
    'I recommend checking the support article on resetting the router first.',
  ])('%s', (text) => {
    expect(negative(text)).toBe(false);
  });
});

describe('a feature declined or taken away', () => {
  it.each([
    ["Dark mode probably won't be making into the 2.0 release.", "negative-language: won't be making into the 2.0 release"],
    ['We had to do away with it because the toolbar needed the room.', 'negative-language: We had to do away with it'],
    ['We decided to drop that option when the new editor shipped.', 'negative-language: We decided to drop that option'],
  ])('%s', (text, finding) => {
    expect(found(text)).toContain(finding);
  });

  it.each(['We had to remove the battery to test the charger.', 'I had to remove it and reinstall, and then it worked.'])('%s', (text) => {
    expect(negative(text)).toBe(false);
  });
});
