/**
 * Session 40 review fixes (fix-o). Sentences written for these tests, none copied from a corpus row.
 * - R-U5 (general improvement talk) covers work for everyone that names no fault: a release that names a fault or its fix
 *   (FAULT_OR_FIX, word-classes.ts) or a purpose of making a thing work ("so that … works again") is a step on the case
 *   (O1) and keeps ownership; a bare "we'll roll out a new server" stays work for everyone.
 * - C1: the writer's own trial followed by "and see / to check if …" is a promise in the whole sentence (the
 *   `&cr-self-trial-see` unless_sentence list), not a check asked of the customer; the imperative "Try it … and see if …"
 *   still asks the customer to check.
 * - O1 / N-rules: the `doubt` word class is written once and read by ownership's except and negative-language's limit.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a release that names a fault, its fix or a purpose of making it work keeps ownership (R-U5 names no fault, O1)',
  'ownership',
  [
    "We'll roll out a new server in the EU region next week to sort out the evening lag.",
    "We'll roll out a new server in the EU region next week to fix the evening slowdowns.",
    "We'll roll out a new relay so that voice chat works properly again.",
    "We're going to release a new build that stops the freezes.",
  ],
  ["We'll roll out a new server in the EU region next week.", "We'll roll out a new relay so that you get more regions."],
);

signalCases(
  "the writer's own trial, then \"see / check if\", is no check asked of the customer (C1)",
  'confirm-resolution',
  [
    'Try it on Android 14 and see if the crash happens there too.',
    'Please rerun it on your side and see if the hang still happens.',
    "I'll rerun it here; please check if it works for you too.",
  ],
  [
    'We will retest it on our side to see whether the hang still happens.',
    'Let me try it on Android 14 and see if the crash happens there too.',
    'Let me test whether the patch fixes it on my side before I send it.',
    "I'll try the same steps on a Mac and check if the menu shows up.",
    "We'll rerun the suite tonight and see if the timeout goes away.",
  ],
);

signalCases(
  'a doubt about our ability is musing, not ownership (O1), and "not sure we can help" a limit (doubt class)',
  'negative-language',
  ["I'm not sure we can help with that.", "I'm doubtful we can assist with this one."],
  ["We can help with that.", "I'm sure we can help with that."],
);

signalCases('a doubt about our ability is no ownership (O1)', 'ownership', ["We'll rename it now."], [
  "I'm doubtful we can rename it now.",
  'Not sure we could move the field.',
]);
