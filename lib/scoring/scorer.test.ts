// The report as the panel and the CLI see it, from the default pack.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';

const scorer = createScorer();
const GOOD =
  "Hi Ashley,\nI'm sorry the printer let you down before your meeting; I understand how frustrating that is. " +
  "I've restarted the print spooler and I'll check the queue again by 3 pm today. Thanks for your patience! " +
  'Have I solved your problem?';

describe('createScorer (default pack)', () => {
  it('scores a reply that follows the method high, and explains the score per signal', () => {
    const r = scorer.score(GOOD);
    expect(r.score).toBeGreaterThanOrEqual(60);
    for (const s of ['greeting', 'apology', 'empathy', 'ownership', 'expectation', 'gratitude', 'closing-question', 'personalization'] as const)
      expect(r.signals[s], s).toBe(true);
    const empathy = r.breakdown?.find((b) => b.signal === 'empathy');
    expect(empathy).toMatchObject({ present: true, points: empathy?.weight });
    expect(r.closingQuestions.find((q) => q.id === 'solved')).toMatchObject({ asked: true, always: true });
    expect(r.closingQuestions.find((q) => q.id === 'better')?.asked).toBe(false);
  });

  it('scores a curt, negative reply low', () => {
    const bad = scorer.score("Can't help, not our department.");
    expect(bad.score).toBeLessThan(20);
    expect(bad.signals['negative-language']).toBe(true);
    expect(scorer.score('Done.').signals.terse).toBe(true);
  });

  it('does not score internal notes', () => {
    const r = scorer.score("Customer is an idiot, can't fix.", { boxKind: 'internal' });
    expect(r).toMatchObject({ skipped: 'internal-note', score: 0, findings: [] });
  });

  it('reads a hurried customer: mood line, no bonus tip', () => {
    const r = scorer.score('Hi, by the way, did you know Outlook can colour-code meetings?', {
      customerMessage: 'I need my printer working ASAP, presentation in 10 minutes!',
    });
    expect(r.mood.kind).toBe('hurry');
    expect(r.mood.evidence.length).toBeGreaterThan(0);
    expect(r.bonusTip?.offer).toBe(false);
    expect(r.prompts.some((p) => p.kind === 'mood' && p.because?.some((b) => 'mood' in b && b.mood === 'hurry'))).toBe(true);
    expect(r.findings.some((f) => f.ruleId === 'bonus-tip-timing')).toBe(true);
  });

  it('offers tips on the topic when the customer is calm', () => {
    const r = scorer.score('Your printer is working again.', { customerMessage: 'The printer on floor 2 jams.' });
    expect(r.mood.kind).toBe('calm');
    expect(r.bonusTip?.offer).toBe(true);
    expect(r.bonusTip?.tips.map((t) => t.id)).toContain('printer-default');
  });

  it('a negated cue is not a mood: "no rush at all" is a relaxed customer who can hear a tip', () => {
    for (const customerMessage of [
      'Could you add the printer when you have a moment? No rush at all.',
      "It's not urgent, whenever suits you.",
      'This is not an emergency, just curious about the printer.',
    ]) {
      const r = scorer.score('Here is how to add the printer.', { customerMessage });
      expect(r.mood.kind, customerMessage).toBe('calm');
      // Not held back for the mood (a tip still needs a topic to match).
      expect(r.bonusTip?.because?.some((b) => 'mood' in b), customerMessage).toBe(false);
    }
    expect(scorer.score('On it.', { customerMessage: 'Please hurry, not much time left!' }).mood.kind).toBe('hurry');
  });

  it('addresses the customer by first name in prompts when the page gives the full name', () => {
    const r = scorer.score('I reset it.', { customerName: 'Tomás Lindqvist', customerMessage: 'This is RIDICULOUS, third time!!!' });
    const named = r.prompts.filter((p) => p.text.includes('Tomás'));
    expect(named.length).toBeGreaterThan(0);
    expect(r.prompts.some((p) => p.text.includes('Lindqvist'))).toBe(false);
  });

  it('reads an upset customer and fills the name into prompts', () => {
    const r = scorer.score('Hi Dana, I reset it.', { customerMessage: 'This is RIDICULOUS, third time it broke!!!' });
    expect(r.mood.kind).toBe('upset');
    expect(r.prompts.some((p) => p.text.includes('Dana'))).toBe(true);
    expect(r.prompts.every((p) => !p.text.includes('{'))).toBe(true);
  });

  it('an empty draft is skipped, not scored', () => {
    expect(scorer.score('   ').skipped).toBe('empty');
  });
});
