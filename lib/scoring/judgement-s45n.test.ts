/**
 * Session 45 (judge-n): negative-language readings by structure. Sentences written for these tests, none copied from a
 * corpus row.
 * - The report asked of the customer as a bare imperative (R-F1 the tracker, N1): chat and tracker helpers write "Raise an
 *   issue", "definitely report it", "worth filing a bug" without "please" or "you can"; the customer is sent to the
 *   tracker to do it. The agent's own act ("I'll report it upstream"), reporting back to us here, and the same verbs with
 *   an object that is no report ("Open it in the editor") stay out.
 * - A care desk disputing the customer's account (R-K1 "rejecting the report"): a point made against the review ("we
 *   would like to make a point here that …"), denying we ever offered what they expected ("we have never promised a sea
 *   view"), our records set against their account ("there was no delay as per our records"). An admission after
 *   "never mentioned", records that confirm, and "make a point of" stay out.
 * - A redirect with help given anyway (N1 "alongside the agent's own handling", O2): "this place is for X, so I opened
 *   one for you" — the agent files or moves it themselves — is no redirect. A place named for next time beside an answer
 *   stays a redirect (the tracker rows are labelled so), as does "this tracker is not for usage questions" alone.
 * - The agent asking another project's people themselves ("I'd like to ask the GTK devs first") stays the agent's act
 *   (the S44 exception now spelt with the pack's <we> and <will> classes).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the report asked of the customer as a bare imperative sends them to the tracker (R-F1, N1)',
  'negative-language',
  [
    'Raise an issue on the tracker so it does not get lost.',
    'Sounds like a regression, definitely report it.',
    'Good catch: file a bug against the importer.',
    'It might be worth filing a bug about the flicker.',
    'Open a new issue with the stack trace.',
  ],
  [
    "I'll report it upstream tonight.",
    'Open it in the editor and save the file.',
    'Log it to the console first, then compare the two values.',
    'Report it back to us if it happens again.',
    'If the crash comes back, file it here and I will look at it.',
    "Don't report it, it's already known.",
  ],
);

signalCases(
  "a care desk disputing the customer's account is negative language (R-K1); an admission or a confirmation is not",
  'negative-language',
  [
    'We would like to make a point here that the suite you booked was the suite you stayed in.',
    'We have never promised a sea view for that room type.',
    'There was no delay in the kitchen as per our records.',
    'According to our records, you did not call the front desk that night.',
  ],
  [
    'As per our records, your refund was processed on 2 May.',
    'We never mentioned the parking fee at booking, which was our mistake.',
    'We make a point of greeting every guest by name.',
    'We never said it was your fault, and we are glad you stayed with us.',
  ],
);

signalCases(
  'this place said to be for others is no redirect when the agent then files or moves it themselves (N1, O2)',
  'negative-language',
  [
    'This tracker is not for usage questions.',
    'This site is for bug reports; please ask setup questions on the users list.',
    'There is a #hibernate channel for questions like that.',
  ],
  [
    'Our tracker is only for bugs, so I opened one for you.',
    "This list is for development, so I've forwarded your question to the users list.",
    'The issue tracker is meant for bug reports, so we moved your question to a discussion.',
  ],
);

signalCases(
  "the agent asking another project's people themselves is the agent's act, not a redirect (S44, now by class)",
  'negative-language',
  ['Please ask the Wayland devs about it.'],
  [
    "I'd like to ask the GTK devs first.",
    "We've already pinged the maintainers about it.",
    'Let me check with the Electron folks.',
    'I could ask the Qt devs tomorrow.',
  ],
);

// S45 fix (review finding 1): "file"/"report"/"create a report" as everyday steps in the customer's own app send nobody
// to a tracker; the bare imperative with a tracker in view still does.
signalCases(
  'filing under a folder, reporting mail as spam, and a report noun naming an app object are no tracker redirect (N1)',
  'negative-language',
  ['Report it on the tracker so the team sees it.', 'Open a new issue against the parser with the log attached.'],
  [
    'File it under Receipts so the app can read it.',
    'Please file it under Documents so you can find it later.',
    'Report it as spam and those emails will stop.',
    'Just report this one as spam in your inbox and it will be filtered.',
    'Create a new report under Analytics to see the totals.',
    'Open a new ticket view and filter by status.',
    'Create a ticket type called Billing under Settings, then assign it to the team.',
    'Create a new issue template so contributors fill in the version.',
    'File those under Archive once they are paid.',
    'Add a new ticket field called Region to the form.',
  ],
);

// S45 fix (review finding 2): records read and acted on for the customer confirm; "never … before" is a first, a boast.
signalCases(
  'records acted on for the customer and "never promised … before" are no rebuttal of the account (R-K1)',
  'negative-language',
  [
    'According to our records, you did not call the front desk that night.',
    'We have never promised a sea view for that room type.',
    'There was no delay as per our records, so we cannot offer compensation.',
  ],
  [
    "According to our records, you didn't receive the confirmation email, so I've resent it.",
    'There was no charge as per our records, so you are all set.',
    'We have never promised that before, so this is a first for us!',
    "We've never offered a discount this big before, so enjoy it!",
    'As per our records, you did not get the voucher, so we have added it to your account now.',
  ],
);
