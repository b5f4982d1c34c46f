// Session 15 (judgement-a, second pass): teach precision. Sentences written for these tests in the style
// of help-desk and forum replies, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  '"requires some work" judges a patch or a skill, it names no dependency (T1); a real requirement still teaches',
  'teach',
  [
    'The export requires a signed-in session, so log in first and then try again.',
    'Sync depends on the phone being online at least once a day.',
  ],
  [
    'Looks like your merging skills require some practice.',
    'Thanks for the pull request! It needs a bit more work before we can merge it.',
    'The draft requires a little polish but the idea is good.',
  ],
);
