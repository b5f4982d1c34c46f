// Session 22 (judge-a): teach, the structures the rules did not read yet. T2 how-tos: where a control is, told
// as what the customer will find there; a step with what it makes appear; a setting walked through with commas;
// advice as a habit; a method call written with a space before its
// arguments. T1 causes: what a program does on an event (the passive of a call), what a thing does not do under
// a condition, what it does by itself with the adverb first. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'where a control is, told as what the customer will find there, teaches (T2); a pointer to a page does not',
  'teach',
  [
    "You'll find the export option under Settings in the top menu.",
    'You can find the invoice history in the Billing section of your account.',
    'You can find it under the "Saved items" tab of the app.',
  ],
  [
    'You can find more information on our website.',
    'You can find our phone number in the Contact section of the website.',
    'You can find the logs under the Help menu.',
    "You won't find it under the Settings menu anymore.",
  ],
);

signalCases(
  'a step with what it makes appear teaches (T2); a step that only lets us look does not',
  'teach',
  [
    'If you swipe left on a message, a delete option will show up.',
    'Once you tap the map pin, the route details should appear.',
    'If you open the map and zoom in, you will be able to see the side trails.',
  ],
  [
    'If you send us the logs, we will be able to check.',
    'If you contact our team, they will be able to help.',
    'If you have any questions, you can reach us by email.',
  ],
);

signalCases(
  'a setting walked through with commas and what to do at the end teaches (T2)',
  'teach',
  [
    'Can you please go to Settings, Developer Options, Background apps and make sure it is unchecked.',
    'Go to Preferences, Privacy, Cookies and then untick Block all.',
  ],
  ['Go to the post office, the bank, and the shop if you have time.'],
);

signalCases(
  'advice as a habit teaches (T2); a best bet is left out (it routes as often as it teaches)',
  'teach',
  [
    "It's good practice to rebuild your plugins whenever you upgrade the editor.",
    'It is always a good habit to export a backup before you edit the registry.',
  ],
  ['Our best bet is to wait for the courier.', 'Your best bet is to contact the shop directly.'],
);

signalCases(
  'a method call with a space before its arguments teaches (T2); a site followed by a parenthesis does not',
  'teach',
  ['Try calling List.Refresh (item, true) after the update.', 'You can use Path.Combine () to build the path.'],
  ['Our hours are on example.com (Mon, Fri) and on the sign.'],
);

signalCases(
  'what a program does on an event, in the passive of a call, is how it works (T1)',
  'teach',
  [
    'The callback is called when you release the mouse button.',
    'OnChange is fired every time the text changes.',
    'The hook is only invoked after the build finishes.',
  ],
  ['Your call is answered when an agent becomes free.', 'The refund is processed when the item reaches our warehouse.'],
);

signalCases(
  'what a thing does not do under a condition is how it works (T1); our own refusal is not',
  'teach',
  [
    'PNG images do not display when the button is disabled.',
    "The widget won't update while the phone is in power-saving mode.",
    "Scheduled posts don't sync unless the device is online.",
  ],
  [
    "We don't ship when the roads are closed.",
    "I can't connect when you are on the call.",
    "We can't update your address without the account email.",
  ],
);

signalCases(
  'what a program or device does by itself, the adverb first, is how it works (T1)',
  'teach',
  [
    'Release builds automatically strip the debug symbols.',
    'The client silently retries three times before it gives up.',
    'Debug builds automatically add the network permission.',
  ],
  ['We automatically refund orders that are cancelled.'],
);
