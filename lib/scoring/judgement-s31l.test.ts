// Session 31 (lead). Sentences written for these tests (never corpus rows).
//   1. The helper's own change made "to see if" it fixes the fault is a trial of ours, not a check asked of the
//      customer (C1): "We'll roll back the change to see if that fixes it". A step the customer is asked to take
//      "to see if" it helps still asks for the check.
//   2. How long the service takes, said back to be confirmed ("Delivery takes 3 days, right?"), is a question about the
//      service, not a wait (H1); "Why does the refund take 3 weeks?" still complains of one.
//   3. Given names written with an inner capital after a prefix ("TaNisha", "ShaQuille", "KeShawn") are names (P1),
//      as "DeShawn" and "LaToya" were; "SilverHawk" and "TeKrasso" stay handles (R-PERS1).
import { describe, it } from 'vitest';
import { hurried, unhurried } from './test/mood-cases';
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

describe('how long the service takes, said back to be confirmed, is no wait', () => {
  it.each(['Delivery takes 3 days, right?', 'Shipping takes 5 days, correct?', 'A transfer takes 2 days, is that right?'])(
    'calm: %j',
    (m) => unhurried(m),
  );
  it.each(['Why does the refund take 3 weeks?', 'It takes 3 weeks to get a refund, right? I need it by Friday.'])(
    'hurried: %j',
    (m) => hurried(m),
  );
});

signalCases(
  'a given name with an inner capital after a name prefix is a name, a handle is not',
  'personalization',
  ["Hi TaNisha, I've reissued the voucher for you.", "Hi ShaQuille, I've reissued the voucher for you.", "Hi KeShawn, I've reissued the voucher for you."],
  ["Hi SilverHawk, I've reissued the voucher for you.", "Hi TeKrasso, I've reissued the voucher for you."],
);
