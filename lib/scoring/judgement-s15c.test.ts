// Session 15 (judgement-c): empathy and closing questions by structure. Each block pairs the structure with
// controls that must not fire. Sentences written for these tests, not corpus rows.
import { signalCases } from './test/signal-cases';

signalCases(
  "the business's own feeling on hearing of the visit is neither empathy nor apology (replies-brand.md, E1)",
  'empathy',
  [
    // The customer's situation as the subject, and a sadness the labels count.
    "That's awful to hear, a two-hour wait with a toddler.",
    "We're sad to hear that you feel this way about the new plan.",
    'We hate to hear this. Can you tell us which branch it was?',
  ],
  [
    "It's upsetting to hear that your table was not ready on time.",
    'We are disappointed to hear that your stay was anything less than great.',
    "We're unhappy to see that you're not enjoying the loyalty points.",
  ],
);

signalCases(
  "a sorry-sentence that names the customer's feeling as a state (E1: \"sorry you feel that way\")",
  'empathy',
  [
    "We're sorry you are dissatisfied with the paint job.",
    'I am sorry you left feeling let down after your appointment.',
    'We regret that you were frustrated by the checkout.',
  ],
  [
    // Sorry for a fact, not a feeling: apology only.
    "We're sorry the parcel arrived late.",
    'Sorry you are seeing this error after the update.',
  ],
);

signalCases(
  'a can-you request to try a possible fix, written without a question mark, is a closing question (Q1, R-F2)',
  'closing-question',
  ['Can you try the 5.4 kernel with the new driver, thanks.', 'Could you retry with the nightly build and report back.'],
  [
    // A diagnostic run for its output (R-F2), the agent's own plan, and a plain instruction.
    'Can you try running it with the debug flag and send the log.',
    'I can try the nightly build on my machine tomorrow.',
    'Please try the nightly build.',
  ],
);

signalCases(
  'a sorry-sentence that calls the experience a feeling-causing one (E1, replies-brand.md)',
  'empathy',
  ['We are sorry you had such a stressful afternoon at the clinic.', 'I regret that you went through such an upsetting visit.'],
  [
    // A bad or negative experience names no feeling: apology only.
    "I'm sorry you had a bad experience with the courier.",
    'We apologize you had this experience at the front desk.',
  ],
);
