// Session 21 (judge-a, issue 10): teach. (1) A reason hung on a first-person clause — what the agent or the
// team does, did, asks or decides — justifies that act or that status (T1: a reason given only to justify,
// a bare status report); it is no cause of the customer's problem. A cause stated about the product or the
// customer's own situation still teaches. (2) A try-X step ("try to resend it by clicking …", "try restarting it
// under Settings > Accounts") is one whatever
// it is done with (T2). Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a reason for what the agent or the team does is no cause of the problem (T1)',
  'teach',
  [
    'The upload fails because the file is over 2 GB.',
    'It crashes on start because the cache folder is read-only.',
    'Your invoice went to spam since the sender domain changed last week.',
  ],
  [
    "I haven't merged the patch yet because it breaks the ARM build.",
    'We removed the old export button due to a security hole in it.',
    "I'm asking since you rolled the kernel back and the error is still there.",
    "We're closing this for now because nobody could reproduce it.",
  ],
);

signalCases(
  'a try-X step stays one whatever it is done with: the means in the same sentence does not make it a how-to (T2)',
  'teach',
  [
    'You can resend the message by clicking Send Again in the toolbar.',
    'To resend it, click Send Again in the toolbar.',
  ],
  [
    'You can also try to resend the message by clicking Send Again in the toolbar.',
    'You could try restarting the sync service under Settings > Accounts.',
    'You can try clearing the cache by clicking Clear data in the app settings.',
  ],
);
