/**
 * Session 47 (judge-t): teach (RULINGS T1/T2). Sentences written here (none copied from a corpus row).
 *
 * 1. A triage reason put BEFORE the tracker's own state ("Because the crash only happens with two monitors, the bug
 *    stays open") says why the report is kept so, the same as "X, which is why the ticket is still open" (S46): T1, a
 *    reason that only justifies a decision, not how the product works. The exception spans the fronted clause up to
 *    the state (at most twelve words, no punctuation), so a cause stated in a sentence of its own still teaches, and
 *    so does the state put first with its cause after it ("the ticket was closed because the error comes from your
 *    proxy", S45 finding 4). Edge: a second cause phrase inside the fronted clause is cancelled with it.
 * 2. False alarms of kinds seen in session 45's files (opened this session), each an exception of rule teach:
 *    - the apology's harm in a modal passive ("any frustration that might have been caused on arrival") is
 *      boilerplate, not a cause (T1); a fault as the subject ("the outage may have been caused by …") still teaches;
 *    - "since" before an event that began something ("since it was first added") is a time, not a reason (T1); a
 *      fronted reason with no such time word ("Since it was built without TLS, …") still teaches;
 *    - a dependency named by its area with no determiner ("it depends on device settings.") is area-only (T1, S33); one
 *      that names the condition ("depends on the network being up") still teaches;
 *    - people as the subject of "only/always/never <does>" ("most customers never open the footer", "most people only check it once a
 *      week") tell a habit of people, not what a program does by itself (T1); a program or a rule as the subject
 *      ("the importer never reads the second sheet") still teaches.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a fronted reason whose main clause is the tracker’s own state is a triage reason; a stated cause of the fault still teaches (T1)',
  'teach',
  [
    // The cause stated in a sentence of its own; only the fronted connective before the state is cancelled.
    'The freeze happens because the sync job locks the table. Because of that, the ticket stays open.',
    // The state first, the cause after it: the cause of the fault (S45 finding 4).
    'The ticket was closed because the error comes from your proxy.',
    // A fronted cause whose main clause is the fault, not the tracker's state.
    'Because the scheduler skips weekends, your report only runs on weekdays.',
    'Since the app caches the old logo, the new one only shows after you clear the cache.',
  ],
  [
    'Because the crash only shows up on machines with two monitors, the bug stays open.',
    'Since we have not reproduced it on the latest build, the ticket remains open.',
    'Because nobody else has reported it yet, the issue is still open.',
    'Since the fix still needs a second review, the pull request stays open for now.',
  ],
);

signalCases(
  'an apology’s harm in a modal passive is no cause; a fault that may have been caused by something is (T1)',
  'teach',
  ['The outage may have been caused by the proxy dropping idle connections after a minute.'],
  [
    'Sorry for any frustration that might have been caused on arrival.',
    'Our apologies for the disappointment which might have been experienced at the front desk.',
  ],
);

signalCases(
  '"since" before the event that began something is a time, not a reason (T1)',
  'teach',
  ['Since it was built without TLS support, the call fails against the new server.'],
  [
    'The plugin has barely changed since it was first added to the toolkit.',
    'Nobody has touched that option since it was originally introduced years ago.',
  ],
);

signalCases(
  'a dependency named by its area alone, with or without a determiner, names no mechanism (T1, S33)',
  'teach',
  ['The sync depends on the network being up when the job starts.'],
  ['Honestly, it depends on device settings.', 'That part depends on account settings.', 'It depends on your plan.'],
);

signalCases(
  'what people only/always/never do is a habit, not a mechanism; what a program only/never does is (T1)',
  'teach',
  ['The importer never reads the second sheet.', 'The app only syncs over Wi-Fi.'],
  ['Honestly, most customers never open the footer at all.', 'Most people only check the inbox once a week.'],
);

// Fix47 (fix-t), review finding 2: the time reading of "since it was first …" needs a main clause in the perfect before
// it (or "ever since"); a fronted "Since it was first …, <main clause>" gives the reason for what follows (T1).
signalCases(
  'a fronted "since it was first/just/originally …" clause is a reason; after a perfect main clause it is a time (T1)',
  'teach',
  [
    'Since it was originally written for Python 2, the parser does not handle unicode paths.',
    'Since it was just installed, your old settings were not imported yet.',
    'Since they were originally created by the old importer, those records lack an owner.',
    'Since it was first installed with the wrong locale, dates show in US format.',
    'Since the widget was first built for phones, its menu hides on narrow screens.',
    'These invoices have no tax line since they were originally generated by the legacy tool.',
  ],
  [
    'It has worked fine since it was first installed.',
    'The export hasn’t really been touched since the button was first released.',
    'Ever since it was first installed, the dock flickers.',
  ],
);

// Fix47 (fix-t), review finding 5: a habit of people cancels only itself; the consequence told after ", so" of what a
// program keeps doing is a mechanism told as a chain (T1) and still teaches. People as that subject do not.
signalCases(
  'a habit of people followed by ", so <a program> keeps <doing>" still teaches; people who keep doing something do not (T1)',
  'teach',
  [
    'Some people never update, so the old client keeps sending bad headers.',
    'Few users ever sign out, so the session keeps renewing itself.',
  ],
  ['Thanks for the details, so the team keeps checking it daily.', 'Lots of folks skip the update, so they keep using the old version.'],
);

// Fix47 (fix-t), review finding 6: with no determiner, "and" does not close the area: the words after it go on to name
// the condition (T1: a condition is a mechanism); with a determiner, "your plan and region" is still two areas.
signalCases(
  'a bare-area dependency joined by "and" to a condition teaches; areas joined after a determiner do not (T1, S33)',
  'teach',
  ["It depends on browser settings and the site's cache being cleared.", 'It depends on local settings and the token being refreshed first.'],
  ['It depends on your plan and region.', 'Access here depends on account settings.'],
);
