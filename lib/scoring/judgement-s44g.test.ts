/**
 * Session 44 (judge-g): the STATUS GATE on the learned teach add (learned.ts teachAddGated). RULINGS T1 counts "a bare
 * status report ('fixed now', 'still delayed')" out of teach; a cause or a step for the customer counts. The word model
 * may add teach the rules missed, and on status replies it had leaned that way (learned-s38f.test.ts); the gate stops
 * the ADD when a sentence of the reply is a bare status report on the customer's case (teach-reading.ts isStatusReport)
 * and no cause, result, general-rule or how-to word class (TEACH_ADD_GATE_OPENERS) is in the reply. Sentences written
 * here (none copied from a corpus row).
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PACK } from '../rule-pack/default-pack.generated';
import { compileEngine } from './engine';
import { compileLearned, teachAddGated } from './learned';
import { signalCases } from './test/signal-cases';

const engine = compileEngine(DEFAULT_PACK);
const layer = compileLearned(DEFAULT_PACK, { labels: [] }, engine);
const gated = (text: string): boolean => {
  const run = engine.run(text);
  return teachAddGated(run, layer.features(run));
};

signalCases(
  "a reply that only reports where the customer's parcel, refund or fix stands is not teach; the same status with a step or a cause is (T1, T2)",
  'teach',
  [
    'Your new headset was dispatched this morning. To follow it, open Orders in your account and tap the tracking number.',
    'Your refund has been processed, but it shows as pending for a few days because the bank holds it before it posts.',
  ],
  [
    'Thanks for waiting, Priya. Your new headset was dispatched this morning and it is now with the courier, who will bring it to your door on Thursday between nine and one.',
    'I checked with the warehouse for you. The replacement kettle has been packed and it is ready for collection at the Main Street branch from tomorrow afternoon.',
  ],
);

describe('teachAddGated (learned.ts): when the model may not add teach', () => {
  it('gates a reply whose only news is the state of the case', () => {
    expect(gated('Good news: your exchange has been approved and the new unit will ship on Monday.')).toBe(true);
  });

  it('does not gate a status next to a cause or a step, nor a reply with no status sentence', () => {
    for (const text of [
      'Your exchange has been approved. It took a while because the serial number was missing from the form.',
      'Your exchange has been approved. Go to Returns in your account to print the label.',
      'The app stores a draft on the phone first and only sends it when the phone is online.',
    ])
      expect(gated(text), text).toBe(false);
  });
});
