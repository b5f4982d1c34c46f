// Session 23 (judge-c): ownership and negative language by structure — a company's plans and improvement talk
// for everyone are no ownership of this customer's case (R-U5), a motion verb with what it goes through before
// the action is the agent acting, and the controls that must keep their verdict. Sentences written for these
// tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a launch of something new for everyone, an aim for everyone, improvement of the whole product and support withdrawn from a component are no action on this case (R-U5, O3)',
  'ownership',
  [
    "I'll look into your export and get back to you today.",
    'We aim to get this fixed in the next update.',
    'We will be providing this option in a future release.',
    "We're working on improving the export speed you mentioned.",
    'We will release a new version with your fix tomorrow.',
    "I've removed the duplicate charge from your account.",
  ],
  [
    "We're going to release a new desktop client later this year.",
    'We are going to launch a brand new analytics app next month.',
    'We aim to provide great tools for every kind of user.',
    'We strive to create a calm space for everyone.',
    "We're also working on improving the experience and appreciate your feedback.",
    "We're always working to improve.",
    'We have removed Flash support from the uploader because of a security hole.',
    'We dropped IE11 support in version 4.',
  ],
);

signalCases(
  'a motion verb with what it goes through before the action ("go through your invoices and") is the agent acting (O1, O3)',
  'ownership',
  [
    "I'll go through your invoices and correct the totals.",
    "I'll go through your invoices and send you a summary.",
    'Let me go through the logs and find out what happened.',
    'I went over your statement and refunded the late fee.',
    "We'll go over the order history and check each payment.",
  ],
  [
    'Go through the checkout and try again.',
    "You'll go through the setup and confirm the email address.",
    'Did you go through the settings and turn it off?',
    'They will go through the logs and reply on Monday.',
  ],
);

signalCases(
  'a limit past a window or a condition ("not available after 30 days") and "only" with a time adverb on either side ("only currently available to") are limits (N1)',
  'negative-language',
  [
    'Refunds are not available after 30 days.',
    "The discount isn't available once the order has shipped.",
    'The app is only currently available to customers in Canada.',
    'Live chat is currently only available to Premium members.',
  ],
  [
    "The update isn't available until Monday.",
    'Is the discount not available once the order has shipped?',
    'Your refund is now available in your account.',
  ],
);

signalCases(
  'a negation or "expected" inside a check asked of someone ("check if it is expected", "let me know if it doesn\'t") states no limit and rejects no report (N1, R-K1)',
  'negative-language',
  [
    'This is the expected behaviour.',
    'It is expected, the cache is cleared on restart.',
    'The sync option is not supported on the free plan.',
    "We can't check whether your card is valid.",
  ],
  [
    'I made a patch with this ID. Please check if it is expected.',
    'Could you check whether the sync option is not enabled on your side?',
    "Let me know if it doesn't support your card.",
    'Can you confirm whether the label is not printing at all?',
  ],
);
