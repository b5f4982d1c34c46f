// Session 12, judgement-b (issue 10): negative language and condescension as mailing-list and forum
// maintainers write them to technical users — limits said as clause structures (the one way left, not
// built yet, taken out, a named limitation, hard to do, works only so), other venues suggested or searched,
// addresses for further concerns, and lecturing (what the customer should have read or known, how they
// should ask). Every sentence here was written for these tests from RULINGS N1 / CON1, not taken from a
// corpus row; each group has controls that must not fire.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

signalCases(
  'the one way left, not built yet, taken out of the product (N1 limits)',
  'negative-language',
  [
    'Right now the only way to bulk-edit tags is to write the SQL yourself.',
    "We haven't implemented a dark theme yet.",
    "I've not yet written the importer for that format.",
    'That endpoint is not yet implemented in the client.',
    'Batch mode was removed from the CLI in release 3.',
    'The legacy exporter has been dropped since version 2.',
    'The old sync protocol was deprecated in version 5.',
    'There was no supported way to change it back then.',
    'There is no sensible way to rename a workspace.',
  ],
  [
    "I've removed the duplicate charge from your account.",
    'The late fee was removed from your bill this morning.',
    "There's no need to change the way you sign in.",
    "I haven't heard back from the courier yet, I'll chase them today.",
  ],
);

signalCases(
  'a limitation named, hard to do, works only so, breaks otherwise (N1 limits)',
  'negative-language',
  [
    "It's a limitation of how the firmware handles interrupts.",
    'This is a limitation due to the way the plugin is loaded.',
    'We are held back by the limitations of the old API.',
    'Nested groups are quite hard to support in this widget.',
    'Charts will only work with numeric columns.',
    'The filter works only on the current page.',
    'You need an open port, otherwise the callbacks will never be delivered.',
    "You can't attach a second policy to that group.",
    'You can only embed one map per page.',
  ],
  [
    "It's hard to say without the logs.",
    'Is this a limitation of your plan, or of your network?',
    'You can only upgrade if you are an admin of the workspace, and I can see you are.',
    "If you can't attach the file, paste its text here.",
    'It works on every page now that the fix is out.',
  ],
);

signalCases(
  'no time, not sure we can, nothing to do with us, not in the official place (N1)',
  'negative-language',
  [
    "I don't think we'll have the time to port this.",
    "We won't have the bandwidth for that this year.",
    "I'm not sure we can help with that one.",
    'That would not have anything to do with our library.',
    "That package isn't in the official repos.",
    'Unfortunately the launch discount has already ended.',
    'Your warranty has expired, so the repair will be charged.',
    "It doesn't work that way, sorry.",
  ],
  [
    // Session 19 (judge-c): moved here. The report goes on in the other ticket (corpus-extra ticket-desk labelling
    // note, N1: not a closed report); the session-18 rows and the kept-aside aggregate agree.
    'Duplicate of #412.',
    "I'll have time to look at it tomorrow morning.",
    "I'm sure we can sort that out today.",
    'Your warranty runs until March, so the repair is free.',
    'The discount has been applied to your order.',
  ],
);

signalCases(
  'another venue suggested, asked, searched or belonged to (N1 redirects)',
  'negative-language',
  [
    'I suggest the kernel networking mailing list for that.',
    "That question is better asked on the distribution's forum.",
    "You'd do better asking on the Arch forums.",
    'Try asking in the GTK mailing list.',
    'If it still fails, report it to the upstream developers.',
    'Search the forum for "license error" to see older threads.',
    'Questions like this belong on the community forum.',
    'Please take that to #python-offtopic.',
    "I'm not the right person for this, sorry.",
    'Try the forums, someone there will know.',
  ],
  [
    'I searched the forum and the fix is to untick Sync on start.',
    "I'll post an update on the forum thread tomorrow.",
    "We'll be writing a forum post with the details this week.",
    "I've reported it to the upstream developers for you.",
  ],
);

signalCases(
  'further concerns go to an address, a form or a mailbox (N1 redirects)',
  'negative-language',
  [
    'If you have further concerns, please visit https://help.example.com/contact.',
    'For other questions, kindly email care@example.com.',
    'Please fill out the support form and the team will take a look.',
    'Could you send the crash log and your steps to help@example.com?',
    'You can find more help at https://support.example.com.',
  ],
  [
    "I've sent the new label to user@example.com.",
    'Your account is linked to user@example.com.',
    'If you have further questions, just reply here.',
    'Please reach out to us directly here and I will take it from there.',
  ],
);

