/**
 * Session 45 (judge-c): resolution checks written the way trackers and help channels write them, checked on sentences
 * written here (none copied from a corpus row).
 *
 * - A condition that names the change itself — the trouble persisting AFTER updating, applying, installing or trying
 *   something — with a report-back, a re-open or a reply here in the same sentence checks that change (C1 "a new
 *   release", "whether a fix, step or answer worked"): pack rule confirm-resolution-persists-change. A time after
 *   "after" is no change; sending the customer to another channel instead is labelled both ways and left out.
 * - "Does it still break?" after a step or a fix asks whether the fault is gone (C1, R-XM2); asked with nothing tried
 *   first it is R-F2's diagnostic (confirm-resolution-after).
 * - "works now?" / "still broken?" opening a sentence after a fix or step is "does that work?" cut short (R-XM2), a
 *   closing question too (Q1); on its own, or as a statement, it asks nothing (confirm-resolution-terse).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'trouble persisting after a named change, then come back here, checks that change (C1)',
  'confirm-resolution',
  [
    'If you keep having problems after upgrading to 4.0, feel free to reopen this issue.',
    'If the export still breaks after applying the patch, please comment here.',
    'If it continues to hang after reinstalling the plugin, let me know.',
  ],
  [
    'If you keep having problems after 5 pm, feel free to reopen this issue.',
    'If the export still breaks after upgrading, please contact our support desk by email.',
    'If the export still breaks, we will look at it again next week.',
  ],
);

signalCases(
  '"does it still fail?" after a step or a fix asks whether the fault is gone (C1, R-XM2); alone it is diagnostic (R-F2)',
  'confirm-resolution',
  ['Run it with the --no-cache option, does it still fail?', 'I changed the timeout on the server. Does the upload still time out for you?'],
  ['Does it still fail?', 'Thanks for the report. Does the upload still time out?'],
);

signalCases(
  '"works now?" after a fix or step is a resolution check (R-XM2); a bare one or a statement is not',
  'confirm-resolution',
  ['I merged the fix into the main branch. works now?', 'Try it with the legacy renderer. Still crashing?'],
  ['Works now?', 'I merged the fix into the main branch. It works now on my machine.'],
);

signalCases(
  '"works now?" after a fix is also a closing question (Q1: it checks resolution)',
  'closing-question',
  ['I merged the fix into the main branch. works now?'],
  ['Works now?'],
);

// S45 fix (review finding 5): "Still there?" is the chat's presence check, not how the fix behaves.
signalCases(
  '"still there?" after a change asks whether the customer is still in the chat, not whether the fix worked (C1)',
  'confirm-resolution',
  ['I pushed the change. Still failing?'],
  [
    "I pushed the change. Still there? If not, I'll close the chat.",
    "I've changed the address on your invoice. Still there?",
    'I have updated the shipping address on the order. Still there?',
  ],
);

signalCases(
  '"still there?" after a change is no resolution check, so no closing question by that reading (Q1)',
  'closing-question',
  [],
  ["I've changed the address on your invoice. Still there?"],
);

// S45 fix (review finding 12): the change-step verbs now come from one word class (<change-step:ing>); its -ing forms
// still read as the change the persisting fault is measured after.
signalCases(
  'a fault persisting after a change step in -ing form, with a report-back, checks that change (C1)',
  'confirm-resolution',
  ['If it still fails after resetting the router, let us know.', 'If the error keeps showing after trying the beta, reply here.'],
  ['If you have trouble after lunch, feel free to re-open this ticket.'],
);
