// Session 20 (judge-a, issue 10): teach. "You could upload / send / share …" with something to hand over
// asks the customer to give us something — a request, or a step that only gets us information (T2) — and
// is no method the customer can reuse; a how-to with the same modal still teaches. Sentences written for
// these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  '"you could upload / send / share it" asks the customer to hand something over, no how-to (T2)',
  'teach',
  [
    'You can export the report as a PDF from the Reports tab.',
    'You could set the retry limit to five in the sync settings.',
    'You can copy and paste the widgets between dashboards.',
  ],
  [
    'Or you could upload the config file to the shared drive for us.',
    'You can send us the crash dump from last night.',
    'You could also share a screenshot of the error page.',
  ],
);

signalCases(
  '"is found" with no place after it is finding out, not where a thing lives (T1, T2)',
  'teach',
  ['The licence file is found in the config folder of your install.', 'Your saved filters are found under Views in the sidebar.'],
  ["We'll post an update here if anything new is found.", 'Once the cause is found, we will ship a patch.'],
);
