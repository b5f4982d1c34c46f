// Session 24 (data): expectation, closing_question and confirm_resolution read by structure. Each block pairs
// the structure with near misses that must keep their verdict. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a wait named with an article, or loosely ("a day or two", "an hour or so"), is the next event (X1)',
  'expectation',
  [
    'It usually takes a week for the refund to reach you.',
    'This can take a day or two.',
    'It can take about a month for the review to complete.',
    'It takes an hour or so for the changes to sync.',
    'Please allow a further day for the transfer.',
  ],
  [
    'It took a week for the last refund to arrive.',
    'I spent a day or two on this.',
    'We had an hour or so of downtime yesterday.',
    'It happened a day or two ago.',
  ],
);

signalCases(
  'the next contact in more of its forms: in the loop, come back to you, be right back (X1)',
  'expectation',
  [
    "I'll keep you in the loop.",
    "I'll come back to you on this.",
    "I'll be back with an update.",
    "Give me a few minutes to check and I'll come back to you.",
    "Bear with me while I check, I'll be right back.",
    'The team will investigate and reply to you by email.',
  ],
  [
    "I'll come back to this thread if I find anything.",
    'You can reply to us any time.',
    'Did you reply to us by email?',
  ],
);

signalCases(
  'a release, a year or a quarter ahead as the next event, with the future in the sentence (X1)',
  'expectation',
  [
    'Our team is working on a fix and it will be available in an upcoming update.',
    'This will be fixed in an upcoming release.',
    "We'll add it early next year.",
    "We're planning to release this feature in Q3.",
    'We expect to have an update by end of week.',
    'Your account will be unlocked automatically after 30 minutes.',
  ],
  [
    'It was fixed in an upcoming release last year.',
    'Hopefully it will be fixed in an upcoming update.',
    'Maybe next year.',
    "From next year it'll be 2012.",
    'We planned to release it in Q4 but it may be pushed back.',
    'The app will log you out after 30 minutes of inactivity.',
    'The password expires after 90 days.',
  ],
);

signalCases(
  'what is sent or paid back to the customer, in the future passive (X1)',
  'expectation',
  [
    'A new card will be mailed to you.',
    'The money will be returned to your original payment method.',
    'Your deposit will be paid back into your account.',
  ],
  ['Enter the code which will be sent to your phone.', 'The parcel was returned to your address.'],
);

signalCases(
  'the offer of more help and the check of the answer, in more of their forms (Q1)',
  'closing-question',
  [
    'Have we resolved your issue today?',
    'Was this helpful?',
    'Did you find my explanation useful?',
    'How else can I help?',
    'Is there any other way we can assist?',
    'Is there anything more you need from us?',
    'Did you get it working?',
    'Can we close this ticket now?',
    'Are you happy for me to close this case?',
  ],
  [
    'Did you change anything else?',
    'Is there anything else you noticed before the crash?',
    'Is it helpful to add more RAM?',
    'How else would you describe the problem?',
    'Can we close your account?',
    'Did you get it from the app store?',
    'Anything else you remember about the crash?',
  ],
);

signalCases(
  'a step or a fix handed over, then whether it worked, asked as a question (Q1, C1)',
  'closing-question',
  [
    'Could you try to turn off power saving to see if it becomes stable?',
    'Can you verify that this fixes your problem?',
    'Could you check if the problem goes away with this change?',
    'Is the issue still reproducible after updating?',
    'Can you reproduce it with the fix applied?',
    'Does disabling the extension make any difference?',
    'Any chance you could test this?',
  ],
  ['Could you share your kernel config?', 'Which version are you running?', 'Does it happen with other apps too?'],
);

signalCases(
  'whether the customer can now do what failed, and whether the fix or the fault is now resolved (C1)',
  'confirm-resolution',
  [
    'Let me know if you can now access your account.',
    'Please confirm that you can now log in.',
    'Please verify that the fix works for you.',
    'Please reply to confirm the issue is resolved so we can close the ticket.',
    'Please check if the payment has gone through now.',
    'Let me know if this answers your question.',
    'Please let us know if the issue reoccurs.',
    'Let me know if you run into any further issues with it.',
  ],
  [
    'Let me know if you can send the logs.',
    'Please confirm that your address is correct.',
    'Please check if your router is connected.',
    'Please confirm the order number.',
    'Let me know if you have any questions about the update.',
    'Let me know if you need anything else.',
  ],
);

signalCases(
  'the same fault again, then a reply to this thread; sending the customer elsewhere is routing (C1, N1)',
  'confirm-resolution',
  ['If it happens again, just reply to this email.', 'If the problem comes back, please reply here.', 'Should the error return, reply to this message.'],
  ['If it happens again, please contact our support team.', 'Reply to this email with your order number.'],
);

signalCases(
  'a test asked for as a help or as a noun (C1)',
  'confirm-resolution',
  ['It would help if you could confirm the fix.', 'Testing and feedback welcome.', 'Feedback on whether this works would be appreciated.'],
  ['It would help if you could send the log file.', 'Any feedback on the new design is appreciated.'],
);

signalCases(
  'a step, then "see" or "try to see if" it helps; a fix reported, then the test asked in the same sentence (C1)',
  'confirm-resolution',
  [
    'Please apply the attached patch and try to see if it is helpful.',
    'Please try it out and see.',
    'Give it a go and see how you get on.',
    'Please upgrade to the latest version and check again.',
    "I've pushed a fix, can you pull and try again?",
    'Should be fixed now, please verify.',
    'Fixed in master, please test.',
  ],
  [
    'We fixed the typo, please check the docs.',
    'The issue was resolved last week, please confirm your address.',
    'Please check to see if you have a receipt.',
    'Please check again later.',
  ],
);
