// Session 18 (judge-b, issue 10): fewer teach false alarms, by structure — a reason that only justifies a
// refusal (RULINGS T1), and an opening imperative that names no place, order, purpose or control: a
// one-off step for this ticket rather than a how-to the customer can repeat (T2). Each block pairs the
// structure with controls. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a reason in a sentence that refuses or limits ("we can\'t refund it because …") justifies the refusal, it teaches no cause (T1)',
  'teach',
  [],
  [
    "We can't refund this order because it was bought more than 30 days ago.",
    "I'm unable to reissue the voucher since it has already been redeemed.",
    'You are not eligible for the upgrade offer because the plan is already discounted.',
    "We don't offer exchanges because the sale items are final.",
  ],
);

signalCases(
  'a cause of the customer\'s problem, with no refusal in its sentence, still teaches (T1)',
  'teach',
  [
    'The transfer failed because the account number had a typo in it.',
    'It was refused because the card had expired.',
    // The refusal and the cause in separate sentences: the cause stands.
    "We can't refund it. The charge went through because the trial ended on the 3rd and the plan renewed.",
  ],
  [],
);

signalCases(
  'an opening imperative with no place, order, purpose or control word is a one-off step, not a how-to (T2)',
  'teach',
  [],
  ['Enter your registered mobile number.', 'Use the new coupon.', 'Select your plan.', 'Update the app.'],
);

signalCases(
  'an opening imperative that says where, in what order, what for or instead of what is a how-to (T2)',
  'teach',
  [
    'Go to Settings > Notifications and switch off Email digests.',
    'Open the Billing page, then click Download invoice.',
    'Turn off the battery saver to let the sync run in the background.',
    'Set the timeout to zero in the config file.',
    'Untick the Read receipts box under Privacy.',
    'Use a separate key for each environment instead.',
  ],
  [],
);
