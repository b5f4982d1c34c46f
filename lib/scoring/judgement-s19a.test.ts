// Session 19 (judge-a, issue 10): teach, by structure. A step that names its control as written (no article
// before the label), a purpose told as a clause of its own ("so future invoices land in your inbox"), and
// fewer false alarms: a step done so that we can check (T2), a reason that only justifies sending the
// customer elsewhere (T1, N1), taking feedback on board, what not to post in this public thread, the app
// stores. Each block pairs the structure with controls. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'an opening click, tap or press names its control as written, and teaches with a place, an order or a purpose (T2)',
  'teach',
  [
    'Click Forgot password on the sign-in page to set a new one.',
    'Press Save changes at the bottom of the form.',
    'Tap Export in the top corner, then pick CSV.',
  ],
  // No place, order or purpose: a one-off step; a link to follow is a pointer.
  ['Click Save.', 'Click here to see your order.', 'Tap here to track the parcel.'],
);

signalCases(
  'a purpose told as a clause of its own ("so future invoices land in your inbox") makes a step a how-to (T2)',
  'teach',
  ['Mark the newsletter as not spam so future issues land in your inbox.', 'Turn on the backup so nothing is lost when the phone resets.'],
  // A step whose purpose is that we can check gets us information, it teaches nothing (T2).
  ['Attach the log file so we can check it.', 'You can attach your screenshots here so that we can look into it.'],
);

signalCases(
  'a reason in a sentence that sends the customer to file or ask elsewhere only justifies the routing (T1)',
  'teach',
  ['Since the cache was full, the sync stopped.'],
  ["Since they didn't reply, you might want to file an issue on the tracker.", 'Because this is about the SDK, the best place to ask is the developer forum.'],
);

signalCases(
  'taking feedback on board, and what not to post in this thread, are no how-to; safety advice still is (T2)',
  'teach',
  ['Next time, back up the file before you update.', 'Never share your OTP with anyone, not even our staff.'],
  [
    "Thanks, we'll keep this in mind going forward.",
    'We will take your suggestion into account in future releases.',
    'Please do not share your licence key in this thread.',
  ],
);

signalCases(
  'the app stores are a place to get the app, not data a program stores (T1)',
  'teach',
  [],
  ['Please get the latest version from the app stores.'],
);
