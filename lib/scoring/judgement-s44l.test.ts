/**
 * Session 44 (lead): the edges session 43's review drew around the "moved to another team" redirect (negative
 * language, LABELING "redirect to another channel or department"), pinned so a later reading cannot widen them
 * again. Sentences written for these tests, none copied from a corpus row.
 * - A customer moved to another team to carry on there is a redirect.
 * - Not a redirect: the customer placed in a queue or list of ours (they stay with us, nothing to do elsewhere), and a
 *   case moved while the agent says they stay on it (the agent keeps it: O2).
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a move to another team to go on there is a redirect; a queue, a list, or a move the agent stays on is not',
  'negative-language',
  ["I'll transfer you to our billing team, they can sort the refund out with you."],
  [
    "I've put you on to our priority support queue.",
    "I've put you on our waiting list for the next delivery slot.",
    "I've moved your case to our escalations team, and I'll stay on it with you until it's fixed.",
  ],
);
