// Session 16 (judgement-d): confirm-resolution and closing questions by structure. Each block pairs the
// structure with controls that must not fire. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'whether the trouble is still there on a newer build or release is a resolution check (C1 "a new release")',
  'confirm-resolution',
  [
    'Is this still a problem with the 3.2 release?',
    'Can you still reproduce the freeze on the latest nightly?',
    'Does the import still fail with version 7?',
    'We shipped a new driver last week. Do you still hit this with the new driver?',
  ],
  [
    // No newer build named: a first-contact check (C1), or a statement of the trouble.
    'Is this still a problem for you?',
    'It still fails on my laptop.',
    'The export still crashes with large files.',
  ],
);

signalCases(
  'a resolution check asked as a question is a closing question, whatever its wording (Q1, C1/Q1: asked_signal)',
  'closing-question',
  [
    'I reset the sync token on our side. Is this still an issue with the 4.1 release?',
    'Can you still reproduce the freeze on the latest nightly?',
    'Could you give the new build a try and let me know whether the crash is gone?',
  ],
  [
    // The same checks as statements: confirm-resolution, but no question.
    'Let me know whether the crash is gone.',
    'Please report back once you have tried the nightly.',
    // A diagnostic run asked as a question is no check of a fix (R-F2).
    'Could you run the benchmark and let me know your results?',
  ],
);

signalCases(
  'the results of a diagnostic run are no resolution check (R-F2)',
  'confirm-resolution',
  ['Give the beta a try and let me know the result.'],
  ['Please run the profiler and let me know the results.', 'Could you execute the script and tell me the output?'],
);

signalCases(
  'a check of the set-up is no resolution check (C1: first-contact diagnostic)',
  'confirm-resolution',
  ['Could you confirm the printer is working again?'],
  ['Can you confirm that the router is switched on?', 'Please check that your headset is plugged in properly.'],
);
