/**
 * Session 41 (judge-t): teach false alarms by kind, narrowed by structure and checked on sentences written here (none
 * copied from a corpus row).
 *
 * "now" right after the customer's ability ("you can now …", "you should now be able to …", "now you can …") marks a
 * new state, not a method: news of a feature, or the outcome of a fix we made. RULINGS T1 counts availability as a
 * plain fact and T2 wants how the customer does it, so the bare ability teaches nothing; a path, a control or a means
 * named in the same sentence still teaches through its own phrase, and so does the ability without "now".
 */
import { signalCases } from './test/signal-cases';

signalCases(
  '"you can now …" tells a new state (a feature or our fix), not a method; a path or means beside it still teaches (T1, T2)',
  'teach',
  [
    'You can now change the delivery slot under Account > Orders > Delivery.',
    'You can change the delivery slot under Account, then Orders.',
    'To stop the double charge, you can turn off auto-renew on the subscription page of your app store.',
  ],
  [
    'Thanks for your kind words! With our newest version you can now pick a collection time in the app.',
    'I have reset the export job, so you should now be able to export the report.',
    'Good news, now you can book a table for up to eight people in the app.',
  ],
);
