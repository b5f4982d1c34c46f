// Session 9 structures of the default pack (judgement-a, issue 10), for forum-style technical replies:
// a negation that describes what software does or found is not negative language; hedged and
// adjective-qualified limits are; the tracker asked of the customer as a wish is a redirect.
// Sentences written for these tests, not corpus rows. (The brief named tests/unit/scoring/, but
// vitest only collects {lib,components,entrypoints,cli,scripts}/**/*.test.ts, so the file sits beside
// judgement-s8.test.ts.)
import { signalCases } from './test/signal-cases';

signalCases(
  'a reproduction attempt that found nothing is a finding, not a refusal (N1; corpus-extra O3 note)',
  'negative-language',
  [],
  [
    "I couldn't reproduce the freeze with your sample project.",
    'We were not able to replicate this on a clean install.',
    "I haven't been able to recreate the crash here yet.",
    'I was unable to repro it with version 4.2.',
  ],
);

signalCases(
  'two negations make a yes: "not impossible", "no reason why it couldn\'t"',
  'negative-language',
  [],
  [
    'Adding a second toolbar is tricky, but not impossible.',
    "It's not unlikely that the next driver fixes this.",
    "I see no reason why the grid couldn't sort by the second column too.",
    "There's no technical reason that the parser wouldn't handle tabs.",
  ],
);

signalCases(
  "a program's behaviour described, not a refusal to the customer (N1 facts about how it works)",
  'negative-language',
  [
    // Policy limits stay negative language.
    "We don't accept returns after 30 days.",
    "Unfortunately that card isn't supported.",
  ],
  [
    'Once the buffer is full, the field beeps and no longer accepts characters.',
    "When you press Escape, the dialog closes and doesn't save the draft.",
    'If a user drags a row, the list does not redraw until the mouse is released.',
    'The new firmware is not yet released, so the old one is what ships today.',
    "The plugin needs the 3.2 beta, which unfortunately isn't out yet.",
    'Out of scope: the policy is not linked to the folder that holds the machine.',
  ],
);

signalCases(
  'a limit said with a hedge, an adjective or "not enough to go on" (N1 limits, R-F1)',
  'negative-language',
  [
    "I don't think the Tab key is handled in that grid.",
    "I don't believe custom colours are supported on the status bar.",
    'There is no reliable way to detect that the add-in is loaded.',
    "There's no direct way, unfortunately.",
    "You haven't given us enough information to determine what went wrong.",
    'Please add your suggestion to the feature request tracker.',
    "I'd post this on the bug tracker as a feature request.",
  ],
  [
    "I don't think you need to restart after that change.",
    "There's a simple way to do this: hold Shift while you click.",
    'Thanks, that was enough information to find the cause.',
    "I've added your suggestion to our feature request tracker.",
  ],
);

signalCases(
  'a cause offered on a condition, a symptom read as a diagnosis, where a thing is kept (T1)',
  'teach',
  [
    "If the timer is set to Asynchronous, that would explain the delay you're seeing.",
    'This kind of flicker usually indicates a redraw loop between two controls.',
    'Those freezes often point to a driver that is waiting on the network.',
    'Toolbar positions are persisted in your user profile.',
    'The icons are embedded in the resource DLL.',
  ],
  [
    "Could you explain what you're seeing?",
    'I will explain the options on the call tomorrow.',
    'Your ticket was registered in our system yesterday.',
  ],
);

signalCases(
  'the way to do it, where to start, the state a setting must be in (T1 rules, T2 approaches)',
  'teach',
  [
    'The best you can do is to export the layout and import it into the new drawing.',
    "I'd start by disabling the add-ins one at a time until the error stops.",
    'Word wrap must be off, otherwise the column keeps its width.',
    'In practice those variables have to be global.',
    'Grid rows can only be added at runtime.',
  ],
  [
    'That must be frustrating, sorry about the wait.',
    'The best we can do for you today is a partial refund.',
    'I have to be honest, I have not tried that.',
  ],
);

signalCases(
  'a policy as the reason, and a newer build to download, teach nothing (T1 boilerplate, T2 try-X)',
  'teach',
  [],
  [
    'Since the forum has a policy that authors cannot accept their own answer, I will repost it below.',
    'You can download the development build of version 7 from the downloads page.',
    'You can install the latest beta to get the fix.',
  ],
);

signalCases(
  "a test or reproduction attempt on this customer's case, and a change made for their report (O3)",
  'ownership',
  [
    'I did a quick test with a 500-row file and it loaded fine.',
    "I couldn't reproduce the crash on Windows 11.",
    "We've tried to replicate it with the settings you gave.",
    'I opened your sample drawing in the 2021 release.',
    "I've changed the code so the list keeps its sort order.",
  ],
  [
    "It's working for me on Windows 11.",
    'I see your order shipped on Monday.',
    'The code was changed in version 3.',
    'I read your message this morning.',
  ],
);

signalCases(
  'a build, beta or release ahead, a change made for it, the end of a named month (X1)',
  'expectation',
  [
    'The old runtime will work again by the second 5.1 beta.',
    "I've fixed this for the next build.",
    'It should be available before the end of July.',
  ],
  ['It was fixed in the last build.', 'The 5.0 release came out at the end of June.'],
);

signalCases(
  'whether the answer accounts for what the customer sees (C1)',
  'confirm-resolution',
  [
    "The width leaves out the icon column. Does that explain the gap you're seeing?",
    'Does this clarify the difference between the two settings?',
  ],
  ['Could you explain the difference you are seeing?', "I'll explain the difference on the call."],
);

signalCases(
  'a bare list number is no how-to: a numbered list of try-X steps teaches nothing (T2)',
  'teach',
  ['1. Open Settings > Privacy and untick Read receipts.'],
  ['1. Restart the computer.\n2. Try again in a different browser.'],
);

signalCases(
  "'obviously' about the agent's own work is not talking down (CON1)",
  'condescension',
  ['As the manual obviously says, restart the service first.'],
  ['My first patch was obviously wrong, sorry about that.', 'Our current installer is obviously too strict here.'],
);
