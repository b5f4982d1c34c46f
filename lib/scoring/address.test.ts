// Packs say how their lines address the customer: formal or informal, and which part of the name.
import { describe, expect, it } from 'vitest';
import { createScorer } from './index';
import { loadGermanPack } from './test/german';
import { fillName, nameFormOf } from './rules/rule';

describe('the form of address', () => {
  it('fills {name} with the first name, the full name or the surname', () => {
    expect(fillName('Hi {name},', 'Tomás Lindqvist')).toBe('Hi Tomás,');
    expect(fillName('Guten Tag {name},', 'Tomás Lindqvist', 'full')).toBe('Guten Tag Tomás Lindqvist,');
    expect(fillName('Dear Ms {name},', 'Ana María Weber', 'surname')).toBe('Dear Ms Weber,');
  });

  it('never pairs a formal form with a bare first name: one word and no full name drops the slot', () => {
    expect(fillName('Es tut mir leid, {name}, dass das so lange gedauert hat.', 'Tomás', 'full')).toBe('Es tut mir leid, dass das so lange gedauert hat.');
    expect(fillName('Es tut mir leid, {name}, dass das so lange gedauert hat.', 'Tomás', 'first')).toBe('Es tut mir leid, Tomás, dass das so lange gedauert hat.');
  });

  it('formal packs use the full name unless they say otherwise', () => {
    expect(nameFormOf({})).toBe('first');
    expect(nameFormOf({ address: { form: 'formal' } })).toBe('full');
    expect(nameFormOf({ address: { form: 'formal', name: 'surname' } })).toBe('surname');
    expect(nameFormOf({ address: { form: 'informal' } })).toBe('first');
  });

  it('the German pack says “Sie” and addresses the customer by full name, not by first name', () => {
    const pack = loadGermanPack();
    expect(pack.address).toEqual({ form: 'formal', name: 'full' });
    const report = createScorer(pack).score('Guten Tag, wir prüfen das.', {
      customerName: 'Tomás Lindqvist',
      customerMessage: 'Das ist jetzt das dritte Mal, ich bin wirklich verärgert!',
    });
    const named = report.prompts.map((p) => p.text).filter((t) => t.includes('Tomás'));
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) expect(line).toContain('Tomás Lindqvist');
    for (const p of report.prompts) expect(p.text).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
  });

  it('the German pack’s rewrites use the full name too', () => {
    const report = createScorer(loadGermanPack()).score('Wie kann ich Ihnen heute behilflich sein? Der Drucker ist eingerichtet.', { customerName: 'Tomás Lindqvist' });
    const rewrites = report.findings.filter((f) => f.ruleId === 'floskel-begruessung').flatMap((f) => f.expected ?? []);
    expect(rewrites.some((r) => r.includes('Tomás Lindqvist'))).toBe(true);
    expect(rewrites.filter((r) => /Tomás(?! Lindqvist)/.test(r))).toEqual([]);
  });

  it('a title stays with the surname: "Mrs Okafor", "Dr. Lee", "Frau Dr. Schmidt", never the title alone', () => {
    expect(fillName('Thanks, {name}.', 'Mrs Okafor')).toBe('Thanks, Mrs Okafor.');
    expect(fillName('Thanks, {name}.', 'Dr. Anna Lee')).toBe('Thanks, Dr. Lee.');
    expect(fillName('Danke, {name}.', 'Frau Dr. Schmidt', 'full')).toBe('Danke, Frau Dr. Schmidt.');
    expect(fillName('Thanks, {name}.', 'Mrs')).toBe('Thanks, Mrs.');
  });

  it('a greeting with a title names the customer by title and surname, in the prompts too', () => {
    const hurried = { customerMessage: 'I need this fixed before my flight tonight!' };
    const en = createScorer().score('Hello Mrs Okafor, I have refunded the booking today.', hurried);
    expect(en.signals.personalization).toBe(true);
    const lines = en.prompts.map((p) => p.text);
    expect(lines.some((t) => t.includes('Mrs Okafor'))).toBe(true);
    expect(lines.filter((t) => /\bMrs\b(?! Okafor)/.test(t))).toEqual([]);
    // A title with no name after it is not a name.
    expect(createScorer().score('Hello Mrs, I have refunded the booking today.', hurried).signals.personalization).toBe(false);

    const de = createScorer(loadGermanPack()).score('Sehr geehrte Frau Dr. Schmidt, ich habe die Buchung erstattet.', {
      customerMessage: 'Das ist jetzt das dritte Mal, ich bin wirklich verärgert!',
    });
    expect(de.signals.personalization).toBe(true);
    const named = de.prompts.map((p) => p.text).filter((t) => t.includes('Schmidt'));
    expect(named.length).toBeGreaterThan(0);
    for (const line of named) expect(line).toContain('Frau Dr. Schmidt');
  });
});
