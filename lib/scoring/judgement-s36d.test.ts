// Session 36 (judge-d). Rulings applied:
// - confirm_resolution, C1 / R-M3: after a fix the reply reports as made ("it was fixed in 2.1", "this is no longer the
//   case"), trouble that persists as the condition to come back ("if you still have issues, post them here") invites a
//   check of that fix. With nothing done ("we hope it's sorted"), or after try-X steps only, it is not read so here.
// - confirm_resolution, R-X1: "let us know if this was helpful" asks whether the answer worked, as "Let me hear if this
//   helps" does; "Hope this helps" alone is a ritual.
// - confirm_resolution, C1 "a new release": updating to the coming release and trying it is a test of the fix.
// - confirm_resolution, C1: a bare "Please check again." with nothing changed asks for a second look, not a check of a fix;
//   after a fix the reply names, it is one.
// - personalization, P1 (the customer's name) with G1 (greeting is form only): a capitalised pack word right after the
//   greeting word that runs on into the first clause ("Hi Hope you're well") is not a name, though the given-name
//   list holds it; closed by a comma or "!" it is the address ("Hi Hope!").
// - empathy, E1: "I understand" answering a complaint or feeling counts; understanding what the customer or others wrote
//   or like ("I understand you wrote a negative review") acknowledges no feeling, and "get it working" is obtaining it.
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'confirm-resolution: persisting trouble after a reported fix',
  'confirm-resolution',
  [
    'The sync bug was fixed in version 2.1. If you still have any issues, please post them in this thread.',
    'We have since patched the login server. If the issue persists, contact us via the form.',
    'That crash is no longer the case on the current build. If you experience any further problems, reply here.',
  ],
  [
    'We hope everything is sorted now. If the issue persists, contact us via the form.',
    'Thanks for the review! If you still have any issues, please post them in this thread.',
  ],
);

signalCases(
  'confirm-resolution: whether the answer was helpful, a coming release to try, a re-check after a fix',
  'confirm-resolution',
  [
    'Clearing the offline cache usually stops the freeze. Please let us know if this was helpful.',
    'We know about the scrolling bug. You can update the next version and try.',
    'I have reset the sensor calibration on your account. Please check again.',
  ],
  [
    'Clearing the offline cache usually stops the freeze. Hope this helps.',
    'The serial number is printed under the battery cover. Please check again.',
  ],
);

signalCases(
  'personalization: a pack word after the greeting opens the first clause',
  'personalization',
  ['Hi Hope, the replacement ships today.', 'Hi Hope! The replacement ships today.', 'Hi Priya thanks for the photos.'],
  [
    'Hi Hope you are doing well. The replacement ships today.',
    'Hey See the attached invoice for the details.',
    'Hi Had a look at the logs you sent.',
    'Hi Way too many people hit this after the update.',
  ],
);

signalCases(
  'empathy: understanding what someone wrote or likes, and getting something working, is no acknowledgement of a feeling',
  'empathy',
  ['I understand how annoying the constant logouts must be.'],
  [
    'I understand you wrote this review after the last patch. The map rotation changes next week.',
    'I understand some people like the new menu and some do not. We will keep both layouts.',
    'I have a test build here and will see if I can get it running on my laptop tonight.',
  ],
);
