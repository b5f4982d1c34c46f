// Session 11 structures of the default pack (judgement-a, issue 10): teach, precision first. What
// looks like a cause or a how-to and is not one (RULINGS T1, T2): an apology's "caused", "since" as a
// time, housekeeping on a thread, routing and refusals given a reason, area-only incidents and
// boilerplate reasons, investigating why, steps that only get us information, getting the update or the
// app, in-app routing to support, availability, power cycles. Each block keeps near-miss controls that
// still teach. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'an apology for what something caused is no cause (T1)',
  'teach',
  [
    // Controls: a stated cause still teaches.
    'The delay was caused by a signal fault between Leeds and York.',
    'The crash is caused by an empty column in the CSV import.',
  ],
  [
    "We're so sorry for any inconvenience this might have caused.",
    'Apologies for the hassle caused by the late delivery.',
    'Sorry about the delays this may have caused you.',
  ],
);

signalCases(
  '"since" as a time, not a reason (T1)',
  'teach',
  [
    // Controls: "since" giving the mechanism.
    'Since the app caches your login, you need to sign out and back in after changing the password.',
    'It stopped syncing because the token expired when you changed your password.',
  ],
  [
    "It's frustrating to hear the widget hasn't loaded since the latest update.",
    "Your widget has been blank since you moved it to the new page, we're checking now.",
    'Nothing has changed since yesterday on our side.',
    'Hmm, the page has been blank since you upgraded?',
  ],
);

signalCases(
  'housekeeping on a thread, and routing or escalation with a reason (T1, T2)',
  'teach',
  ['Because your card was issued abroad, the bank asks for an extra check at checkout.'],
  [
    "Locking this topic since it's been answered.",
    'Marking this as a duplicate because the same crash is tracked in #88.',
    'Transferring this to the docs repo since it is about the website.',
    'Since this involves your card details, please DM us instead.',
    'Please call the branch because we cannot see that account here.',
    "Since you've already reinstalled, I'll escalate it to our engineers.",
  ],
);

signalCases(
  'area-only incidents, boilerplate and refusal reasons, and investigating why (T1)',
  'teach',
  [
    'There is a fault on the line at your exchange causing the drop-outs.',
    'That was caused by a bug in the CSV importer that drops empty columns.',
  ],
  [
    'We had a temporary issue with our servers this afternoon.',
    "There's a known problem on our end, our team is on it.",
    'This was due to a technical issue on our side.',
    'Because of our privacy policy we cannot share who made the change.',
    'We cannot change that here due to security reasons.',
    'Due to increased demand, replies are slower than usual.',
    "Since it's a bank holiday, the branch is closed today.",
    'Our engineers are still working out why the payment failed.',
    "That's intended: we no longer support Windows 7.",
    'This is because we have to verify every new payee.',
  ],
);

signalCases(
  'a step that only gets us information (T2)',
  'teach',
  [
    // Control: a path that changes the setting itself.
    'Go to Settings > Notifications and switch off Marketing.',
  ],
  [
    'Open Help > About and send us the build number.',
    'Please run `node -v` and post the output here.',
    'Run `lsusb` and pastebin it.',
    'If you could zip the project folder for us, we can take a look.',
    'Use a pastebin for long logs, please.',
  ],
);

signalCases(
  'getting the update or the app, in-app routing to support, availability, power cycles (T2)',
  'teach',
  [
    // Controls: a how-to in the app's own settings, and where a control is.
    'In the app, go to Settings > Security and turn on two-step login.',
    'The option is available in Settings > Advanced.',
  ],
  [
    'Install the latest update from the store and give it another go.',
    'Download the new version and let us know.',
    'Head to the Play Store and update the app.',
    "Open the app and tap 'Help' to start a chat with us.",
    'To reach an agent, open the app and tap Support.',
    'You can use the form on our website to contact the team.',
    'Card freeze is available on both iOS and Android.',
    'Switch off the modem, wait a minute and turn it back on.',
    'Your app is a bit out of date, please update it.',
  ],
);

signalCases(
  'a policy as the reason, and capturing diagnostics for us (T1, T2)',
  'teach',
  ['Because the bank has a daily limit on new payees, the second transfer is held until tomorrow.'],
  [
    'Since the support forum has a rule against sharing serial numbers, please DM us.',
    'Please run the sysdiagnose tool when the freeze happens.',
    'Capture a network trace while you reproduce it.',
  ],
);
