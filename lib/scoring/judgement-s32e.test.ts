// Session 32 (judge-e): empathy by the verb of understanding (LABELING.md, RULINGS.md E1). Sentences written for
// these tests, not corpus rows.
// 1. Verbs of understanding a feeling and of feeling with someone: "comprehend" the customer's disappointment, "I
//    sympathise", "we empathise with your frustration" (the pack's <feel-with> class); not a requirement understood.
// 2. Understanding as fact-finding, not feeling (E1: a bare "I understand" counts when it answers a feeling, not
//    when it paraphrases the report): "I can understand that it connected", "to make sure we completely understand
//    what happened" read no empathy, whatever adverb or modal stands before the verb; a feeling named in the
//    paraphrase still counts, and so does a bare "I completely understand that."
// 3. Session 32 review (R1): the paraphrase except of 2 ("I can understand that it …") must not take a feeling named
//    after the subject: "I completely understand that this is frustrating", "I can understand that you're upset" are
//    empathy in every mood (a calm customer too, where empathy-evaluative does not read), the facts of 2 still not.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { signalCases } from './test/signal-cases';

const scorer = createScorer();
/** The words the report gives as evidence for empathy, with `customerMessage` as the customer's message. */
const empathyEvidence = (text: string, customerMessage?: string) =>
  scorer.score(text, customerMessage ? { customerMessage } : {}).breakdown?.find((b) => b.signal === 'empathy')?.evidence;

signalCases(
  'a verb of understanding a feeling, or of feeling with someone, is empathy',
  'empathy',
  [
    'We comprehend the disappointment, and a courier is on the way.',
    'I sympathise. Let me check the depot for you.',
    'We really empathize with your frustration over the outage.',
    'I do sympathize with the situation you were left in.',
  ],
  [
    'We understand your requirements and will quote by Friday.',
    'I comprehend the manual now, thanks.',
  ],
);

signalCases(
  'understanding the facts of the report, with a modal or an adverb before the verb, is not empathy',
  'empathy',
  [
    'I can understand that this has been stressful; the engineer comes at nine.',
    'We completely understand your frustration with the billing.',
    'I completely understand that. The engineer is booked for nine.',
  ],
  [
    'From the trace I can understand that the phone joined the network and then dropped it.',
    'Could you send the full log, to make sure we completely understand what is happening?',
    'So that I fully understand the setup, which router model do you have?',
    'I understand that you were charged twice; the second charge is reversed.',
  ],
);

describe('empathy: the evidence is the words of understanding', () => {
  it('points at the verb and the feeling it takes', () => {
    expect(empathyEvidence('We comprehend the disappointment. A refund is on its way.', 'Third late order this month!!')).toBe(
      'comprehend the disappointment',
    );
  });
  it('points at the verb of feeling with', () => {
    expect(empathyEvidence('I sympathise, that must have been a long night.')).toMatch(/^I sympathise/);
  });
});

describe('empathy: a feeling named after "understand that", whatever the mood (R1)', () => {
  const calm = 'Thanks, the export works now. One more question about the invoice layout.';
  const shows = (text: string) => scorer.score(text, { customerMessage: calm }).signals.empathy;
  it.each([
    'I completely understand that this is frustrating.',
    "I can understand that you're upset.",
    'I completely understand that you are frustrated with the delay.',
    'We can understand that this has been really annoying.',
  ])('shows it: %j', (t) => expect(shows(t)).toBe(true));
  it.each([
    'I can understand that it connected.',
    "I completely understand that you've already reinstalled it.",
    'I understand that the update removed the export button.',
    'I understand that it concerned your account.',
  ])('does not: %j', (t) => expect(shows(t)).toBe(false));
});
