/**
 * Session 50 (judge-e): expectation by structure. Sentences written for these tests, none copied from a corpus row.
 * - Expectation (LABELING "just a minute"): the short wait the writer asks for in other words ("give me a sec", "allow
 *   us a few minutes", "bear with me a moment", "one moment please"): the writer's return is the next event. A stretch of
 *   the customer's time ("a minute of your time"), "give me a break" and the objection "one moment, that's wrong" are not.
 * - Expectation (X1): the next sitting of a meeting or call the writer takes part in, with a future ("we'll discuss it at
 *   our next team meeting"). A meeting only mentioned or already past, and the customer's own next stay, are not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a short wait asked for in the writer\'s own words is the "just a minute" of LABELING',
  'expectation',
  [
    'Give me a sec, I am pulling up your order now.',
    'Give me a minute to check that with billing.',
    'Please give me a few minutes to go through the logs.',
    'Allow us a couple of minutes to refresh your account.',
    'Bear with me a moment while I look at the invoice.',
    'One moment please, I am checking the tracking number.',
    'One second while I bring up your booking.',
  ],
  [
    'Give me a minute of your time to explain why the price changed.',
    'Oh come on, give me a break, it was a joke.',
    'One moment, that is not quite right, the setting moved in 4.2.',
    'It took me a few minutes to find the setting too.',
    'Give me some feedback on the new layout when you can.',
  ],
);

signalCases(
  'the next sitting of a meeting or call, with a future, is a concrete next event (X1)',
  'expectation',
  [
    'We will discuss your suggestion at our next team meeting.',
    "I'll bring the rota problem up in the next staff meeting.",
    "I'll raise the missing refunds on our next call with the payment provider.",
  ],
  [
    'Our next meeting is listed on the community calendar.',
    'I mentioned it at our last team meeting and nobody objected.',
    'The next call was cancelled because of the holiday.',
    'We would love to see you again on your next stay with us.',
  ],
);
