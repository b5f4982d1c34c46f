// Session 35, judge-c: negative language (LABELING "can't / not possible / unable / policy refusals / redirect to another
// channel"; RULINGS N1; corpus-extra R-D3 "an explicit refusal or impossibility aimed at what the customer asked",
// R-X3 "the support team's own channels ... a ticket is a redirect"). Refusals worded as engineering (the request ranked
// low, a setup advised against), sanctions upheld and policies enforced, paywalls and service areas, and a ticket sent to
// support. Sentences written for these tests, not copied from any corpus row.
import { signalCases } from './test/signal-cases';

signalCases(
  'a request ranked low or a setup advised against (R-D3)',
  'negative-language',
  [
    'Honestly, this is not very high on our priority list right now.',
    'Running two writers on one volume is not recommended with this driver.',
    'Older kernels have a rather low priority for us at the moment.',
    'There is no motivation to maintain that code path any more.',
    'A dark theme? No immediate plans for that, sorry.',
  ],
  ['We made this our top priority and shipped the fix today.', 'We recommend updating to the newest firmware first.'],
);

signalCases(
  'a sanction upheld or a policy enforced (LABELING policy refusals)',
  'negative-language',
  [
    'We looked at the appeal again and the suspension will not be lifted.',
    'The clan tag was judged abusive, so it will remain censored.',
    'Once a report comes in, we have to enforce our naming rules.',
  ],
  ['The restriction can be lifted as soon as you verify your email.', 'Your saved games will stay on the server.'],
);

signalCases(
  'a paywall or a service area that leaves the customer out (LABELING policy refusals)',
  'negative-language',
  [
    'The premium tools are locked in the trial edition.',
    'To export in high resolution it is necessary to buy the full licence.',
    'Sorry, the delivery service is unavailable in your area.',
    'The scooters are available only in certain cities for now.',
  ],
  ['All premium tools are unlocked once the trial starts.', 'The map is available in every city we serve.'],
);

signalCases(
  'a ticket sent to support, or the technical team as the place to go (R-X3)',
  'negative-language',
  ['Could you send a ticket to our help desk with the crash log?', 'Please reach out to our technical team with the dump file.'],
  ['I sent a ticket to our help desk for you this morning.', 'Our technical team is already looking at the dump file.'],
);

signalCases(
  'little we can do, or the fault placed in another component (R-K1)',
  'negative-language',
  [
    'Honestly there is not much that we can do about the noise from the street.',
    'The hang turned out not the fault of the network card, but of the switch firmware.',
  ],
  ['There is not much left to do, the update finished.', 'This is a bug in the firmware and I am fixing it now.'],
);

signalCases(
  'the support button to press, or details to attach to a tracker report (R-X3, R-F1)',
  'negative-language',
  [
    'If it keeps happening, tap the “Help & Support” button in the settings.',
    'Please click on the Send Feedback link at the bottom of the screen.',
    'The crash dump could be attached to a new issue on the project site.',
    'Should it come back, tell us by starting a new topic on our community forum.',
  ],
  ['Tap the “Save” button to keep your changes.', 'I attached the full log to the bug report myself.'],
);
