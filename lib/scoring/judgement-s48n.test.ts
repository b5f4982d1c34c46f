/**
 * Session 48 (judge-n): negative-language, a bare no after a leading greeting or address. Sentences written for these
 * tests, none copied from a corpus row.
 * - Session 47's bare-no rules (negative-bare-no, negative-bare-no-short) read a no only as the reply's first words, so
 *   "Hi Sam, no, not really." slipped past the greeting. Their scope is now `opening`: the reply's opening words once
 *   a leading greeting word and up to three words after it ("Hi Sam,", "Hello team!", "Dear Mr Okafor,") are set
 *   aside, in the same sentence or as a greeting line of its own.
 * - Out, as before: the courtesies "no problem", "no worries" and "no, thanks to you …", a no that goes on to answer,
 *   explain or offer ("Hi Sam, not currently. Everything was back up at 9:40."), a way round ("…, but you can …",
 *   R-D3), and a no after a thanks or another clause rather than a greeting ("Thanks for the logs, no, …"), which is
 *   no address.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a bare no after a leading greeting or address is still the whole answer (R-D3)',
  'negative-language',
  [
    'Hi Sam, no, not really.',
    'Hello, no, not at the moment.',
    'Hey Priya, probably not, sorry.',
    'Hi Sam,\n\nNo, not really.',
    'Hello team! No, sorry.',
    'Dear Mr Okafor,\nNot out of the box, I am afraid.',
    'Hi Jonas, short answer: no.',
  ],
  [
    'Hi Sam, no problem, glad it works.',
    'Hi, no problem at all.',
    'Hi Sam, no worries, glad the import went through.',
    'Hi Sam, no, thanks to you we found the cause.',
    'Hi Sam, not currently, but you can use the web app for that.',
    'Hi Sam, not currently. Everything was back up at 9:40.',
    'Hello Ana, not anymore, I removed the lock a minute ago.',
    'Hello Ana, short answer: no need, the update installs itself.',
  ],
);

// The scope sets aside a greeting only: a thanks, an interjection or a whole clause before the no is no address, so a
// "not really" that follows one stays out, as it does anywhere inside a reply.
signalCases(
  'a no after a thanks or a clause, not a greeting, is not read as the opening no',
  'negative-language',
  [],
  [
    'Thanks for the logs, no, not really.',
    'Hi Sam, thanks for the logs. No, not really.',
    // Fix48 (fix-n, reviewer-1 finding 6): a case only the scope keeps out (the old one matched no phrase at all).
    'Hi Sam, the export is slow, no, not really.',
    'Hello, the sync runs hourly, so no, not really.',
  ],
);

// A service withdrawn told as the act of stopping, and a policy wall with no determiner: the same limits as "we no
// longer provide" and "against our policy" (LABELING: policy refusals). Out: "stopped" with a fault as its object, and
// "against policy" negated.
signalCases(
  'a service stopped, or a wall of policy with no determiner, is a limit',
  'negative-language',
  [
    'We have stopped shipping to Norway.',
    'I stopped providing ARM builds last year.',
    'It is against policy to share account details with anyone but the tenant.',
  ],
  [
    'We stopped the crash by rolling back the update.',
    'That was never against policy, you were fine to post it.',
  ],
);

// Fix48 (fix-n, reviewer-1 finding 1): the no is the whole answer only when nothing but a regret, a thanks, a good wish
// or a sign-off follows it (followed_only_by). A question, an offer, a way round or a next step after it, with or
// without a greeting before it, tells the customer what comes next. The reviewer's sentences, then two of ours.
signalCases(
  'a greeting-led no followed by a question, an offer, a way round or a next step is not bare',
  'negative-language',
  [
    'Hi Maria, no, not at the moment.',
    'Hello,\n\nNo, sorry.',
    'Good morning Tom, not currently.',
    'Hey, nope, not really.',
    'Dear Ms Lund,\n\nNot out of the box, sorry.',
    'Hello Sam and team,\nNo, not currently.',
    'Hi Sam, no, not at present. Thanks for asking!',
    'Hello Ana, not natively, sorry for the bad news. Have a good weekend!',
  ],
  [
    'Hi Sam, not at the moment. Do you have the error code?',
    'Hi Sam, no, not really. Can you tell me which browser you use?',
    'Hello,\n\nNo, not that I know of. Could you send me the order number so I can check?',
    'Hi Sam,\n\nNot at the moment. Let me check with the team and get back to you today.',
    'Hi Sam, not officially. Several users run it on Linux with Wine.',
    'Hi Sam, not natively. My colleague Ana wrote a script that does it.',
    'Hi Sam,\n\nNot out of the box. A small plugin does it: https://example.com/plugin',
    'Hi Sam,\n\nNot currently, though the beta has it.',
    'Hi Sam, not currently. Next month\'s release adds it.',
    'Hello Priya, no, not really. Which version are you on?',
    'Not at the moment, sorry. A scheduled export in Reports does the same job.',
  ],
);

// Fix48 (fix-n, reviewer-1 finding 2): "Short answer: no" across a line break, and only a no that ends there — not one
// run on into a digit, a hyphen or a colon — nor "not yet", which answers a status.
signalCases(
  'a short-answer no is read across a line break, and only as a whole word',
  'negative-language',
  ['Short answer:\nNo.\n\nLong answer: the API has no endpoint for it.', 'Short answer:\nno\n\nLong answer: it needs a plugin.', 'Hi Ola,\n\nshort answer: nope.'],
  ['short answer: no 2', 'Short answer:  no :', 'short answer: no-', 'Short answer: not yet, the build is running.'],
);

// Fix48 (fix-n, reviewer-1 finding 3): "stopped" + a service's verb withdraws it; stopping told as a time or a condition,
// a fix, a step or a slip, or a withdrawal with its way round after it, withholds nothing.
signalCases(
  'stopping a service is a limit; stopping a step, or with a way round, is not',
  'negative-language',
  ['I stopped maintaining the 1.x branch last year.', 'We recently stopped accepting PayPal.', 'We have stopped stocking the blue model.'],
  [
    'Once I stopped building from the old branch, the error went away.',
    'We stopped making you re-enter your card at every checkout.',
    "I've stopped updating the old ticket and moved everything to this one.",
    'I stopped allowing guest checkout by mistake; it is back on now.',
    "We've stopped publishing the debug builds on the site, but they are all on the releases page now.",
    'We stopped distributing the CD version years ago; everything is downloadable now.',
    'After we stopped producing the paper manual, sales went up.',
  ],
);

// Fix48 (fix-n, reviewer-1 finding 4): "against policy" that reassures, asks, is past, or has a way round is no wall.
signalCases(
  'a policy wall, not a reassurance, a question or a policy with a way round',
  'negative-language',
  ['It is against policy to share account details with anyone but the tenant.', 'Sharing passwords is against company policy.'],
  [
    'Nothing you did was against policy, so your account is safe.',
    'None of this is against policy; you can post the logs here.',
    'Using a VPN was against policy until March; it is allowed now.',
    'Which part do you think was against policy?',
    'Reselling tickets is against policy, but you can transfer them to a friend in the app.',
    'None of that is against our policy, so go ahead.',
  ],
);
