// Session 19, round 2 (judge-c): the bug-report form as a redirect (corpus-extra R-F1, R-X3, N1). A polite
// request with a filing verb and a report or form noun sends the customer to file it elsewhere; a form beside
// the same ticket (R-I2), the agent filing the report itself, or thanks for a report already filed are not.
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a polite request to file a bug or crash report, or to use the report form, is a redirect (R-F1, R-X3)',
  'negative-language',
  [
    'Would you mind filing a crash report with the logs from last night?',
    'If you could fill in the bug report form at https://example.com/bugs that would help.',
    'Could you please complete the problem form on our site?',
    'Please send the screenshots over to us using the crash report form linked below.',
    'Feel free to submit a bug report and mention the printer model.',
  ],
  [
    'I have filed a bug report for you and will update you tomorrow.',
    'Thanks for filling out the bug report, it shows the driver crashing.',
    'Could you fill out the verification form so we can confirm the purchase on this ticket?',
    'We submitted a crash report to the team this morning.',
  ],
);
