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

/*
 * S48 fix (fixer-e), reviewer-3 finding 3: the positives above already showed empathy before this session's change
 * (through "is awful", "how annoying" or the old extras beside "sympathise"); these bare answers show it only because
 * the cue's adverb slot reads <sincere-degree>.
 */
signalCases(
  'a bare "understand"/"hear you" with an adverb of sincerity is empathy (E1 bare-verb answer)',
  'empathy',
  ['I wholeheartedly understand.', 'We sincerely hear you.', 'I honestly understand, losing a morning to this is rough.'],
  [],
);

/*
 * S48 fix (fixer-e), reviewer-3 finding 1: the exceptions for a request, a paraphrase of the report and our own policy
 * read the same adverb slot as the cue, so an adverb of sincerity does not turn them into empathy (E1).
 */
signalCases(
  'an adverb of sincerity before a noted request, a paraphrase or our own policy is still not empathy (E1)',
  'empathy',
  [
    'I honestly understand how frustrating a failed export is.',
    'We sincerely understand the stress a lost afternoon causes.',
  ],
  [
    "I honestly understand why you'd want a CSV option.",
    'I sincerely understand the need for a dark mode.',
    'I honestly understand how useful a bulk export would be.',
    'I sincerely understand how useful this would be.',
    'I honestly understand that the export runs nightly.',
    'We honestly understand our refund policy can seem strict.',
    "I really understand why you'd want a CSV option.",
    'We really understand the need for a dark mode.',
    'I fully understand that the export runs nightly.',
    'We fully understand our refund policy can seem strict.',
    'We wholeheartedly understand why you would want a calendar view.',
    'I sincerely see how handy a shared inbox would be.',
  ],
);
