/**
 * Session 50 (judge-t): teach by structure. Sentences written for these tests, none copied from a corpus row.
 * - Teach (RULINGS T1: "what went wrong"): a cause word and a faulty state named bare, with no article (class
 *   <fault-state>): "may be caused by lack of free memory", "fails due to missing permissions". A refusal's reason ("we
 *   can't process it due to missing documents", "your refund was denied due to …") stays a justification (T1), and
 *   so does a lack of our own time or people ("due to lack of time": a reason for our schedule); a demand names no
 *   fault, and a question asks rather than states.
 * - Not teach (RULINGS T2: "how-tos that only help the customer send the agent information"): a command run only to
 *   post back what it answered ("run `git status` and post the response", "paste its output").
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a cause word and a faulty state with no article is a stated cause (T1); a refusal, demand or question is not',
  'teach',
  [
    'The key generator stalls, probably caused by lack of entropy on a fresh VM.',
    'The upload fails due to missing permissions on the folder.',
    "That's because of stale entries in the cache.",
    'The sync stopped due to too many open files.',
    'The payment bounced due to incorrect bank details.',
    'The daemon hangs due to lack of memory on the host.',
  ],
  [
    "We can't process it due to missing documents.",
    'Your refund was denied due to missing receipts.',
    'The delay was due to high demand.',
    'Is this caused by missing drivers?',
    'Nobody has picked it up yet due to lack of time.',
    'The rewrite is stalled because of a lack of volunteers.',
  ],
);

signalCases(
  'a command run only to post back what it answered gets us information (T2); the same command as a fix teaches',
  'teach',
  ['Run `npm dedupe` in the project folder to remove the second copy.'],
  [
    '@user run `git log -1` in your shell and post the response',
    'Run `npm ls react` in the project folder and paste its output.',
  ],
);

// Review (rf-t), S50: sentences written for these tests, none copied from a corpus row.
signalCases(
  'review (rf-t): a shortfall of our own workload or hands after a cause word is a reason for our schedule (T1)',
  'teach',
  [
    "It's crashing because of outdated graphics drivers on that laptop.",
    'Builds break due to mismatched versions of the two packages.',
    'The import stops halfway due to unescaped quotes in the sheet.',
  ],
  [
    'Replies are slower this week due to too many open tickets.',
    'Deliveries to your postcode are late due to too few drivers.',
    'The release slipped a week due to not enough testers.',
    'The feature was shelved due to insufficient demand.',
  ],
);

signalCases(
  'review (rf-t): "only/always/never <does>" after I, we, a team or "please" is a habit or a policy of people (T1)',
  'teach',
  [
    'The app only syncs when you are on Wi-Fi.',
    'Scheduled backups always run at 2am server time.',
    'The widget never loads while an ad blocker is on.',
    'The printer only accepts PDFs up to 20 MB.',
  ],
  [
    'We never send marketing emails without your consent.',
    'Personally I never run beta builds on my work laptop.',
    'Our team always reads every review, good or bad.',
    'Please only send one ticket per issue.',
    'The developers never look at closed tickets.',
  ],
);

signalCases(
  'review (rf-t): a function named only as where something is called, seen or touched is no step and no cause (T1/T2)',
  'teach',
  [
    'Call free_irq() before unloading the module, otherwise the handler fires on freed memory.',
    'The hang happens because usb_kill_urb() waits for the completion that never comes.',
    'Use os.path.join() to build the path instead of adding slashes by hand.',
    'Wrap the read in spin_lock_irqsave() so the interrupt cannot race with it.',
  ],
  [
    'hfi1_qp_wakeup() is called twice here, once from the timer and once from the error path.',
    'The oops points at ext4_writepages() in the trace you posted.',
    'I see dev.open() in your snippet but nothing after it.',
    'Thanks for the patch touching nvme_reset_work().',
    'Every other caller of ring_doorbell() takes the queue lock first.',
  ],
);

signalCases(
  "second read (lead): only a shortfall of our workload is a schedule reason; a faulty state of the customer's things stays a cause (T1)",
  'teach',
  [
    'It crashes due to outdated drivers on that laptop, so install the 2024 package from the vendor.',
    'The import failed due to duplicate contacts in your CSV file.',
  ],
  ['Replies are slow this week due to too few agents on shift.', 'Delivery slipped due to not enough drivers in your area.'],
);
