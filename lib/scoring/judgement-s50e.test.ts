/**
 * Session 50 (judge-e): expectation by structure. Sentences written for these tests, none copied from a corpus row.
 * - Expectation (LABELING "just a minute"): the short wait the writer asks for in other words ("give me a sec", "allow
 *   us a few minutes", "bear with me a moment", "one moment please"): the writer's return is the next event. A stretch of
 *   the customer's time ("a minute of your time"), "give me a break" and the objection "one moment, that's wrong" are not.
 * - Expectation (X1): the next sitting of a meeting or call the writer takes part in, with a future ("we'll discuss it at
 *   our next team meeting"). A meeting only mentioned or already past, and the customer's own next stay, are not.
 * - Not expectation (as S47's distances): a short time away from a place is where something is ("just a minute away from
 *   the station"); a courier a minute away from the customer's house is still on the way.
 * - Not empathy (E1): "understand" of a general truth, not of the customer's feeling: a lapse of the customer's excused
 *   ("we understand that things happen"). "We understand how important this is to you" and a bare "I understand." stay.
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

signalCases(
  'a short time away from a place is a distance, not a wait (as S47); an arrival at the customer stays',
  'expectation',
  ['The courier is just a minute away from your house.', "Just a minute, I'm checking the booking now."],
  [
    'Our guest house is also just a minute away from the metro station.',
    'The flat is only a minute away from the main square and ten minutes away from the beach.',
  ],
);

signalCases(
  '"understand" of a general truth is no feeling answered (E1); understanding what it means to the customer is',
  'empathy',
  [
    'We understand how important this is to you.',
    'I understand, that must have been really frustrating.',
    "We understand this is important to you and we're on it.",
  ],
  [
    'We understand that things happen, and we can extend the due date once.',
    'I get that mistakes happen, so no harm done.',
    'We totally understand that emergencies come up; the late fee has been waived.',
  ],
);

signalCases(
  'review (rf-e): "one moment while" needs the writer as the subject of "while"; a step held for one second is a duration',
  'expectation',
  ['One minute while I transfer you to the right desk.', 'Ok, one moment please while I check.', 'Thanks Dana! One second while we look at the refund.'],
  [
    'Hold the reset button for one second while the router is plugged in.',
    'The code stays valid for one minute while you finish logging in.',
    'Each ad plays for one minute while the page loads.',
  ],
);

signalCases(
  'review (rf-e): a time away from a place is a distance only with the place as the subject; an arrival at "the" address stays',
  'expectation',
  ['The courier is about five minutes away from the address.', 'Your shuttle is about 10 minutes away from the hotel.'],
  [
    'Our second branch is also about five minutes away from the train station.',
    'The cottage we rent out is also just a minute away from the harbour.',
  ],
);

signalCases(
  'review (rf-e): a lapse excused with a demonstrative ("these things happen") is no feeling answered either',
  'empathy',
  ['I know mistakes happen, and I completely understand how frustrating it is to be charged twice.', 'We understand how upsetting it is when things like this happen.'],
  ['I understand these things happen, no need to apologise.', 'We know such mistakes happen and have corrected the invoice.'],
);
