/**
 * Session 43 (judge-t): teach false alarms by kind, narrowed by structure and checked on sentences written here (none
 * copied from a corpus row).
 *
 * A step on something we made or sent for this case — "click the link I sent you", "download the attached files and
 * replace …", "use the code we emailed you" — is a one-off action on the ticket, not a method the customer can reuse
 * (RULINGS T2: how to do something, in the reply's own words). The how-to rules skip it (teach-reading.ts
 * readsAsOneOff, through the `routing` reading); a cause in the same sentence still teaches (T1), and a how-to that
 * names no thing of ours is untouched.
 *
 * The gathering reading's fix verbs are word-classes.ts' REPAIR_VERBS: a step said to restore or repair something is a
 * fix, not a step that only serves our diagnosis, even when the next sentence also says it helps us debug.
 *
 * A Unix path ("in /var/log/…", "edit /etc/…") says where a file is, a how-to (T2): the phrase moved from the rule teach
 * to teach-howto, so the how-to excepts and readings apply to it (a path in a step that only finds the logs for us).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a step on the link, file or code we sent for this case is a one-off action, not a method (T2)',
  'teach',
  [
    'To turn off the weekly digest, go to Settings > Notifications and untick Weekly digest.',
    'You can export the whole board by clicking Export in the top bar, then choose CSV.',
    'Open the file I attached, because the copy you have still points at the old server.',
  ],
  [
    'Click on the reset link in the email we sent you.',
    'Please click the link I sent you to confirm your new address.',
    'You can install the attached build over the current one.',
    'You can use the voucher code we emailed you at checkout.',
  ],
);

signalCases(
  'a step said to restore or repair something is a fix, not a diagnosis step (T2, R-WL1)',
  'teach',
  ['You can run acmectl rebuild --verbose. That restores the index and also helps us debug the import later.'],
  ['You can run acmectl rebuild --verbose. That helps us debug the import later.'],
);

signalCases(
  'a Unix path is where a file is (a how-to), so a path in a step that only gets us the logs teaches nothing (T2)',
  'teach',
  ['Your printer profiles are kept in /etc/acme/profiles.', 'To change the port, edit /etc/acme/acme.conf.'],
  ['You can find the logs in /var/log/acme/ and attach them to this ticket.', 'Is the file in /etc/acme?'],
);
