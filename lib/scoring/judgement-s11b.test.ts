// Session 11, judgement-b (issue 10): false alarms of negative language and ownership cut by clause
// structure, with near misses that must keep the signal. Every sentence here was written for these tests
// from RULINGS N1 / O3 and corpus-extra R-A1 / R-A3, not taken from a corpus row.
import { signalCases } from './test/signal-cases';

signalCases(
  'a way of sending used as a noun, a trip the customer is spared, a request for details here (N1)',
  'negative-language',
  [
    'Please contact the phone manufacturer about the warranty.',
    'You will need to visit a branch with your ID.',
    'Please post the exact error in the live chat and the team there will help.',
    'You could ask the store where you bought it.',
    'Please call your bank instead.',
  ],
  [
    "Who's the phone manufacturer?",
    'What is the name of the call centre you spoke to?',
    "Paying in the app is quicker than having to call in or visit a store.",
    'You can now change it yourself without having to contact support.',
    'No need to visit a branch any more, the app does it.',
    "You don't have to call your bank, the refund goes through on its own.",
    'Please post the exact error in the chat so I can see it.',
    'Could you paste the full log in this thread?',
    'Share the output in the channel and we will go from there.',
  ],
);

signalCases(
  'routing and release notes are not action on the case (O3)',
  'ownership',
  [
    "I've sent you a replacement router; it should arrive Friday.",
    "I've fixed the login bug on your account.",
    "I'll look into this and send you an email once it is sorted.",
    "We'd be glad to help you with this.",
  ],
  [
    'I just sent you a direct message with more details on how we can assist.',
    'I sent you an email about this a moment ago.',
    'I sent the updated script in the email thread we have.',
    "Let's follow up via email.",
    'We have fixed the sync issue with our latest update.',
    "We've improved search quite a bit in the current version.",
  ],
);
