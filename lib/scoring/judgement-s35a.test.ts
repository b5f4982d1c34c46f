/**
 * Session 35 (judge-a), teach false alarms (RULINGS T1, T2). The rulings applied:
 * - T1: a cause counts when it says what went wrong or names the rule or mechanism behind the customer's situation.
 *   The customer's liking or caring as a reason ("you wrote this because you love the game") is a motive, no cause
 *   (pack rule teach, except list). A condition of the service is a rule (teach-rule), but "provided"/"providing" is a
 *   condition only as a conjunction before a clause, not as a verb ("we pride ourselves on providing great service").
 * - T2: a bare pointer is no how-to: "keep an eye out on the news page" points at something to watch, like "keep an eye
 *   on our changelog" (word class watch-for). And how-tos that only help the customer send us information ("where to
 *   find the version or the logs") do not count, also when the step points back at the question before it ("Which
 *   version are you on? You can see that under Help > About.") — the `routing` reading of teach-reading.ts.
 * - T2: a "try X" troubleshooting step with no reason does not count (restart, reinstall, update …); closing or
 *   disabling background applications is one of them, whatever verb introduces it ("begin by disabling …").
 * - T2, R-X3: routing to the support team's own channels is no how-to, however exact the path: a quoted control
 *   named for a channel ("tap the “Contact Us” button at the bottom of Settings"), or an e-mail address as who receives
 *   ("email bookings@… for the best rates") — the `routing` reading of teach-reading.ts. And "if the trouble persists"
 *   is a condition for more help, no rule of the service, like "if the problem persists" (pack, teach except list).
 * - T1: the work a task still needs ("patches that require real attention") is a status of our work, no mechanism.
 * - T1, misses: a cause stated after a contraction ("it's due to mobile carriers throttling …"), a relative clause saying
 *   what a setting or a directive does ("… which will force the client to re-sync"), and "this explains the problem"
 *   after a found cause (it marks the clause before as the cause) count as causes (pack rule teach, phrases).
 * Every sentence written for this test; each case fails without its change.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'teach: the customer liking us is a motive, not a cause (T1)',
  'teach',
  ['The export fails because the file name has a colon in it, so rename it without one.'],
  [
    'You are clearly invested in it because you love the game, and we read every review.',
  ],
);

signalCases(
  'teach-rule: provided/providing as a conjunction only (T1)',
  'teach',
  ['We refund the fee provided the order is cancelled before it ships.'],
  ['We pride ourselves on providing friendly service to every guest, and we are sorry we fell short.'],
);

signalCases(
  'teach: keeping an eye out on a page is a pointer (T2)',
  'teach',
  ['Keep an eye out on the Alerts tab, then switch off the ones you do not need so the list stays short.'],
  ['More maps are coming soon. Keep an eye out on the news page for update info.'],
);

signalCases(
  'teach: a how-to that only finds the version or the logs for us (T2)',
  'teach',
  [
    'To stop the prompt, go to Settings > Privacy and untick Ask every time.',
    'Which theme do you prefer? You can change that by going to Settings > Appearance.',
  ],
  [
    'Could you tell me which firmware version the board runs? You can check that by going to Tools > Board Info.',
    'You can find the build number by going to Help > About.',
  ],
);

signalCases(
  'teach: a cause after a contraction, a relative clause of what a thing does, "this explains the error" (T1)',
  'teach',
  [
    "It's due to mobile carriers throttling uploads over mobile data.",
    'The profile sets the flag, which will force the client to re-sync every folder.',
    'You are mixing the 32-bit driver with the 64-bit runtime. This explains the error.',
  ],
  ["Sorry, that's a shame.", 'We will look into the error and explain what we find.'],
);

signalCases(
  'teach: closing background apps is a try-X step (T2)',
  'teach',
  ['To stop the stutter, go to Settings > Graphics and set the frame cap to 60.'],
  ['Please begin by disabling background programs before you launch the game.'],
);

signalCases(
  'teach: the work a task still requires is a status, not a mechanism (T1)',
  'teach',
  ['The controller requires a reset before it accepts the new key.'],
  ['Three patches are left that require real attention before the next release.'],
);

signalCases(
  'teach: a quoted control named for our channel is routing (T2, R-X3)',
  'teach',
  ['To stop the pop-ups, tap the “Notifications” button in Settings and switch off Offers.'],
  ['Sorry the level keeps freezing. If the trouble persists, tap the “Contact Us” button at the bottom of the Settings screen.'],
);
