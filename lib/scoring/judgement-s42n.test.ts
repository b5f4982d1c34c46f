/**
 * Session 42 (judge-n): ownership and negative-language false alarms narrowed by structure. Sentences written for these
 * tests, none copied from a corpus row.
 * - Ownership (O3: an action on this customer's case): what the reply itself holds ("I've provided an example below",
 *   "I have linked the article above") is the answer's content, not an act on the case; a patch or fix put below stays.
 * - Ownership (O1): the order the reply takes ("I'll skip on to the points you raised", "I'll start with your first
 *   question") is talk about the answer; "I'll start with checking your logs" stays.
 * - Ownership (O1, standing availability): watching a channel in general ("I'm keeping an eye on the forums") is no step
 *   on the case; watching this customer's ticket stays.
 * - Negative language (N1, S13 "a device or third party that can't is the problem"): the product, its log or its screen
 *   reporting that something can't be done ("the app says it's unable to sync") describes the customer's problem;
 *   the writer saying it ("I said that it's not possible") or our system refusing stays.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  "what the reply holds, below or above, is no act on the case (O3)",
  'ownership',
  [
    "I've attached a patch below, please test it and tell me if the crash is gone.",
    "I've posted a fix here, please try it.",
    "I have attached your corrected invoice to this email.",
  ],
  [
    'I have provided an example of the config file below.',
    "I've attached a screenshot of the setting below.",
    'I have linked the relevant article above.',
  ],
);

signalCases(
  'the order the reply takes is talk about the answer (O1)',
  'ownership',
  ["I'll start with checking your logs and get back to you.", "I'll go through your account settings and fix the address."],
  ["I'll skip ahead to the points you raised.", "I'll start with your first question.", "Let's move on to the second part."],
);

signalCases(
  'watching a channel in general is standing availability, watching the case is not (O1)',
  'ownership',
  ["I'm keeping an eye on your ticket and will update you."],
  [
    "I'm keeping an eye on the forums and answering there most days.",
    "I'm monitoring the discussions daily, so post there any time.",
  ],
);

signalCases(
  'the product or its log reporting a failure describes the problem (N1, S13)',
  'negative-language',
  [
    "Our system shows we can't process a refund on this order.",
    "I said that it's not possible to move the licence.",
    'Unfortunately we are unable to refund this order.',
  ],
  [
    "The app says it's unable to sync.",
    'Your log shows the device is unable to wake from suspend.',
    'The installer complains that it is not possible to write to the folder.',
    'Steam shows the game as unable to launch.',
  ],
);
