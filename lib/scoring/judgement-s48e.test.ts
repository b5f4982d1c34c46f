/**
 * Session 48 (judge-e): empathy's adverb slot read as one word class, checked on sentences written here (none copied from
 * a corpus row).
 *
 * - The adverb before a verb of understanding or of feeling with the customer ("I fully understand", "we sincerely
 *   sympathise", "I wholeheartedly share your frustration") is read as <sincere-degree>: every <degree> word plus the
 *   adverbs of sincerity and wholeness (sincerely, wholeheartedly, fully, honestly). Each cue used to spell its own
 *   extras beside <degree>, so "wholeheartedly share your frustration" was read and "wholeheartedly understand" was
 *   not. The exceptions for acknowledging a request (E1: "we fully understand your request") read the same class, so
 *   the adverb does not turn a noted request into empathy.
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'an adverb of sincerity or extent before understanding or sharing the feeling is empathy (E1); the same before a request is not',
  'empathy',
  [
    'I wholeheartedly understand, a week without heating is awful.',
    'We sincerely share your frustration with the outage.',
    'We honestly sympathise with you after such a long night.',
    'I fully understand how annoying the repeated logouts are.',
  ],
  [
    'We sincerely understand your request for a dark mode.',
    'I honestly understand that you want the export in CSV.',
    'We wholeheartedly thank you for the detailed report.',
    'To make sure we fully understand, which printer model is it?',
  ],
);
