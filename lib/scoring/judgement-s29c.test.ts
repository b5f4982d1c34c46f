// Session 29 (judge-c): ownership by structure where the helper's action has another grammatical shape: the passive
// with us as the agent ("processed by our billing team"), a case passed on with nothing after the verb ("has been
// escalated."), the team made aware of it, a colleague named as doing it, "let me" with any verb of action, the report
// put on a tracker.
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'the passive with the helper or their team as the agent (O2, O3)',
  'ownership',
  ['Your refund has been processed by our billing team.', 'The replacement was arranged by me this morning.', 'Your booking will be moved by our travel desk.'],
  ['The outage was caused by our network provider.', 'This guide was written by our docs team.', 'The bug was reported by another user last week.'],
);

signalCases(
  'a case passed on with nothing after the verb (O2)',
  'ownership',
  ['Your case has been escalated.', 'This has now been forwarded, and you will hear from us soon.'],
  ['Your account has been flagged for unusual activity.', 'This bug has already been reported.', 'Has this been escalated?'],
);

signalCases(
  'the team made aware of the case (O2)',
  'ownership',
  ['Our engineers have been notified of the fault on your line.', 'The billing team has been informed about the double charge.'],
  ['Have you been notified of the change?', 'You will be notified when it ships.'],
);

signalCases(
  'a colleague named as doing it for the customer (O1)',
  'ownership',
  ['Marco will call you tomorrow to book the engineer.', 'Maria is checking your order now.'],
  ['Firefox will fix it in the next release.', 'Maria said the app is slow on older phones.'],
);

signalCases(
  '"let me" with any verb of action on something (O1)',
  'ownership',
  ['Let me dig a bit further.', 'Let me chase the courier for you.'],
  ['Let me show you how to export it.', 'Let me know if that works.', 'Let me start by saying the app is free.'],
);

signalCases(
  'the report put on the tracker, bug or thread (O2)',
  'ownership',
  ['I will also post this information on the bug.', "I've added your logs to the ticket."],
  ['You can post this on the issue tracker.', 'Please add your logs to the ticket.'],
);
