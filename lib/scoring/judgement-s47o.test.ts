/**
 * Session 47 (judge-o): ownership by structure. Sentences written for these tests, none copied from a corpus row.
 * - Not ownership (RULINGS O2, passing on praise): the thing passed on is praise by its noun — compliments,
 *   commendation(s), kudos, kind words, appreciation (pack class `praise-noun`) — whatever words stand before it ("your
 *   gracious compliments", "your commendation") and in the passive ("your commendations have been shared"); passing on
 *   feedback, comments or a complaint still counts.
 * - Ownership (O3 "tried to reproduce"): a reproduction that worked, said with an ability modal ("I can reproduce the
 *   error with 3.1", "we were able to replicate it here"), as "Reproduced." already is; the wish or condition ("if I can
 *   reproduce it", "so we can reproduce it", "in a way that we can reproduce it") and the customer's own ability ("you can
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
    "We'd be glad to share your commendation with the spa therapists.",
    'Your commendations have been shared with the concierge team.',
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
    'Could you describe it in a way that we can reproduce it on our side?',
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
