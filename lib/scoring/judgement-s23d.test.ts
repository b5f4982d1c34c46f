// Session 23 (judge-d): expectation, confirm_resolution and closing_question by structure. Each block pairs the
// structure with near misses that must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'what the customer will receive from us is the next event, whatever follows the thing sent (X1)',
  'expectation',
  [
    'You will receive an email confirming the cancellation.',
    'You should get the replacement charger in the post.',
    'You will be notified by text when the repair is finished.',
    "You'll be refunded once the return reaches our warehouse.",
  ],
  [
    'You should have received an email from us.',
    'Did you receive the confirmation email?',
    'You can receive emails from us by turning on notifications.',
    'We send a confirmation email for every order.',
  ],
);

signalCases(
  'a first-person promise of a concrete thing for the customer is the next event (R-R1)',
  'expectation',
  [
    "We'll send you a fresh download link.",
    "I'll send over the corrected invoice.",
    'We will generate a quote for you once you confirm the number of seats.',
    "I'll update the Arch package to the latest upstream release.",
    'I will also post this workaround on the bug.',
  ],
  [
    'If you like, we can send you a fresh download link.',
    "We'll do our best to get it sorted as quickly as possible.",
    'We update the package to the latest upstream every month.',
    "We won't send another invoice.",
  ],
);

signalCases(
  'a billing date or a coming release named as the next event (X1); a predicted state is not',
  'expectation',
  [
    'The credit should show up in your account within the next billing cycle.',
    'The lower price will take effect from your next bill.',
    'The upcoming 6.3 kernel will support it.',
    'We understand the need for this and will implement it in a future version.',
  ],
  ['It should work now.', 'That should fix it.', 'The next firmware might include the fix.'],
);

signalCases(
  'the report-back once the customer has tried it, and whether the fault has gone (C1)',
  'confirm-resolution',
  [
    "Let us know once you've had a chance to test it.",
    'Tell me when you have installed the update.',
    'Has the duplicate charge disappeared from your statement?',
    'Can you access the course now?',
    'Please test with master and report whether it resolves the crash.',
  ],
  [
    "Let us know once you've received the parcel.",
    'Let me know your order number.',
    'Let me know which browser you use.',
    'Can you send me the logs now?',
    'Can you log in on another device?',
  ],
);

signalCases(
  'a step proposed "to see if" it changes the fault, a newly released build or a commit to try (C1, R-F2, R-XM2)',
  'confirm-resolution',
  [
    'Please try the rc kernel to see if it improves.',
    'Boot the new kernel to see whether the drops go away.',
    'Could you try the recently released 4.2.1?',
    'Can you try with https://example.org/commit/abc123 ?',
  ],
  [
    'Try running it with -v to see if it prints an error.',
    'Run dmesg to see whether the card is detected.',
    'Can you run the test with the debug flag?',
  ],
);

signalCases(
  'the offer of more help as a class: anything/something + else/more/further + I/we + can + help/do (Q1)',
  'closing-question',
  [
    'Is there anything more I can do for you?',
    'Is there more I can do to help?',
    'Can I assist you with anything further?',
    'Anything more we can do?',
    'Are there any other questions I can answer?',
    'Have we answered all your questions?',
    'Did this answer your question?',
    'And last: can you try the new build?',
  ],
  [
    'Anything else?',
    'Is there anything we can help with?',
    'Is there anything else you noticed before it crashed?',
    'Is there anything I should know about your setup?',
    'Let me know if there is anything else I can help with!',
    'And finally, could you send me the log?',
  ],
);
