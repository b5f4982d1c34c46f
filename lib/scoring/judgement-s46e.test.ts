/**
 * Session 46 (judge-e): the next contact as care desks write it, checked on sentences written here (none copied from a
 * corpus row).
 *
 * - "Revert" in the sense of reply ("we'll check and revert to you", "our team will follow up and revert with
 *   feedback") promises the next contact like "get back to you" (LABELING "we will be in contact", R-C2): the `contact`
 *   word class. Only with its addressee or what the reply brings, so a rollback ("we'll revert the commit", "revert back
 *   to the old version") is no promise; an "asap" contact stays hedged as before.
 * - "Please expect further communication." tells the customer to wait for the next contact on the case (X1); "expect
 *   further delays" names no contact.
 * - A return visit we look forward to ("we look forward to welcoming you back soon") is the customer's choice, a wish
 *   like "hope to see you soon" (X1): "soon" there is no next event; a promise in the same sentence still is.
 * - A sorry for a feeling we caused, in the infinitive or gerund ("sorry to frustrate you", "apologies for upsetting
 *   you"), or for "the feeling you got", names the customer's feeling (E1, R-WB1): empathy. "Sorry to bother you" (a
 *   hassle), "sorry to disappoint you" (a refusal formula) and "sorry for the confusion" (our wording) are not.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  '"revert to you / with feedback" after a promise is the next contact (R-C2, X1); a rollback is not',
  'expectation',
  [
    'We will check this with the billing team and revert to you.',
    'Our support team will follow up on the delivery and revert back with feedback.',
    'I shall confirm the booking with the branch and revert with an update.',
  ],
  [
    'We will look into this and revert back to the old driver.',
    'The settings will revert back to the defaults after a restart.',
    'We will check the logs and revert to you if we find anything.',
  ],
);

signalCases(
  '"please expect further communication" is the next contact on the case (X1); further delays are not',
  'expectation',
  ['Thank you for your patience. Please expect further communication.', 'Your case is open; expect further updates from our team.'],
  ['Please expect further delays on this route.', 'Expect further communication to be slow over the holidays.'],
);

signalCases(
  '"we look forward to welcoming you back soon" is a wish, not a next event (X1); a promise beside it still is',
  'expectation',
  [
    'We will post the refund cheque soon, and we look forward to your next stay.',
    'Our engineer will call you shortly.',
  ],
  [
    'We look forward to welcoming you back to the lake house soon!',
    'Looking forward to serving you again soon.',
    'Thank you for staying with us; we look forward to seeing you soon.',
  ],
);

signalCases(
  'a promise joined to the look-forward wish by "and will" is still a next event (X1; review finding 3)',
  'expectation',
  [
    'We look forward to serving you again and will ship your replacement soon.',
    'We look forward to your next visit and will send the voucher shortly.',
    'Looking forward to seeing you at the clinic, and our nurse will ring you soon.',
  ],
  [
    'We look forward to seeing you back at the cabin soon.',
    'We look forward to your next stay with us shortly.',
  ],
);

signalCases(
  'a sorry for the feeling we caused names the customer\'s feeling (E1, R-WB1); a hassle or our wording does not',
  'empathy',
  [
    'Sorry to frustrate you with the new plan prices.',
    'We apologise for upsetting you with that email.',
    'I am sorry to have worried you about the charge.',
    'We sincerely apologise for the feeling you got that the desk staff were cold.',
  ],
  [
    'Sorry to bother you again, could you send the invoice number?',
    'Sorry to disappoint you, but the dark theme is not planned.',
    'Sorry for the confusion in my last message.',
    'Sorry for the delay, the feeling on the team is that this fix is ready.',
  ],
);

signalCases(
  'a sorry for annoying the customer is a hassle apology like "sorry to bother you", not a named feeling (E1; review finding 10)',
  'empathy',
  ['Apologies for stressing you out before the trip.', 'I am sorry to have upset you on the phone.'],
  [
    'Sorry for annoying you with all these questions.',
    'Sorry to annoy you again, but which printer model is it?',
    'Apologies for having annoyed you with three reminder emails.',
  ],
);
