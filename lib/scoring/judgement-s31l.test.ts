// Session 31 (lead). Sentences written for these tests (never corpus rows).
//   1. The helper's own change made "to see if" it fixes the fault is a trial of ours, not a check asked of the
//      customer (C1): "We'll roll back the change to see if that fixes it". A step the customer is asked to take
//      "to see if" it helps still asks for the check.
import { signalCases } from './test/signal-cases';

signalCases(
  "the helper's own change made to see if it helps asks nothing of the customer",
  'confirm-resolution',
  [
    'Please restart the router to see if that fixes it.',
    "We'd suggest you clear the cache to see if that helps.",
    "We'll roll back the change. Could you check again to see if that fixes it?",
  ],
  [
    "We'll roll back the change to see if that fixes it.",
    "I'll reset the port on our side to see whether that helps.",
    "We're going to revert the update to see if it makes a difference.",
  ],
);
