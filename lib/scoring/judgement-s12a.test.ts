// Session 12 structures of the default pack (judgement-a, issue 10): teach-howto given as a means
// (RULINGS T2) — "by <means verb>-ing", "you can / need to <means verb> the …", and a function call
// in the reply's own words. Controls that must not teach: routing by a means ("by calling us"),
// try-X steps, requests for information, pleasantries, "working as designed". Sentences written
// for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  'how-tos given as a means or a function call (T2)',
  'teach',
  [
    'You can hide the panel by calling setVisible(false) on its widget.',
    'The sample rate can be lowered by increasing the delay between readings.',
    'You would need to loop through every control and clear its tooltip.',
    'You need to register the callback before the first frame is drawn.',
    'Replace the check with inherits(x, "frame") and it goes through.',
    'Wrap the input in textConnection() first.',
  ],
  [
    // Controls: routing, a try-X step, a request, "please try again", a ritual.
    'You can reach our billing team by calling 0800 123 456.',
    'Please raise a ticket via in-app support by clicking on the transaction ID.',
    'We improve the app by using the feedback you send us.',
    'If you restart the router, it should work again.',
    'If you go to your nearest branch, they will sort it out.',
    'You could try installing the latest version.',
    'Please try again in a few minutes.',
    'Please send us the output and we will take a look.',
    'Happy to help, have a great day!',
    'restart the app after you update it',
  ],
);

signalCases(
  'causes that are not causes: scope, a reason for asking, working as designed (T1)',
  'teach',
  [],
  [
    'Thanks so much for the kind words!',
    'Could you tell me which version you are running?',
    'This website is mainly used to track bug reports, please post ideas on the forum.',
    'The reason I ask is that I want to rule out the network.',
    'Please send us your order number, otherwise we cannot look this up.',
    'There could be a few reasons for this.',
  ],
);
