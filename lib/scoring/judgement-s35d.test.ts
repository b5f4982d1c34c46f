// Session 35 (judge-d). Rulings applied:
// - condescension, CON1 ("talking down": "should have read", "obviously") and R-F3 (pointing at what the customer
//   should have read or understood): a verdict on what the customer knows, read or noticed ("you don't seem to
//   understand…", "you're taking it out of context", "are you absolutely sure you…?", "didn't you even read…?"), and
//   their report or expectation dismissed ("not sure what you expected", "that's user error").
// - empathy, LABELING's validations ("That shouldn't be happening", "That doesn't seem right!"): the norm the
//   customer's case broke, said of them or of the process ("you shouldn't be seeing this", "cancelling should always
//   be easy"), or our own verdict agreeing the thing is bad ("the export is terribly confusing", "a bit of a mess").
// Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'a verdict on what the customer knows or read, or their report dismissed',
  'condescension',
  [
    "You don't seem to understand how the billing cycle works.",
    'You did not appear to be fully aware of the new limits when you wrote this.',
    "You're quoting our announcement out of context.",
    'Are you absolutely sure you plugged the dock into the right port?',
    "Didn't you even read the welcome email?",
    'Not sure what you expected from a free tier, honestly.',
    'This sounds like pilot error to me, the sync works fine.',
    'If you actually read the setup page, the steps are all there.',
    'The limit is printed on the order page, which everybody can see.',
  ],
  [
    'Are you sure? I can cancel the order for you right now.',
    'You seem to be on the old version; the update is below.',
    "Didn't get the code? I've sent it again.",
    "If you don't know your password, use the reset link.",
    'What did you expect to happen when you pressed Export?',
    'It was an operator mistake on our side, and we have refunded you.',
  ],
);

signalCases(
  'a validation: the norm the case broke, or our own verdict agreeing it is bad',
  'empathy',
  [
    'You should not be seeing this error after the update.',
    'Cancelling a plan should always be straightforward.',
    'Getting a refund should never be this hard.',
    'The old import screen is terribly confusing, and we are redesigning it.',
    'Honestly, that help page is a bit of a mess.',
  ],
  [
    'You should not be charged again; the second payment was refunded.',
    'The setup should be easy: open Settings and tap Pair.',
    'The cable is broken, so a new one is on its way.',
    'Your desk looks like a mess in the photo, but the dock is fine.',
  ],
);

// C1 (confirm_resolution, RULINGS): "asks whether the problem is now resolved after something that could have resolved
// it and that the reply mentions: a delay"; and whether an answer worked for the customer (R-F2 "Does that help?"):
// it applies to their case, or the explanation makes sense. Q1: asked as a question, a closing question too.
signalCases(
  'a resolution check after a delay, or whether the answer fits their case',
  'confirm-resolution',
  [
    'The limit comes from the card issuer, not from us. Let me know if this applies to your case.',
    'The cache keeps the old token for an hour. Does that explanation make sense?',
  ],
  [
    'Are you still unable to open the invoices? Please send a screenshot.',
    'Let me know if you need anything else.',
    'Does your router show a green light?',
  ],
);

signalCases(
  'the same checks asked as questions are closing questions',
  'closing-question',
  ['The cache keeps the old token for an hour. Does my answer make sense?'],
  ['Are you still seeing the error? Which browser do you use?'],
);

// R-F3 (pointing at what the customer should have read, CON1): it was there to read before judging.
signalCases(
  'what the customer should have read before judging',
  'condescension',
  [
    'It plainly states on the product page that the bundle is digital only.',
    'Did you check the requirements before purchasing the add-on?',
  ],
  [
    'It clearly says on your receipt that you paid twice, so I have refunded one.',
    'Did you check the requirements page? It lists the GPU drivers.',
  ],
);

// C1 "a new release" and R-X6 (an invitation to test after the helper changed something): the product tried again after
// the change the reply names; "we hope you'll give us another chance" asks for custom, not a test.
signalCases(
  'the product tried again after the change',
  'confirm-resolution',
  ['We have just released a patch for the save bug, in case you want to give it another try.'],
  ['We hope you will give us another chance next time you visit.', 'Give it another try later tonight.'],
);
