// The customer's mood as the report carries it: independent flags, the one the coach leads with, the words.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const mood = (customerMessage: string) => scorer.score('Thanks, I am on it.', { customerMessage }).mood;

describe('report.mood', () => {
  it('has the contract shape on every report, calm without a message', () => {
    expect(scorer.score('Thanks, I am on it.').mood).toEqual({ kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] });
    expect(scorer.score('   ', { customerMessage: 'ASAP please!' }).mood).toMatchObject({ hurry: true });
  });

  it('a customer can be upset and in a hurry at once; the coach leads with upset', () => {
    const m = mood("I'm furious. This is urgent, I need it fixed today!");
    expect(m).toMatchObject({ kind: 'upset', hurry: true, upset: true });
    expect(m.evidence).toEqual(expect.arrayContaining(['furious', 'urgent']));
  });

  it('evidence comes in the order the customer wrote it', () => {
    const m = mood('URGENT: the printer is down and this is ridiculous');
    expect(m.evidence.indexOf('URGENT')).toBeLessThan(m.evidence.indexOf('ridiculous'));
  });
});
