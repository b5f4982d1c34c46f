/**
 * Session 38 fix-a: negative-language readings added this session narrowed after a read-only review (LABELING
 * negative language; corpus-extra README R-D3, R-K1, N1, O2). The rulings applied:
 * - R-D3 (no plan to implement): only the customer's request or feature refused for the future is a refusal
 *   ("that feature won't be added"); a charge that won't be added to an invoice is reassurance, and "won't be added …
 *   until" is a timing (pack rule negative-rejection).
 * - R-D3/R-K1: a product described as designed for something, followed by the step that covers the customer
 *   ("…, so just press it …"), is a way round, not a rejection (negative-rejection, except).
 * - R-D3: "we don't want to add" a charge to the customer's own account is the agent's own side, not a proposal
 *   refused (negative-rejection, except).
 * - O2: our own department named as knowing better, with the case forwarded to them, is an internal hand-off
 *   (ownership), not a redirect (negative-language, except).
 * - N1: a policy verdict "… a promotion that won't work for you" is a refusal; only the customer's reported failure
 *   restated in a relative clause ("the file that doesn't work for you") is excepted.
 * The reviewer's sentences are kept as given; every other sentence was written for this test.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  "won't be added: only the customer's request or feature refused (R-D3)",
  'negative-language',
  [
    "Sorry, that feature won't be added.",
    'Your request will not be supported in the mobile app.',
    'Dark mode will probably not be implemented this year.',
  ],
  [
    "Don't worry, the late fee will not be added to this month's invoice.",
    'The next update will not be added to the store until Apple approves it, probably next week.',
    "Relax, the shipping charge won't be added to your order.",
    'That one will not be added until the 4.2 release ships.',
  ],
);

signalCases(
  'designed as, with the step that covers the customer (R-D3, R-K1)',
  'negative-language',
  [
    'The app is designed as a habit tracker, not a calendar.',
    'This tool was intended as a viewer only.',
  ],
  [
    "The export button is designed as a one-click backup, so just press it before you update and you're covered.",
    'The sync tab is meant as a quick backup, so simply tap it before a reinstall.',
    'The archive folder was designed as a safety net, so you can restore anything from it.',
  ],
);

signalCases(
  "the agent's own side: no charge added to the customer's account (R-D3)",
  'negative-language',
  ["We don't want to add that to the core library.", "We don't want to add another dependency to the SDK."],
  [
    "We don't want to add another charge to your account, so I've waived the fee.",
    "I don't want to add a fee to your bill for this, so it's on us.",
  ],
);

signalCases(
  'our own department with the case forwarded is an internal hand-off (O2)',
  'negative-language',
  ['The NUT folks will have a better idea about this one.', 'The firmware maintainers would know more about that flag.'],
  [
    "The billing folks will have a better answer for you on that, so I've forwarded your case to them and they'll email you today.",
    "The shipping team will know more, so I've passed your order on to them.",
    "The security people would know best, so I've escalated this to them.",
  ],
);

signalCases(
  'a policy verdict in a relative clause is a refusal, a restated failure is not (N1)',
  'negative-language',
  [
    'Unfortunately that coupon is a promotion that won\'t work for you, as it is limited to new customers.',
    'Sadly this is a plan that will not work for you, since it only covers one seat.',
  ],
  [
    'Could you attach the config file that does not work for you?',
    "Please send me the log from the laptop that doesn't work for you.",
  ],
);
