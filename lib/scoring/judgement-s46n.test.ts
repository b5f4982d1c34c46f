/**
 * Session 46 (judge-n): negative-language readings by structure. Sentences written for these tests, none copied from a
 * corpus row.
 * - Another chat room or list named as where the question belongs (N1 "chat … forum"), in the forms chat helpers use
 *   besides the imperative: the -ing form after "try"/"tried" ("have you tried asking in #…"), another place called the
 *   better or more suitable one, the question itself sent on ("better off with your question in …"), and this place
 *   said not to be it ("this isn't really the place"). "The right place" / "the best place" said of here, a better
 *   place to start reading, and a file or setting that "isn't the place" for something stay out.
 * - One source for the tracker report (code mend): negative-language after a clause break and negative-report-it at a
 *   sentence start both read the pack's <tracker-report> class, so both contexts still fire and the agent's own act
 *   still does not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'another chat room or list named as where the question belongs is a redirect (N1)',
  'negative-language',
  [
    'Have you tried asking in #postgres? The folks there know the planner.',
    'Maybe try joining #shaders, someone there wrote that extension.',
    'The users list would be a better place to ask about packaging.',
    'The forum is a more suitable place for this question.',
    "You'd be better off with your question in the design channel.",
    "Sorry, this isn't really the place.",
  ],
  [
    "You're in the right place, ask away.",
    'A better place to start is the tutorial on the front page.',
    "The config file isn't really the place for passwords, use the keychain.",
    'Have you tried asking your manager to re-share the folder?',
    'I tried asking the build server for its logs, and it answered fine.',
  ],
);

signalCases(
  'a better place for a value or a file is advice, not a redirect; a better place for the question still is (N1; review finding 5)',
  'negative-language',
  [
    'The mailing list is a better place for this kind of question.',
    'Honestly, #rust-beginners is a better place for this.',
  ],
  [
    'The cache is a better place for this value than the database.',
    'A config file is a better place for that token than the source code.',
    'The hallway cupboard is the better spot for the router, away from the microwave.',
  ],
);

signalCases(
  'the tracker report reads from one class in both contexts, sentence start and after a clause break (R-F1)',
  'negative-language',
  [
    'Report it on the tracker and attach the log.',
    'That is a crash in the parser, so file a bug with the sample file.',
    'Looks wrong to me; just open an issue against the exporter.',
  ],
  [
    'I filed a bug for it this morning.',
    'Open it in the viewer and zoom in.',
    'Report it back to us if it happens again.',
  ],
);
