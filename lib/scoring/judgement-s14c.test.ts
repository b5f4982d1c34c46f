// Session 14 (judgement-c): negative language and condescension by structure. Sentences written for
// these tests in the style of app-store and forum replies, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  "a link to a contact page or a new support request is the support form itself (N1, R-X3), whatever verb sends the customer there",
  'negative-language',
  [
    'Thanks for the review. Please visit https://help.example.ca/contact-us to update your payment details.',
    'Hi Dana, please reach out via https://support.example.com/contact and we will check it.',
    'Send a quick note to m.example.com/contact so we can connect.',
    'Head over to https://example.zendesk.com/hc/en-us/requests/new and attach the receipt.',
  ],
  [
    // A help article is a page to read, not a channel (its first path step is not the contact page).
    'This article explains it: https://support.example.org/en-US/kb/contact-lists',
    'I have added you to the contact list, the invite is on its way.',
  ],
);

signalCases(
  'a form to fill in, given by its address, is a redirect (N1)',
  'negative-language',
  ['So we can resolve this, fill in your details here: https://bit.ly/3xYzAbc and we will be in touch.'],
  ['Thanks for filling in your details, the booking is confirmed.'],
);

signalCases(
  'another place named as the best one to ask is a redirect (N1)',
  'negative-language',
  ['The best place to ask questions about the build scripts is the developer mailing list.'],
  ['The best place to start is the Settings page, under Sync.'],
);

signalCases(
  'a policy wall, and "we are only able to", are limits (N1)',
  'negative-language',
  ['Our policy does not allow refunds after 30 days.', "We're only able to change the delivery address before dispatch."],
  ['Our policy covers accidental damage for two years.'],
);

signalCases(
  'thanking the customer for where they wrote sends them nowhere (N1)',
  'negative-language',
  ['Thanks for reaching out. For card disputes, please contact your card issuer.'],
  [
    'Thank you for posting in the community forum. Open Settings, then Privacy, and switch the filter off.',
    "Thanks for reaching out to customer support! I've reset the password for you.",
  ],
);
