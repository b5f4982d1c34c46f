/**
 * Session 41 (judge-n): negative-language false alarms narrowed by structure (RULINGS N1: "Closing an unresolved report
 * counts"; "Negatively worded facts that explain how something works, where nothing is denied to the customer, do not
 * count"). Sentences written for these tests, none copied from a corpus row.
 * - A close the writer negates ("I won't close this until it's fixed") keeps the report open: nothing is closed.
 * - A third thing's limit followed by "which is why" / "which explains" / "that's why" draws a consequence, as ", so" and
 *   "which means" already did (readLimitAt): an explanation of how it works. Our own product, a regret or a denied
 *   option keep it a limit.
 * - A fault told as what happens without the fix ("without the patch, the queue can't be drained") is a diagnosis; a
 *   limit without a receipt or a plan stays one.
 * - A harm nobody wants made impossible ("it's not possible to lose progress") and data we never sell or share reassure
 *   (as S21's "impossible for anyone else to see your password"); "not possible to delete the account" and "we don't
 *   track" stay limits.
 * - A regret over an event that didn't happen ("unfortunately the courier didn't deliver on time") tells what went
 *   wrong; a past decision ("your claim wasn't approved", "didn't qualify") stays a refusal.
 * - R-K1: a cause named and our product denied ("caused by your antivirus, not by our game") rejects the report, as S40
 *   read "the fault lies with the firmware, not with our driver"; "… not your router" (the customer's thing) stays out.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a negated close keeps the report open (N1 "closing an unresolved report")',
  'negative-language',
  ["I'm closing this, it's not a bug in the installer.", "Closing this ticket as we haven't heard back."],
  [
    "I won't close this until it's fixed for you.",
    "We're not closing the ticket yet, I'm still waiting on the courier.",
    "Don't worry, we will never close a ticket while you're still waiting on us.",
  ],
);

signalCases(
  '"which is why" after a third thing\'s limit explains how it works (N1 fact)',
  'negative-language',
  [
    "We don't offer refunds on sale items, which is why the request was declined.",
    "You can't change the username, which is why the field is greyed out.",
    "The app doesn't support exporting to PDF, which is why the menu item is missing.",
  ],
  [
    'The hypervisor does not expose the counter to the guest, which is why perf shows nothing.',
    'The controller doesn\'t support 64-bit addressing, which explains the bounce buffers in your trace.',
    "The old bootloader doesn't support GPT disks, and that's why the second drive never shows up.",
  ],
);

signalCases(
  'what happens without the fix is a diagnosis, a limit without a receipt is not (N1 fact)',
  'negative-language',
  ['Without a receipt, the order cannot be refunded.', "Unfortunately we can't refund it without the original packaging."],
  [
    'Without the patch, the queue cannot be drained and the reset hangs.',
    "Without this fix the controller can't recover from a link drop.",
    'Without the quirk applied, the touchpad is not able to wake the laptop.',
  ],
);

signalCases(
  'a harm made impossible, data never sold: reassurance, not a limit (N1, as S21)',
  'negative-language',
  ["It's not possible to delete the account from the app.", "We don't sell gift cards in our stores.", "We don't track individual deliveries, so I can't tell you where it is."],
  [
    "It's not possible to lose progress once you're logged in with your account.",
    "Don't worry, it's impossible to be charged twice for the same order.",
    "We don't sell your data to anyone.",
  ],
);

signalCases(
  'a regret over an event that didn\'t happen tells what went wrong; a past decision stays a refusal (N1)',
  'negative-language',
  ["Unfortunately your claim wasn't approved.", "Unfortunately the order didn't qualify for the discount.", "Sadly, we don't ship to Norway."],
  [
    "Unfortunately the courier didn't deliver on time; I've refunded the delivery fee.",
    "Unfortunately your message didn't include the order number, could you send it?",
    "Sadly the parcel didn't arrive with the second box, so I've sent it again today.",
  ],
);

signalCases(
  'a cause named with our product denied rejects the report (R-K1); a contrast with the customer\'s thing does not',
  'negative-language',
  [
    'This is caused by your antivirus, not by our game.',
    'The freeze is triggered by the power-saving setting in your BIOS rather than the driver.',
  ],
  [
    'The noise is caused by a loose cable, not your router.',
    'The slowdown was caused by our last update, not by anything you did.',
    'The crash was caused by our server update, not the app on your phone.',
  ],
);
