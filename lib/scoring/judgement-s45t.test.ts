/**
 * Session 45 (judge-t): teach (RULINGS T1/T2). Sentences written here (none copied from a corpus row).
 *
 * 1. The status gate on the learned teach add (learned.ts teachAddGated, teach-reading.ts isStatusReport) reads the
 *    agent's own sentences only. A status sentence the agent QUOTES — a "> " line of the customer's mail, or a passage
 *    in quotation marks — is the customer's words, not a status report of the agent's, so it does not hold back a
 *    learned add; the same sentence written by the agent still does.
 * 2. The gate's case nouns and progress participles are word-classes.ts classes (CASE_NOUNS, PROGRESS_PARTICIPLES) and
 *    its step verbs the pack's <howto> class, read as an imperative: a how-to verb that is also a noun ("store",
 *    "link") inside a status sentence names no step, while "please tap …" or "…, go to …" does.
 * 3. Rule teach (packs/default.yaml unless_sentence): a reason for the tracker's own state of a report ("that's why the
 *    ticket is still open", "this may end up being a wontfix") justifies a triage decision, and "clear" after a degree
 *    word or "made it" is the adjective ("we made it very clear when you booked"): neither teaches. A cause of the fault
 *    and a hold that clears when something happens still do.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { compileEngine } from './engine';
import { compileLearned, teachAddGated } from './learned';
import { isStatusReport } from './teach-reading';
import { signalCases } from './test/signal-cases';

const engine = compileEngine(DEFAULT_PACK);
const layer = compileLearned(DEFAULT_PACK, { labels: [] }, engine);
const gated = (text: string): boolean => {
  const run = engine.run(text);
  return teachAddGated(run, layer.features(run));
};

describe('the status gate reads the agent’s sentences, not a status the agent quotes (S45)', () => {
  const status = 'Your replacement has been approved and the new unit will ship on Monday.';

  it('gates the status when the agent writes it', () => {
    expect(isStatusReport(status)).toBe(true);
    expect(gated(`Hi Dana,\n\n${status}\n\nBest,\nSam`)).toBe(true);
  });

  it('does not gate a status quoted from the customer on a "> " line', () => {
    const text = `On Tue, Dana wrote:\n> ${status}\n> But nothing has come yet.\n\nHi Dana,\n\nThanks for the note, I am glad to hear from you.\n\nBest,\nSam`;
    expect(gated(text)).toBe(false);
  });

  it('does not gate a status quoted in quotation marks inside the agent’s sentence', () => {
    const text = `Hi Dana, you wrote "${status}" in your last note, thanks for the note.`;
    expect(gated(text)).toBe(false);
  });
});

describe('a status sentence hands over a step only through an imperative how-to verb (S45, one list with <howto>)', () => {
  it('reads a how-to verb used as a noun as no step', () => {
    expect(isStatusReport('Your parcel is ready for collection at the store.')).toBe(true);
    expect(isStatusReport('The patch has been merged and the link will be live tomorrow.')).toBe(true);
  });

  it('reads an imperative how-to verb after the status as a step', () => {
    expect(isStatusReport('Your parcel has been dispatched, please tap Track in the app to follow it.')).toBe(false);
    expect(isStatusReport('Your parcel has been dispatched; to follow it, open Orders.')).toBe(false);
  });
});

signalCases(
  "a reason for the tracker's own state of a report (why it stays open, what it may end up as) is no teaching; a cause of the fault is (T1)",
  'teach',
  [
    // A cause of the fault itself, on a tracker.
    'The crash is still there because the parser drops the flag when the file has no header, so the loader reads past the end.',
    // A balance or hold that clears, a mechanism.
    'The hold on your card clears when the hotel closes the bill, usually a day after you check out.',
  ],
  [
    // Why the ticket is still open, and what it may end up as: triage, not how the product works.
    'Still seeing this on 2.4, which is why the ticket is still open. Thanks for the extra logs.',
    'I can reproduce it, but this may end up being a wontfix, since the old widget is going away.',
    // The adjective "clear": what we said, not a mechanism.
    'We made it very clear when you booked that breakfast was not part of the rate.',
  ],
);

signalCases(
  'a cause given with "it is clear that" or "X is clear when" still teaches; only "make it clear" is the adjective (S45 fix, finding 3)',
  'teach',
  [
    // The reviewer's sentences: "clear" as a verdict or a state, followed by a real cause.
    'It is clear that the timeout comes from the proxy, because it cuts idle connections after 30 seconds.',
    'The flag is clear when the job finishes, because the worker resets it on exit.',
    // Written here.
    'It was clear on the graph that the queue backs up when the worker restarts, since jobs wait for the lock.',
  ],
  [
    // Written here: "make it clear" (the adjective), what we said.
    'I want to make it clear that we will not charge you for the second night.',
    'We made it clear when you signed up that the plan renews because billing runs monthly.',
  ],
);

signalCases(
  'a tracker state with the cause of the fault still teaches; only "which is why" or a triage reason for the state does not (S45 fix, finding 4)',
  'teach',
  [
    // The reviewer's sentences: a tracker state with the cause of the fault.
    'That issue was closed because the parser trims the trailing slash before it matches routes.',
    'The ticket was closed because the error comes from your proxy, which strips the auth header.',
    // Written here.
    'The bug stays open because the cache keeps the old token until the session expires.',
  ],
  [
    // Written here: a triage reason for the state.
    'The ticket was closed as a duplicate of the earlier report, so please follow that one.',
    'The issue was closed because there was no reproducer, but feel free to reopen it.',
  ],
);

describe('a step after a dash or an opening bracket is a step (S45 fix, finding 10)', () => {
  it('reads an imperative how-to verb after a dash or bracket as a step', () => {
    // The reviewer's sentences.
    expect(isStatusReport('Your parcel has shipped — tap Track in the app to follow it.')).toBe(false);
    expect(isStatusReport('Your parcel has shipped (click Orders to follow it).')).toBe(false);
    expect(isStatusReport('Your booking is confirmed — select your seat from My Trips.')).toBe(false);
    // Written here.
    expect(isStatusReport('Your refund has been approved - open Wallet to see it.')).toBe(false);
  });

  it('still reads a status with a hyphenated word and no step as a status', () => {
    expect(isStatusReport('Your ticket has been re-opened and the fix will ship on Monday.')).toBe(true);
    expect(isStatusReport('Your order has shipped (the tracking link is in the email).')).toBe(true);
  });
});
