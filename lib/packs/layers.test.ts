import { describe, expect, it } from 'vitest';
import { composeLayers, type PackLike } from './layers';

const base: PackLike = {
  name: 'Method',
  locale: 'en',
  weights: { empathy: 10, ownership: 8 },
  rules: [
    { id: 'empathy', message: 'Acknowledge the feeling' },
    { id: 'no-problem', message: 'Say "you\'re welcome"' },
    { id: 'terse', message: 'Say more' },
  ],
  closing_questions: [{ id: 'solved', text: 'Have I solved your problem?' }],
  tips: [{ id: 'outlook', title: 'Outlook', text: 'Ctrl+Shift+V', topics: ['outlook'] }],
};

const ids = (pack: PackLike, key = 'rules') => (pack[key] as { id: string }[]).map((r) => r.id);

describe('composeLayers', () => {
  it('lets a team pack replace one rule, add another and change a weight, keeping the rest of the method', () => {
    const team = {
      extends: 'default',
      name: 'IT desk',
      weights: { empathy: 20 },
      rules: [
        { id: 'terse', message: 'Never fewer than 20 words' },
        { id: 'ticket-number', message: 'Quote the ticket number' },
      ],
    };
    const out = composeLayers({ defaultPack: base, team });
    expect(ids(out.pack)).toEqual(['empathy', 'no-problem', 'terse', 'ticket-number']);
    expect((out.pack.rules as { id: string; message: string }[])[2]?.message).toBe('Never fewer than 20 words');
    expect(out.pack.weights).toEqual({ empathy: 20, ownership: 8 });
    expect(out.pack.extends).toBeUndefined();
    expect(out.pack.name).toBe('IT desk');
    expect(out.provenance.rules).toEqual({ empathy: 'default', 'no-problem': 'default', terse: 'team', 'ticket-number': 'team' });
    expect(out.provenance.weights).toEqual({ empathy: 'team', ownership: 'default' });
    expect(out.provenance.pack?.name).toBe('team');
    expect(out.errors).toEqual([]);
  });

  it('replaces the method entirely when a pack does not say extends: default (e.g. a German pack)', () => {
    const de = { name: 'Methode', locale: 'de', rules: [{ id: 'empathie', message: 'Gefühl anerkennen' }] };
    const out = composeLayers({ defaultPack: base, team: de });
    expect(ids(out.pack)).toEqual(['empathie']);
    expect(out.pack.closing_questions).toBeUndefined();
    expect(out.pack.extends).toBeUndefined();
  });

  it('merges nested settings key by key, so an overlay can change one prompt set and keep the others', () => {
    const withPrompts = { ...base, prompts: { empathy: { upset: ['That sounds frustrating.'] }, apology: { calm: ['Sorry about that.'] } } };
    const out = composeLayers({ defaultPack: withPrompts, team: { extends: 'default', prompts: { empathy: { upset: ['I hear you.'] } } } });
    expect(out.pack.prompts).toEqual({ empathy: { upset: ['I hear you.'] }, apology: { calm: ['Sorry about that.'] } });
  });

  it('lets the agent turn off a rule and add an own tip without touching the team pack', () => {
    const personal = { disabledRules: ['no-problem', 'gone-rule'], tips: [{ id: 'me-1', title: 'VPN', text: 'Reconnect first', topics: ['vpn'] }] };
    const out = composeLayers({ defaultPack: base, personal });
    expect(ids(out.pack)).toEqual(['empathy', 'terse']);
    expect(out.disabled).toEqual(['no-problem']);
    expect(ids(out.pack, 'tips')).toEqual(['outlook', 'me-1']);
    expect(out.provenance.tips?.['me-1']).toBe('personal');
  });

  describe('managed policy', () => {
    const managedPack = { extends: 'default', rules: [{ id: 'no-problem', message: 'Company wording', locked: true }, { id: 'gdpr', message: 'No personal data' }] };

    it('keeps locked rules on when the agent turns them off, and says so', () => {
      const out = composeLayers({
        defaultPack: base,
        managed: { pack: managedPack, lockRules: false, allowTeamPacks: true },
        personal: { disabledRules: ['no-problem', 'gdpr'], tips: [] },
      });
      expect(ids(out.pack)).toEqual(['empathy', 'no-problem', 'terse']);
      expect(out.locked).toEqual(['no-problem']);
      expect(out.disabled).toEqual(['gdpr']);
      expect(out.errors).toEqual([{ layer: 'personal', path: 'rules.no-problem', message: 'locked by your organisation; it stays on', code: 'lockedStaysOn' }]);
    });

    it('lock_rules locks every managed rule, also against a team pack that rewrites it', () => {
      const out = composeLayers({
        defaultPack: base,
        managed: { pack: managedPack, lockRules: true, allowTeamPacks: true },
        team: { extends: 'default', rules: [{ id: 'gdpr', message: 'weaker' }, { id: 'terse', message: 'team terse' }] },
        personal: { disabledRules: ['gdpr'], tips: [] },
      });
      const rules = out.pack.rules as { id: string; message: string }[];
      expect(rules.find((r) => r.id === 'gdpr')?.message).toBe('No personal data');
      expect(rules.find((r) => r.id === 'terse')?.message).toBe('team terse');
      expect(out.provenance.rules?.gdpr).toBe('managed');
      expect(out.locked).toEqual(['gdpr', 'no-problem']);
      expect(out.errors.map((e) => `${e.layer} ${e.path}`)).toEqual(['team rules.gdpr', 'personal rules.gdpr']);
    });

    it('keeps locked rules when a team pack replaces everything below it', () => {
      const out = composeLayers({
        defaultPack: base,
        managed: { pack: managedPack, lockRules: false, allowTeamPacks: true },
        team: { rules: [{ id: 'empathie', message: 'x' }] },
      });
      expect(ids(out.pack)).toEqual(['no-problem', 'empathie']);
      expect(out.provenance.rules).toEqual({ 'no-problem': 'managed', empathie: 'team' });
    });

    it('ignores the team pack, with a reason, when policy forbids team packs', () => {
      const out = composeLayers({
        defaultPack: base,
        managed: { pack: null, lockRules: false, allowTeamPacks: false },
        team: { name: 'Team', rules: [{ id: 'x', message: 'x' }] },
      });
      expect(out.pack.name).toBe('Method');
      expect(ids(out.pack)).toEqual(['empathy', 'no-problem', 'terse']);
      expect(out.errors[0]?.message).toMatch(/does not allow team packs/);
    });
  });
});
