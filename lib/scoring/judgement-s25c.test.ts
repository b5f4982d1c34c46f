// Session 25 (judge-c): who reports to whom. Confirm resolution asks the CUSTOMER to test and report whether it is
// solved (C1); the helper promising to report back ("I'll raise this and report back", "we'll confirm whether the
// update fixes it") is a promise of ours (ownership / expectation), not a check. Sentences written for these tests,
// not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  "the helper's own report-back is no request to the customer (C1)",
  'confirm-resolution',
  [
    'Please try again and report back.',
    'Tell me whether the error is gone.',
    'Restart the app, then report back.',
    "I've reset your password. Please log in and let me know if it works.",
    "I'll push the fix tonight, so please try again tomorrow and report back.",
    "I've raised it with the team; in the meantime, try the workaround and tell me whether it helps.",
    'I can reset it now and you can tell me if the login works.',
    "I'll send a new build, then you can report back on whether it fixes the crash.",
    "We'll raise the limit, and please let us know if the upload still fails.",
  ],
  [
    "I'll raise this and report back.",
    "I'll raise this with the developers and report back once I hear.",
    "We'll escalate it and report back on whether it's fixed.",
    "I'll test it on my side and report back on whether it works.",
    "I will look into it and come back to you if it's still broken on our end.",
    "We'll try it on the staging server and post back with the results.",
    "I'll confirm whether the update solves it once it's out.",
    "We will write back once the engineers confirm it's fixed.",
    "I'll report back how it goes.",
  ],
);

// R-U5: work under way on the very thing the customer raised is ownership; general improvement talk is not.
signalCases(
  "work under way on the customer's fault (R-U5)",
  'ownership',
  [
    'We are working on fixes for it.',
    "We're working on a feature to save your drafts.",
    "We're working to enable it on older phones.",
    'We have been working to bring back that option.',
    "I'm working on a patch for this.",
  ],
  [
    "We're constantly working to improve the app.",
    'We are always working towards customer satisfaction.',
    'We are working on many new features.',
    'We are continuously working on adding more features to our app.',
    "We're working to make the app better for everyone.",
    "You're working on a shared drive, so the lock stays on.",
    'We are working on a fully updated version.',
  ],
);

// O1/O3: the helper making the fix or the test for this case with a light verb (make, write, put together).
signalCases(
  'a fix or a test made by the helper for this case (O1, O3)',
  'ownership',
  [
    'I will make a fix later.',
    'I made a format patch for this ID.',
    "I'll write a patch for this.",
    "I've put together a quick fix.",
    'I wrote a small script to reproduce it.',
  ],
  [
    'You can make a backup first.',
    'Make a copy of the file and try again.',
    'I made a mistake in my last reply.',
    'We made a lot of changes in 2.0.',
  ],
);
