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
