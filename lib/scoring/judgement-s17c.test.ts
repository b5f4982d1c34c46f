// Session 17 (judgement-c): negative language by structure — the limit said with any subject (a product, a
// service, "it"), not only "we", and in the forms the listed phrases lacked. Each block pairs the structure with
// controls that must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a feature the product does not have, named after a few words (N1: a limit on what was asked)',
  'negative-language',
  [
    'The desktop client does not have that export option.',
    "Sorry, the mobile app doesn't include any dark mode setting yet.",
    "Our basic plan won't offer the bulk import feature.",
  ],
  [
    // What is absent is a cost, or nothing is denied.
    'The new plan does not have any setup fee, so you can switch today.',
    "Don't worry, the update doesn't change your saved settings.",
  ],
);

signalCases(
  'a thing that cannot be done, in the passive (N1)',
  'negative-language',
  ['Sadly that report layout can\'t be done in the free plan.', 'A custom domain cannot be configured on the trial.'],
  [
    // A fault described, or the customer reassured: no limit on what they asked.
    'The backup cannot be mounted because the disk is full, so I have freed some space.',
    "I can't wait to show you the new dashboard.",
  ],
);

signalCases(
  'something the product cannot do, whatever the subject (N1)',
  'negative-language',
  ["Scheduling posts isn't something the portal can do right now.", 'That is not something this version supports.'],
  ["That's something the portal can do for you: open Settings and pick a date."],
);

signalCases(
  'what the product does not let the customer do (N1); "us" was there before',
  'negative-language',
  ["The app doesn't allow you to rename a shared folder.", 'The store does not let users change the delivery slot.'],
  [
    // The customer reassured, not refused.
    "Don't worry, the app won't let anyone else see your notes.",
  ],
);

signalCases(
  'it only supports one way (N1: a limit on what was asked)',
  'negative-language',
  ['It only supports one account per phone.', 'This only allows two users on the basic plan.'],
  ['It only takes a minute to set up.'],
);

signalCases(
  'no plans announced for what the customer asked (N1)',
  'negative-language',
  ['The vendor has not announced any plans for a Linux version.', "We haven't yet shared a timeline for that feature."],
  ["We've announced the plans for the new office on our blog."],
);
