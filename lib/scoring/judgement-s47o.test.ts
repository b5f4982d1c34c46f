/**
 * Session 47 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not ownership (RULINGS O2, passing on praise): the thing passed on is praise by its noun — compliments,
 *   commendation(s), kudos, kind words, appreciation (pack class `praise-noun`) — whatever words stand before it ("your
 *   generous compliments", "your commendation") and in the passive ("all your commendations have been passed on"); passing on
 *   feedback, comments or a complaint still counts.
 * - Ownership (O3 "tried to reproduce"): a reproduction that worked, said with an ability modal ("I can reproduce the
 *   error with 3.1", "we were able to replicate it here"), as "Reproduced." already is; the wish or condition ("if I can
 *   reproduce it", "so we can reproduce it", "a form that we can reproduce it from") and the customer's own ability ("you can
 *   reproduce it by …") are not.
 * - Ownership (O1): "gonna" is "going to" in the commitment class (`<will>`: "we're gonna ship the fix for your crash").
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'praise passed on, named by its noun whatever words stand before it, is not ownership (O2)',
  'ownership',
  [
    // Near side: feedback or a complaint passed on still counts.
    "I'll pass your feedback about the broken heater to the maintenance manager.",
    'We will share your complaint about the late shuttle with the transport desk.',
    'Your remarks on the slow check-in have been shared with the front office team.',
  ],
  [
    "We'd be glad to pass your commendation on to the spa therapists.",
    'All of your commendations have now been shared with our night porters.',
    'I would be pleased to pass your generous compliments on to our waiters.',
    'We will gladly convey your many kind words to the housekeeping staff.',
  ],
);

signalCases(
  'a reproduction that worked, said with an ability modal, is a test on the case (O3)',
  'ownership',
  [
    'I can reproduce the freeze on my tablet with build 5.2.',
    'We were able to replicate it here with your settings file.',
    'Thanks, I managed to reproduce the timeout on a fresh install.',
  ],
  [
    'Please attach the project so we can reproduce the freeze.',
    'Could you write the steps down in a form that we can reproduce them from?',
    'You can reproduce the freeze by opening two tabs at once.',
    'If I can reproduce the freeze with the sample, the cause may be the cache.',
  ],
);

signalCases(
  '"gonna" is "going to" in a commitment (O1)',
  'ownership',
  ["We're gonna ship the fix for your login crash tonight.", "I'm gonna update your shipping address now."],
  ["You're gonna like the new layout.", 'It is gonna rain all week.'],
);

// S47 fix (fix-o), reviewer-2 finding 1: "we can/could reproduce it" asked for, promised on a condition, wished or
// doubted is not a reproduction that worked (O1: purpose and conditional clauses are not ownership).
signalCases(
  'a reproduction asked for, conditional, wished or doubted is not a report of one (O1, O3)',
  'ownership',
  [
    // Reviewer-2's must-still-fire sentences, and one of ours.
    'I can reproduce the crash with your sample project',
    'We were able to recreate the issue in our test lab',
    'Thanks for the steps, I can replicate the problem now',
    'I managed to repro it',
    'I can reproduce it when I open two windows side by side.',
  ],
  [
    'If you can send a sample project, we can reproduce it and look for the cause.',
    'If you could attach the log, we could reproduce it on our side.',
    'Attach the database and I can replicate it.',
    'Send me the file and we can reproduce it here.',
    'We can reproduce it as soon as you send the steps.',
    'We could reproduce it if you share the database.',
    'We need a test case with which we can reproduce it.',
    'The more detail you give, the faster we can reproduce it.',
    'Unless we can reproduce it, we cannot fix it.',
    'Ideally we could reproduce it on a clean install first.',
    "I don't think we can reproduce it without your hardware.",
    // Ours.
    'Zip up the export folder and we can recreate the hang on a spare laptop.',
    'Once you upload the recording, I can replicate the glitch.',
  ],
);

// S47 fix (fix-o), reviewer-2 finding 3: a reproduction that worked with the customer's material still counts; only
// an indefinite thing still needed ("a file we can reproduce it with") is the wish.
signalCases(
  "a reproduction that worked with the customer's material is a report (O3)",
  'ownership',
  [
    'With your sample file I can reproduce the crash.',
    'In this case we can reproduce it every time.',
    'Using your project I was able to reproduce the hang.',
    'With the data you attached I can reproduce the wrong totals.',
  ],
  ['Please send us a small project we can reproduce it with.', 'Is there any file we could replicate the error from?'],
);

// S47 fix (fix-o), reviewer-2 finding 2: only words of degree or warmth may stand before the praise noun, so a
// report or question ABOUT a praise feature passed on is still ownership (O2).
signalCases(
  'a report about a praise feature passed on is ownership; praise passed on is not (O2)',
  'ownership',
  [
    "I'll forward your report on the kudos bug to our engineers.",
    "I've shared your question about the appreciation points with payroll.",
    'The problem with kudos has been passed to the developers.',
    "I'll pass your note about the appreciation email to the team.",
    'We will send your ticket regarding the missing shout-out badge to the web team.',
  ],
  ['I will pass your very warm compliments on to the driver.', 'We have shared your many heartfelt commendations with the crew.'],
);
