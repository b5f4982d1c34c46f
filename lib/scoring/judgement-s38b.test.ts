/**
 * Session 38 (judge-b): ownership and expectation — kinds of clause the readings missed on vendor engineers' and game
 * developers' replies (list archives, forums, Steam), each fixed as a shape rather than a phrase.
 *
 * Rulings applied (shared/corpus/RULINGS.md, corpus-extra/README.md):
 * - O3: an action on this customer's case reported in the first person — a fix, patch or build sent, posted or uploaded
 *   for the report, also with a manner adverb ("recently", "formally", "finally"); a test run or promised on the case
 *   with what was tested named between ("some basic upload tests", "a similar test"). A status page update is not.
 * - O1 / R-D2: a plan with its first-person subject left out after a comma or a full stop ("…, will check and try to
 *   reproduce it"); an obligation the writer takes on ("I'll have to look at those"); a meeting with a colleague
 *   ("talk with the product team"); the wish for the chance to act on the case ("we'd like to have a chance to
 *   investigate", R-WB2). Questions ("Will that work?") and a fee ("we would have to charge") are not.
 * - R-U5: work under way on "those"/"these" issues the customer reported.
 * - X1: a time given as one unit with its article ("in a week") is a next event; a frequency ("twice in a week") is not.
 * - R-G4 / X1: an expert of ours set to comment or respond in the thread is the next event; R-R2: having one answer
 *   there passes the report on (ownership).
 * - O2 / R-M2: the report entered into the team's own record ("enter your suggestions into our design backlog"), and logging
 *   in the passive followed by "as we …" ("will be considered as we plan …"; "considered as spam" is no logging).
 * - O1 / R-U5: work under way with the subject left out and an adverb first ("Currently investigating the cause.").
 * - O3 (actions.ts, Quirk et al. §4.28–4.36): recalling is cognition and specifying is a word about the exchange, no
 *   action on the case ("I recalled that the firmware had a quirk", "Let me specify that …").
 * - O1: what we can do only after the customer's step ("before we can guide you", "until we can reproduce it") is a
 *   condition, as the purpose clause "so we can help"; echoing or seconding what a colleague said is a word about the
 *   exchange (actions.ts).
 * All sentences are written for this test, not taken from a data row.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'the fix or build sent for the report (O3)',
  'ownership',
  [
    'We have recently posted a fix for the regression you bisected.',
    'I just formally sent the patch to the list, based on the next branch.',
    "We've just uploaded a big update that tones down the spawn rate.",
    'I finally pushed a small fix for the parser crash.',
  ],
  ['We posted an update on our status page.', 'You posted a patch last week, thanks.'],
);

signalCases(
  'a test on the case with what was tested named (O3, O1)',
  'ownership',
  [
    'I did some basic upload tests this morning and they went through.',
    'I will try a similar test on the latest kernel.',
    'We ran a couple of load tests on your config.',
    "I'll do a couple of quick soak tests on that board.",
  ],
  ['You can run a few tests yourself.', 'We do a lot of testing before every release.'],
);

signalCases(
  'a plan with the subject left out (O1, R-D2)',
  'ownership',
  [
    'Regarding the maxcpus issue, will check and try to reproduce it.',
    'The warning is harmless. Will follow with a patch to silence it.',
    'As for the ARM boards, will investigate and report back.',
  ],
  ['Will that work for you?', 'If you upgrade, will it still crash?'],
);

signalCases(
  'an obligation, a meeting or a chance to act taken on (O1, R-WB2)',
  'ownership',
  [
    "I'll have to look at those warnings more carefully this week.",
    'I need to talk with the product team and see if it is a setting.',
    "We'd like to have a chance to investigate your setup next week.",
    'We will have to investigate the logs further.',
  ],
  ['We would have to charge a fee for that.'],
);

signalCases(
  'work under way on these or those issues (R-U5)',
  'ownership',
  ['We got several reports like yours and we are currently tackling those issues.', 'We are currently tackling these freezes.'],
  ['We are building those features for next year.'],
);

signalCases(
  'a time as one unit with its article (X1)',
  'expectation',
  ['Will upstream them in a week.', 'I can get you a corrected build in a day.', 'I can have the new build up in a day.'],
  ['The app syncs twice in a day.', 'It crashes once in a week.'],
);

signalCases(
  'an expert set to answer in the thread (R-G4, X1)',
  'expectation',
  [
    "I'm going to have an emulation expert comment on the issue you are facing.",
    "I'll get one of our firmware engineers to respond here.",
    'Let me have our compiler team weigh in on this.',
  ],
  ["I'll have an engineer look at it."],
);

signalCases(
  'the report put into our own record (O2, R-M2)',
  'ownership',
  [
    "We'll enter your suggestions into our design backlog for the next sprint.",
    "We've included your feedback in our planning notes.",
    'Your suggestion will be considered as we plan the next season.',
  ],
  ['I included the logs in the report.', 'Your account was considered as spam.'],
);

signalCases(
  'work under way, subject left out, adverb first (O1, R-U5)',
  'ownership',
  ['Thanks for the logs. Currently investigating the cause.', 'Odd one. Still digging into the crash.'],
  ['Currently the app does not support that.'],
);

signalCases(
  'an expert of ours asked to answer in the thread (R-R2)',
  'ownership',
  ["I'll get one of our firmware engineers to respond here."],
  [],
);

signalCases(
  'cognition and words about the exchange are no action (O3)',
  'ownership',
  [],
  [
    'I recalled that the firmware had a similar quirk.',
    'Let me specify that the limit applies per device.',
    'I recollected that this board never had the option.',
    "I'll echo what Maria said about the gadget driver.",
    "I'll second what Anna wrote about the cache.",
  ],
);

signalCases(
  'what we can do only after the customer\'s step (O1)',
  'ownership',
  ['Once we can reproduce it, we will fix it.'],
  [
    'It would help to know the adapter model before we can point you to a driver.',
    'We will need the full dmesg before we can dig into it.',
  ],
);
