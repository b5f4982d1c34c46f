/**
 * Session 50 (judge-n): negative language, what negative-product-limit reads narrowed by structure. Sentences written
 * for these tests, none copied from a corpus row.
 * - Not negative language (N1, "negatively worded facts that explain how something works"): a step verb in the
 *   passive after "can't be" that tells how the product behaves ("the old key can't be used to open the new vault").
 *   "It can't be done" and a refusal of what the customer asked ("your booking can't be changed now") still count.
 * - review (rf-n): a hardware or low-level part (<nl-component>: chipset, kernel, firmware, driver, codec, browser …)
 *   that lacks the support, as subject or as the agent or place of "not supported": a fact of the machine (N1). The
 *   customer's plan or tier, our app or store, the customer's phone, support withdrawn and "can't be <verb>ed" stay.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  '"can\'t be done" is a limit; a step verb in the passive that explains how it works is not (N1)',
  'negative-language',
  [
    'I am afraid that cannot be done from our side.',
    'Sadly a merge of the two accounts can\'t be achieved.',
    'Your booking can\'t be changed this close to the arrival date.',
  ],
  [
    'Each recovery key is tied to one vault, so the old key can\'t be used to open the new one.',
    'The original folder name is gone after the move, so it cannot be used to find the backup; search by date instead.',
    'Once the download finishes the temporary file can\'t be opened by other apps, which keeps it safe.',
  ],
);

signalCases(
  'review (rf-n): a hardware or low-level part that lacks the support states a fact of the machine (N1); plans, apps and refusals stay',
  'negative-language',
  [
    'Your plan does not support custom domains.',
    'Unfortunately the basic tier doesn\'t support exporting to PDF.',
    'I\'m afraid we do not support that printer any more.',
    'Multiple accounts per phone number are not allowed.',
    'Sorry, this promo code is not supported for orders outside the UK.',
    'Our firmware doesn\'t support that, and we have no plans to add it.',
    'Your card isn\'t supported by the payment processor we use.',
    'The pricing model doesn\'t include refunds for partial months.',
    'Wi-Fi calling is not supported on your handset, I\'m sorry.',
    'I\'m afraid the firmware cannot be downgraded once installed.',
    'The old API version is no longer supported by the SDK, so the call returns an error; switching to v3 fixes it.',
    'The app doesn\'t support your device, so we can\'t offer a refund for the in-app purchase.',
  ],
  [
    'The older firmware doesn\'t support WPA3; after the update the option appears in the router menu.',
    'The 5.4 kernel doesn\'t support this touchpad yet; the driver landed in 5.10.',
    'That codec is not supported by the older decoder chip in this receiver.',
    'The legacy BIOS mode is not supported on boards from that generation; switch to UEFI in the setup screen.',
    'Most browsers don\'t support that old plugin format any more; the web version works in all of them.',
    'HDR output is not supported by the built-in GPU on that laptop; an external card would handle it.',
    'The stock bootloader doesn\'t recognise the new partition layout until you update it.',
  ],
);

signalCases(
  "second read (lead): the customer's whole machine and our app's own limits stay negative; asking others ourselves with \"could\" is our act (N1, O2)",
  'negative-language',
  [
    "The free version of our app for browsers doesn't support exports.",
    "Unfortunately your hardware doesn't support the new version.",
  ],
  ["The older firmware doesn't support WPA3, so it cannot join that network.", 'I could ask the GTK devs about it for you.'],
);
