/**
 * Session 47 (judge-c): resolution checks said as a condition or as "what you were after", checked on sentences written
 * here (none copied from a corpus row).
 *
 * - An if-clause naming a step the customer takes, then a question whether the fault remains ("If you switch off the
 *   sync option, are you still unable to open the file?"), asks whether the step fixes it (C1, R-XM2 "does that work?"
 *   after a suggested fix). The same question with no step said first is Q1's first-contact diagnostic.
 * - "Does that give you what you want?" / "Does this do what you need?" asks whether the step or answer just given
 *   worked (C1); about the product, with no step pointed back at, it does not.
 * - "... and see if that lets you …" after a step checks the step (C1 "see if that helps"); "check whether it lets you
 *   set a PIN" asks about a feature.
 * - After a fix, "If it doesn't, ping me." (the failure said in one word, then a reply here) invites a check (C1,
 *   R-M3); "If it isn't possible, let me know" does not.
 * S47 fix-c (reviewer-1 findings 1, 3, 4): the one-word failure needs a fix or step said first (or "still"); the
 *   writers' own "I'll see if that lets you …" is a promise; a bare "use"/"set" in the if-clause is a setup, not a step.
 * All four are pack rule confirm-resolution; asked as questions they are closing questions too (Q1, `asked_signal`).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a step in an if-clause, then whether the fault remains, checks the step (C1, R-XM2)',
  'confirm-resolution',
  [
    'If you switch off the sync option, are you still unable to open the file?',
    'If you reinstall the printer driver, is it still failing on the second page?',
    // S47 fix-c, reviewer finding 4 (reviewer's sentences, then ours): a step, and "still showing" as the fault remaining.
    'If you update the app, is it still crashing?',
    'If you clear the cache, is it still showing the old price?',
    'If you use the desktop client instead, is it still stuck at 90%?',
  ],
  [
    'Are you still unable to log in?',
    // S47 fix-c, reviewer finding 4: a setup the customer has, not a step ("use"/"set" with no switch said).
    'If you use a VPN at work, are you still unable to connect from home?',
    'If you set a custom domain earlier, is it still failing for the old address?',
    'If you are still unable to log in, is your password correct?',
    'If you use two monitors, is the window still opening off screen?',
    'If you need the receipt, is it still in your inbox?',
    'If you still have trouble logging in, are you able to call us?',
  ],
);

signalCases(
  'whether the step or answer gives what the customer was after (C1)',
  'confirm-resolution',
  ['If you use the older template instead, does that give you what you want?', 'Swap the two columns. Does this do what you need?'],
  ['Does the free plan give you what you need?', 'Tell me what you need and I will set it up.'],
);

signalCases(
  'a step, then "see if that lets you …", checks the step (C1)',
  'confirm-resolution',
  ['Could you please try signing in on the main site and see if that allows you to change the setting?'],
  ['Please check whether it lets you set a PIN.', 'Our plans differ; see if the basic one allows you to add staff.'],
);

signalCases(
  'after a fix, its failure in one word, then a reply here (C1, R-M3)',
  'confirm-resolution',
  [
    'The mapping bug is patched in build 412. If it still fails for you, reply here.',
    'I have raised the upload cap, so the import should work now. If it doesn\'t, ping me.',
    // S47 fix-c, reviewer finding 1 (reviewer's sentences, then ours): after a fix, or with "still".
    "I've pushed a fix. If it isn't, ping us.",
    "If it still doesn't, comment here.",
    "We've restarted the mail relay. If it doesn't, let us know.",
  ],
  [
    "If it isn't possible, let me know and we'll find another way.",
    'If it is not already on, switch on backups first.',
    // S47 fix-c, reviewer finding 1: no fix or step said first, the one-word failure answers a question or a check.
    "Check whether your plan includes SSO. If it doesn't, let me know and I'll upgrade you.",
    "Is your account on the EU server? If it isn't, ping me.",
    "If it doesn't, then reply here.",
    'Does your invoice list the tax number? If it does not, let us know.',
  ],
);

signalCases(
  "the writers' own look at whether a change lets the customer do it is a promise, not a check (C1; S47 fix-c, reviewer finding 3)",
  'confirm-resolution',
  ['Turn off the content blocker and see if that lets you download the report.'],
  [
    "Let me know which plan you're on and I'll see if that allows you to export.",
    'Our team will find out if this change allows you to keep your discount.',
    'We can check whether that lets you merge the two accounts.',
  ],
);

signalCases(
  'the conditional check asked as a question is a closing question too (Q1)',
  'closing-question',
  ['If you switch off the sync option, are you still unable to open the file?', 'If you use the older template instead, does that give you what you want?'],
  ['Are you still unable to log in?', 'Does the free plan give you what you need?'],
);
