import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { applyEdit, slugId, starterPack } from './edits';
import { validateLayer as validatePack } from './pipeline';

const defaultRule = { id: 'no-problem', type: 'phrase-avoid', level: 'warning', message: 'Say you are welcome', phrases: ['no problem'], examples: { flag: ['no problem'], pass: [] }, enabled: true, scope: 'text', locked: true };

describe('applyEdit', () => {
  it('turns off a rule from the method by copying it into the team pack, keeping comments', () => {
    const text = `# our desk\n${starterPack()}`;
    const out = applyEdit(text, 'yaml', { kind: 'rule-enabled', rule: defaultRule, enabled: false });
    expect(out.startsWith('# our desk\n')).toBe(true);
    const pack = parse(out) as { rules: Record<string, unknown>[] };
    expect(pack.rules).toHaveLength(1);
    expect(pack.rules[0]).toMatchObject({ id: 'no-problem', enabled: false });
    expect(pack.rules[0]).not.toHaveProperty('locked');
    expect(validatePack(out, 'yaml').ok).toBe(true);
  });

  it('adds a phrase to a rule the team pack already has, without duplicating the rule', () => {
    const once = applyEdit(starterPack(), 'yaml', { kind: 'add-phrase', rule: defaultRule, phrase: 'no worries' });
    const twice = applyEdit(once, 'yaml', { kind: 'add-phrase', rule: defaultRule, phrase: 'not a problem' });
    const pack = parse(twice) as { rules: { phrases: string[] }[] };
    expect(pack.rules).toHaveLength(1);
    expect(pack.rules[0]?.phrases).toEqual(['no problem', 'no worries', 'not a problem']);
  });

  it('sets a weight, adds a tip and a closing question, and the result is a valid pack', () => {
    let t = applyEdit('', 'yaml', { kind: 'weight', signal: 'empathy', weight: 25 });
    t = applyEdit(t, 'yaml', { kind: 'add-tip', id: 'vpn', title: 'VPN', text: 'Reconnect before you retry.', topics: ['vpn'] });
    t = applyEdit(t, 'yaml', { kind: 'add-closing-question', id: 'rate-us', text: 'Would you rate this reply?' });
    expect(parse(t)).toMatchObject({ extends: 'default', weights: { empathy: 25 }, tips: [{ id: 'vpn' }], closing_questions: [{ id: 'rate-us', variants: ['Would you rate this reply?'] }] });
    const v = validatePack(t, 'yaml');
    expect(v.ok ? [] : v.errors).toEqual([]);
  });

  it('edits JSON packs as JSON', () => {
    const out = applyEdit('{"extends":"default","schema_version":1,"id":"t","name":"T","version":"1","rules":[]}', 'json', { kind: 'weight', signal: 'terse', weight: -5 });
    expect(JSON.parse(out)).toMatchObject({ weights: { terse: -5 } });
  });

  it('refuses to edit text that is not valid YAML, saying so', () => {
    expect(() => applyEdit('rules: [', 'yaml', { kind: 'weight', signal: 'terse', weight: 1 })).toThrow(/fix the YAML first/);
  });
});

describe('slugId', () => {
  it('makes a readable unique id', () => {
    expect(slugId('Is everything working now?', ['is-everything-working-now'])).toBe('is-everything-working-now-2');
    expect(slugId('Café ☕', [])).toBe('cafe');
  });
});