// The negative-answer rule ('Sorry. No Spanish manual at this stage.') was removed in session 14
// (judgement-c): it matched two tuning rows and, on the kept-aside rows, no positive and one false alarm.
// Its near misses stay.
signalCases(
  'a bare "no" that is no denial (N1)',
  'negative-language',
  [],
  ['No problem at all for now.', 'No worries at the moment, it all works.', 'Not yet? Let me check the courier for you.'],
);

signalCases(
  'lecturing: what the customer should have known or read (CON1)',
  'condescension',
  [
    'You do know that the manual covers this, right?',
    'What part of the docs says that?',
    'Which manual told you it would convert the file?',
    'Read the help page for the function carefully.',
    'Please read the posting guide.',
    'Spend some more time with the documentation before proposing changes.',
    'As the documentation clearly says, the argument must be a list.',
    'This has been discussed many times on this list.',
    'You seem to misunderstand how factors work.',
    'In case you missed it, the FAQ covers this.',
    "It's your responsibility to keep a backup.",
    'You should have mentioned that in your first post.',
  ],
  [
    'If you do know the answer, please share it.',
    'You should have received a confirmation email this morning.',
    'Please read the attached guide, it walks through the setup.',
    'I misunderstood what you meant, sorry.',
    'The documentation says the limit is 10 MB.',
    'You did the right thing by restarting it.',
    'You do need admin rights for this step.',
    'Once you do read the guide you will find the setting under Tools.',
  ],
);

signalCases(
  'lecturing: how the customer should ask (CON1)',
  'condescension',
  [
    "You're more likely to get useful answers if you post the code.",
    'You will get better help if you include the full error.',
    'This looks like homework to me.',
  ],
  [
    "You'll get an answer from the team within a day.",
    'You will get a refund if the parcel is not delivered by Friday.',
    'Your homework app should sync again now.',
  ],
);

signalCases(
  'evidence, reassurance and easy-to-miss are not talking down (CON1, session 12 precision)',
  'condescension',
  ['Obviously you did not read the release notes.', 'Did you even look at the log?'],
  [
    'The trace clearly shows the driver crashing on resume.',
    "Don't panic, your photos are backed up.",
    "That setting is easy to miss, it's under Advanced.",
    'I said I would call you before noon, so here I am.',
    'Other users can still open the shared file.',
    'You should know by Friday whether the claim is approved.',
  ],
);

describe('quoted and reported words stay the customer\'s (session 12 rules)', () => {
  const scorer = createScorer();
  it('a quoted limit or lecture is not the agent\'s', () => {
    const r = scorer.score('You wrote "you should have read the docs" in your post; that was not my intent, sorry.');
    expect(r.signals['condescension']).toBe(false);
  });
});

signalCases(
  'lists, single e-mails, fixes in a release, codes that expired, money that goes back: no limit, no redirect (N1, session 12 precision)',
  'negative-language',
  ['Your admin will need to enable it.', 'You can call the store directly.'],
  [
    'Please check the list below for the supported models.',
    "You'll only get one email a week.",
    "The fix isn't in the current release yet; it ships in 2.3 next week.",
    'Your verification code has expired, tap Resend to get a new one.',
    'It is difficult to fix without the logs, could you send them?',
    'The error does not have anything to do with your account.',
    'You might have better luck trying a different cable.',
    "Let's continue this in the chat.",
    'The refund goes to your bank within two days.',
    'You can open it directly in Excel.',
    'The team will raise it with the developers today.',
    "I understand you can't upload photos right now; I've reset the cache for you.",
  ],
);

signalCases(
  'a hedged no about a feature, nothing of the kind exists (N1, chat helpers)',
  'negative-language',
  [
    "I don't think the Linux client has dark mode yet.",
    'There is not a definitive list of supported cards.',
    "There's no official package for Alpine.",
    "There isn't a Windows build yet.",
  ],
  [
    "I don't think the app has been updated yet, I'll check.",
    "There's no problem with the driver, it's the cable.",
    'There is no need for a new driver.',
    "There's no bug in the build you have.",
  ],
);

signalCases('none needed is not a limit (N1)', 'negative-language', [], [
  "There is no separate driver for the 2024 model; the current one works.",
  'There is no new installer for this release, just update in place.',
]);
