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
