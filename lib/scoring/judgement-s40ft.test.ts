/**
 * Session 40 review (fix-t): three teach readings of teach-reading.ts narrowed, each on the reviewer's sentences and a
 * near miss that must still fire (sentences written for these tests, none copied from a corpus row).
 *
 * `plan` (RULINGS T2 "how to do something … they can do"; O1): a step is the agent's own only when it is the object of
 * the plan verb ("I'll change the call"); an imperative after ":" / ";" / "for now" / "in the meantime" / "and to …", or
 * after "let me explain / list / show", is a method told to the customer and still teaches.
 *
 * Gathering (RULINGS T2 "how-tos that only help the customer send the agent information"; R-WL1): "more details /
 * information / output" counts only with us or me as who receives it ("give us more logs"), a posting-back step after
 * it, or a debug or verbose switch producing it; the customer's own look-up ("you can see more details under …") teaches. A step said to fix or stop the fault
 * (FIXES: also stop, get rid of, sort out, make it work) is no gathering step, in its own sentence or beside the next.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a step after the writer\'s plan teaches unless it is the plan\'s own object (T2, O1)',
  'teach',
  [
    'Let me list the steps: open Settings > Storage, tap Clear cache, then restart the app.',
    "We'll be adding a button for that soon; for now, long-press the message and choose Report.",
    "I'll file a bug for it, and to avoid the freeze in the meantime, open Settings > Storage and lower the cache size.",
    "We'll ship a fix next week. In the meantime, go to Settings > Display and turn off animations.",
  ],
  [
    "We'll move the check into acme_probe() before the next release.",
    "I'll change the default in Settings > Storage on our side next week.",
  ],
);

signalCases(
  'more details or output count as gathering only for us or before a posting-back step (T2, R-WL1)',
  'teach',
  [
    'You can see more details about each charge under Settings > Billing > History.',
    'To get more information about your plan, open Settings > Subscription and tap Details.',
    'Open Settings > Sync and tap Show log to get more detailed error messages, which usually tell you which file is blocking it.',
  ],
  [
    'Open Settings > Sync and tap Show log to get more detailed error messages, then paste the output here.',
    'You can also run acmectl with the --verbose flag so we can see where it stops.',
    'Could you restart the agent from the console with the debug flag? That way you will get a more complete error message in that console.',
  ],
);

signalCases(
  'a step said to fix or stop the fault is no gathering step, beside a diagnosis sentence too (T2)',
  'teach',
  [
    'Go to Settings > Advanced and turn off hardware acceleration. That stops the freezing, and also helps us narrow it down.',
    'You can turn off hardware acceleration in Settings > Advanced to stop the freezing, and it makes it easier to pinpoint the cause.',
    'Go to Settings > Advanced and turn off hardware acceleration to get rid of the lag, which also makes it easier to debug.',
  ],
  [
    'You can also run the daemon in the foreground with the -d flag. That would help us track down where it stops.',
    'You can also run acmectl probe --trace. That could help pinpoint the stuck request.',
  ],
);
