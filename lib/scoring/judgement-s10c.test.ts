// Session 10 redirects by structure (judgement-b, issue 10): a contact verb whose object or "at / via / to"
// target is a support mailbox written as an e-mail address (word "@" domain "." ending) sends the customer
// elsewhere (RULINGS N1 "support email address", corpus-extra R-X3, replies-apps R-A1). Continuing by DM,
// replying to this e-mail, writing to the agent directly, or the agent writing to the customer is not (N1).
// Every sentence here was written for these tests from the rulings, not taken from a corpus row.
import { signalCases } from './test/signal-cases';

signalCases(
  'a support mailbox named by its address (N1 "support email address", R-A1)',
  'negative-language',
  [
    'Please email hello@acme.io with your order number.',
    'Could you kindly email care@shop.example.com and include your device model?',
    'Can you send your account number to billing@example.org so we can check it?',
    'Please send through a screenshot and your version to appsupport@example.net.',
    'If you have any other questions, our email is care@example.com.',
    'If the problem comes back, just drop us a line at help@example.co.uk.',
    'Feel free to reach out to our team at team@example.com.',
    'We would love to hear more, so please let us know by reaching out to feedback@example.org.',
    'If you send an email to content@example.net with the details, we will take a look.',
    'Would you provide these details to mobile @example.com so we can assist you?',
    'You may also write to grievances@example.in.',
    'Kindly forward the receipt to refunds@example.com.au and they will process it.',
    'Get in touch with orders@example.de for the invoice.',
  ],
  [
    'Please DM us your order number and the e-mail address on the account.',
    'Send us a DM with your email address and we will look.',
    'Feel free to message us via DM with your account details.',
    'Reply to this e-mail with a screenshot and I will check it.',
    'E-mail me directly at jane@example.com if anything else comes up.',
    'Could you send the log to me at jane@example.com?',
    "I've emailed you at sam@example.com with the return label.",
    "I'll send the label to sam@example.com today.",
    'We will email you at the address on your account.',
    "You'll get one email at 8am with the tracking link.",
    "You'll get an email to your registered address once it ships.",
    'Thanks for the email, @user. Happy to help here.',
  ],
);

signalCases(
  'an extra step beside the agent\'s own handling, or a ticket already raised (N1, R-X3)',
  'negative-language',
  [],
  [
    'We have created a case for you. You may also send us more details using the ticket number provided.',
    'Please share the ticket ID you received so I can follow it up.',
    'We have received your request through the web form and I am on it.',
  ],
);
