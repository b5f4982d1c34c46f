// Session 13 (judgement-c, issue 10): negative language by who is refused. A negation about the problem,
// a question, a finding or a bare regret is not a refusal to the customer (RULINGS N1); the refusals,
// limits and redirects next to them still are. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a negated auxiliary that opens a question asks, it refuses nothing',
  'negative-language',
  [
    // The refusal before the question still counts.
    "We can't refund a used voucher, can you check the date on it?",
    'Is that possible? No, it is not possible to merge the two plans.',
  ],
  [
    "Can't you see the Export button in the toolbar?",
    "Couldn't it be the proxy that blocks the upload?",
    'Is it not possible to open the file from the recent list?',
    "Why couldn't the printer reach the print server, do you think?",
  ],
);

signalCases(
  'a device or program that cannot do its job is the fault being described (N1)',
  'negative-language',
  [
    // What the product will not do for the customer stays a limit.
    "Statements can't be exported to PDF from the mobile app.",
    'Your plan cannot be upgraded online.',
  ],
  [
    "The client can't find a domain controller for that site.",
    'The second node cannot replicate while the clock is five minutes off.',
    "It couldn't locate the key file, so the service stopped.",
    'The scanner cannot connect to the share after the password change.',
  ],
);

signalCases(
  "the agent's own search that found nothing wrong is a finding (N1, corpus-extra OpenDCL calls)",
  'negative-language',
  ["I can't check your card details from here.", "We couldn't offer a refund for that booking."],
  [
    "I couldn't find anything wrong in the trace you attached.",
    "We can't see any errors on the line from our side.",
    "I can't spot a difference between the two configs.",
  ],
);

signalCases(
  'a regret word counts with the limit it softens, not alone',
  'negative-language',
  ["That's a feature we don't have at the moment, I'm afraid.", 'Sadly, nothing on the roadmap for that yet.'],
  [
    "It only worked before because of a bug, I'm afraid.",
    'Sadly the first patch missed a case, so I pushed a second one.',
    "I'm afraid the cable was faulty; a new one is on its way to you.",
  ],
);

signalCases(
  '"can\'t" refuses when its subject is on our side or the case itself; what the agent knows is no refusal',
  'negative-language',
  [
    'We can change many things, but we cannot move the billing date on a prepaid plan.',
    "I'm away this week and can't look at the server logs until Monday.",
    'Once a transfer is sent it cannot be reversed.',
  ],
  [
    "The courier can't deliver to a locker, so the parcel goes back to the depot.",
    "I can't tell from the screenshot which version you run.",
    "I can't remember whether that flag was already in 2.1, let me look.",
    "We can't say for sure what caused the spike without the full trace.",
  ],
);

signalCases(
  'lacking the means is a limit; lacking reports or experience is what we know',
  'negative-language',
  ['We don\'t have access to the card numbers, only the last four digits.'],
  [
    "I don't have any experience with that router, but your settings look fine.",
    "We don't have any other reports of this yet, so it may be local.",
  ],
);

signalCases(
  'a contact word that names a kind of service ("your email provider") asks what the customer uses, it sends them nowhere (N1)',
  'negative-language',
  [
    // Sending the customer to that provider stays a redirect.
    'Please contact your email provider about the blocked messages.',
    'Please call your phone carrier and ask them to unlock it.',
  ],
  [
    'Which email provider do you use, and which version of the app?',
    'Please tell us your operating system and your email provider, e.g. Outlook.',
    'Could you tell me your phone carrier and the model?',
  ],
);
