/**
 * Session 50 (judge-t): teach by structure. Sentences written for these tests, none copied from a corpus row.
 * - Teach (RULINGS T1: "what went wrong"): a cause word and a faulty state named bare, with no article (class
 *   <fault-state>): "may be caused by lack of free memory", "fails due to missing permissions". A refusal's reason ("we
 *   can't process it due to missing documents", "your refund was denied due to …") stays a justification (T1), and
 *   so does a lack of our own time or people ("due to lack of time": a reason for our schedule); a demand names no
 *   fault, and a question asks rather than states.
 * - Not teach (RULINGS T2: "how-tos that only help the customer send the agent information"): a command run only to
 *   post back what it answered ("run `git status` and post the response", "paste its output").
 */
import { signalCases } from './test/signal-cases';

signalCases(
  'a cause word and a faulty state with no article is a stated cause (T1); a refusal, demand or question is not',
  'teach',
  [
    'The key generator stalls, probably caused by lack of entropy on a fresh VM.',
    'The upload fails due to missing permissions on the folder.',
    "That's because of stale entries in the cache.",
    'The sync stopped due to too many open files.',
    'The payment bounced due to incorrect bank details.',
    'The daemon hangs due to lack of memory on the host.',
  ],
  [
    "We can't process it due to missing documents.",
    'Your refund was denied due to missing receipts.',
    'The delay was due to high demand.',
    'Is this caused by missing drivers?',
    'Nobody has picked it up yet due to lack of time.',
    'The rewrite is stalled because of a lack of volunteers.',
  ],
);

signalCases(
  'a command run only to post back what it answered gets us information (T2); the same command as a fix teaches',
  'teach',
  ['Run `npm dedupe` in the project folder to remove the second copy.'],
  [
    '@user run `git log -1` in your shell and post the response',
    'Run `npm ls react` in the project folder and paste its output.',
  ],
);
