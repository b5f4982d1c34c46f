// Session 21 (judge-c): negative language by structure — false alarms read as what they are (a test on the case,
// knowing and perceiving, telling, a wondering, a cause ruled out, a hand-off the agent made) and refusals, limits and
// redirects said in forms the pack missed. Each block pairs the structure with controls that must keep their verdict.
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  "a reproduction attempt is a finding whoever its subject, also with the subject left out (O3, N1)",
  'negative-language',
  ['Unfortunately we are unable to refund the delivery fee.', 'We are not able to change the billing date.'],
  [
    'We ran a few tests on the same tablet but were unable to reproduce the freeze.',
    'Tried it on two phones and was not able to reproduce the crash.',
  ],
);

signalCases(
  "perceiving and relying are knowing: what the agent feels, notices or may assume denies the customer nothing (N1)",
  'negative-language',
  ["I can't extend the trial for you.", "We can't just cancel the order once it has shipped."],
  [
    "I cant feel any lag on my side with the same settings.",
    "I can't notice any difference between the two exports.",
    'The tool may drop lines, so we can not just rely on its summary to count the errors.',
  ],
);

signalCases(
  '"let you know" is telling, not permitting (N1); "doesn\'t let you export" stays a product limit',
  'negative-language',
  ["The free plan doesn't let you export to PDF.", 'The portal does not allow users to change the owner.'],
  ["The warning still doesn't let you know which permission is missing.", "The log won't let users know the sync finished."],
);

signalCases(
  'a negation inside a wondering is a hedged question, not a limit stated (N1)',
  'negative-language',
  ['That printer is not compatible with the driver.', "Sadly the card isn't supported in your country."],
  [
    "I'm wondering if this controller is perhaps not compatible with the adapter?",
    "I'm not sure whether the second screen is not detected or just switched off.",
  ],
);

signalCases(
  'a cause ruled out is a diagnosis, not a refusal (N1)',
  'negative-language',
  ['Unfortunately we cannot replace the charger.', 'Unfortunately that model is not eligible for the offer.'],
  [
    "Unfortunately your timeout isn't directly related to the cache size.",
    'The slowdown is not linked to the update you installed.',
  ],
);

signalCases(
  "the agent's own test that did not bring the fault out is a finding (O3), not a limit",
  'negative-language',
  ["I couldn't change the address on the booking.", 'We could not approve the refund.'],
  [
    'I built the same scene here but I could not get the shadow glitch to appear.',
    "We weren't able to get the app to crash on the demo account.",
  ],
);

signalCases(
  'the agent passed the case on, then says the other party can help: nobody is sent anywhere (N1; O2)',
  'negative-language',
  [
    'Please contact the vendor, they will be able to help.',
    'You will need to reach out to the manufacturer; they would be happy to assist.',
  ],
  [
    "I've raised a ticket with the vendor, they will be able to help from there.",
    "I have forwarded your logs to the printer maker and they'll be happy to look at them.",
    "I've gone ahead and contacted the courier; they will be able to rebook the slot.",
  ],
);

signalCases(
  'an adverb between "we" and the negation still refuses ("we currently don\'t accept …")',
  'negative-language',
  [
    "We currently don't accept payments by cheque.",
    "We unfortunately don't accept returns after sixty days.",
  ],
  ["The field doesn't accept letters, only digits.", "We currently don't need anything else from you."],
);

signalCases(
  'the policy document named in full is a policy wall ("terms of use does not allow")',
  'negative-language',
  [
    "The store's terms of service do not allow resale of tickets.",
    'Our terms and conditions do not cover accidental damage.',
  ],
  ['Our terms of service allow you to cancel at any time.'],
);

signalCases(
  'the report asked of the customer as a kind of entry, or a form filled without its particle, is a redirect (R-F1)',
  'negative-language',
  [
    'Could you submit this as a bug to https://bugs.example.org?',
    'Please log it as a feature request on the ideas board.',
    'Could you fill a crash report in the bug tracker?',
  ],
  ["I'll file this as a bug on our tracker today.", 'I submitted this as a feature request for you.'],
);

signalCases(
  'a request declined for a coming release is declining for the future',
  'negative-language',
  [
    "A dark theme likely won't be making it into the next release.",
    "Custom fonts won't make it into version 3.",
  ],
  ["Don't worry, this won't be part of the release notes.", 'The fix will be in the next release.'],
);

signalCases(
  "a test on the agent's side with where it was tried, and a reproduction attempt under way, are actions on the case (O3)",
  'ownership',
  [
    "I've just tried the beta myself and the export works.",
    'I tried your spreadsheet on my laptop and it opens fine.',
    'We tried your config here and it loads without errors.',
    "We're having trouble reproducing the freeze on our test phones.",
    'None of us here were able to reproduce the crash.',
  ],
  ['I tried the same thing last year.', 'Have you tried the new version?', "I haven't tried the beta yet."],
);

signalCases(
  'a report weighed for the product, colleagues copied in, and a report passed on with its subject left out are passing it on (R-M2, R-R2, O2)',
  'ownership',
  [
    'We will consider adding it to a future version.',
    "I've Cc'd our billing lead on this thread.",
    'Submitted this as a feature request to the team.',
    'Our team will have a check after the weekend.',
  ],
  ['You could consider upgrading to the larger plan.', 'Did you submit this as a feature request?'],
);

signalCases(
  'an impossibility that protects the customer is reassurance, not a limit (N1, as <nl-benefit>)',
  'negative-language',
  ["It isn't possible for us to refund the fee.", "It's not possible to change the date after check-in."],
  ["It isn't possible for anyone else to see your password.", "It's impossible for the update to delete your photos."],
);
