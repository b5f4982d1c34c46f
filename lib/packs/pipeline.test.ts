import { describe, expect, it } from 'vitest';
import { createScorer } from '@/lib/scoring';
import type { PackLike } from './layers';
import { buildEffectivePack, NO_LAYERS, type StoredLayers } from './pipeline';
import type { TeamPackRecord } from './records';

const method: PackLike = {
  schema_version: 1,
  id: 'method',
  name: 'Method',
  version: '1',
  rules: [{ id: 'no-problem', type: 'phrase-avoid', level: 'warning', message: 'Say you are welcome', phrases: ['no problem'], examples: { flag: [], pass: [] } }],
};

const head = (id: string, ext = true) => `${ext ? 'extends: default\n' : ''}schema_version: 1\nid: ${id}\nname: ${id}\nversion: "1"\n`;
const ruleYaml = (id: string) => `  - id: ${id}\n    type: phrase-present\n    level: suggestion\n    message: Mention ${id}\n    phrases: ["${id}"]\n    examples: { flag: [], pass: [] }\n`;
const record = (text: string): TeamPackRecord => ({ text, format: 'yaml', source: { kind: 'file', name: 't.yaml' } });

function inputs(over: Partial<StoredLayers> = {}): StoredLayers {
  return { ...NO_LAYERS, ...over };
}
const deps = { defaultPack: () => structuredClone(method) };
const computeEffective = (layers: StoredLayers, opts: typeof deps, teamText?: { text: string; format: 'yaml' | 'json' }) =>
  buildEffectivePack(layers, { ...opts, ...(teamText ? { teamText } : {}) });
const ruleIds = (p: PackLike) => (p.rules as { id: string }[]).map((r) => r.id);

describe('buildEffectivePack', () => {
  it('layers an inline managed pack, then the team pack, over the method', () => {
    const out = computeEffective(
      inputs({ policy: { pack: `${head('corp')}rules:\n${ruleYaml('gdpr')}`, lockRules: true, allowTeamPacks: true }, team: record(`${head('team')}rules:\n${ruleYaml('vpn')}`) }),
      deps,
    );
    expect(ruleIds(out.pack)).toEqual(['no-problem', 'gdpr', 'vpn']);
    expect(out.provenance.rules).toEqual({ 'no-problem': 'default', gdpr: 'managed', vpn: 'team' });
    expect(out.locked).toEqual(['gdpr']);
    expect(out.managedActive && out.teamActive).toBe(true);
    expect(out.errors).toEqual([]);
  });

  it('leaves out a stored team pack this Rapport can no longer read, naming its problems', () => {
    const out = computeEffective(inputs({ team: record(`${head('team')}rules:\n  - id: x\n    type: sparkle\n`) }), deps);
    expect(ruleIds(out.pack)).toEqual(['no-problem']);
    expect(out.teamActive).toBe(false);
    expect(out.errors[0]).toMatchObject({ layer: 'team', path: 'rules[0].type', message: expect.stringContaining('unknown rule type') });
  });

  it('composes an unsaved draft in place of the stored team pack ("Try it")', () => {
    const out = computeEffective(inputs({ team: record(`${head('team')}rules:\n${ruleYaml('vpn')}`) }), deps, { text: `${head('draft')}rules:\n${ruleYaml('printer')}`, format: 'yaml' });
    expect(ruleIds(out.pack)).toEqual(['no-problem', 'printer']);
  });

  it('says when the organisation pack at pack_url has not arrived yet', () => {
    const out = computeEffective(inputs({ policy: { packUrl: 'https://corp.example/p.yaml', lockRules: true, allowTeamPacks: true } }), deps);
    expect(out.managedActive).toBe(false);
    expect(out.errors.map((e) => e.message)).toEqual(['the organisation pack has not been downloaded yet']);
  });
});

describe('declared signals through the layers', () => {
  const kbRule = `  - id: kb\n    type: phrase-present\n    signal: kb-link\n    level: suggestion\n    message: Link the article\n    phrases: [{ pattern: '\\bKB\\d{7}\\b' }]\n    examples: { flag: ["See KB0012345."], pass: ["See the article."] }\n`;
  const thanks = { id: 'thanks', type: 'phrase-present', signal: 'gratitude', level: 'info', message: 'Thank them', phrases: ['thank you'], examples: { flag: [], pass: [] } };
  const withThanks = () => ({ ...structuredClone(method), weights: { gratitude: 10 }, rules: [thanks] });
  const corp = (extra = '') => `${head('corp')}signals:\n  kb-link: { label: Links a KB article, points: 6${extra} }\nrules:\n${kbRule}`;
  const score = (layers: StoredLayers, text: string) => {
    const built = buildEffectivePack(layers, { defaultPack: withThanks });
    return { built, report: createScorer(built.pack).score(text) };
  };
  const reply = 'Thank you, the steps are in the article.';

  it('weights: { kb-link: 10 } in a team layer changes the score of a signal the organisation declared', () => {
    const managedOnly = inputs({ policy: { pack: corp(), lockRules: false, allowTeamPacks: true } });
    const before = score(managedOnly, reply);
    expect(before.built.errors).toEqual([]);
    expect(before.report.score).toBe(63); // 10 of 16
    const after = score({ ...managedOnly, team: record(`${head('team')}weights:\n  kb-link: 10\n`) }, reply);
    expect(after.built.errors).toEqual([]);
    expect(after.built.warnings).toEqual([]);
    expect(after.report.score).toBe(50); // 10 of 20
    expect(after.report.breakdown?.find((s) => s.signal === 'kb-link')).toMatchObject({ weight: 10, points: 0 });
    expect(after.built.provenance.weights?.['kb-link']).toBe('team');
  });

  it('a team rule may name a signal the organisation declared', () => {
    const team = record(`${head('team')}rules:\n${kbRule.replace('id: kb', 'id: team-kb')}`);
    const { built, report } = score(inputs({ policy: { pack: corp(), lockRules: false, allowTeamPacks: true }, team }), 'Thank you, see KB0012345.');
    expect(built.errors).toEqual([]);
    expect(report.signals['kb-link']).toBe(true);
    // Alone, the same team pack is refused: nobody declares kb-link.
    expect(buildEffectivePack(inputs({ team }), { defaultPack: withThanks }).errors[0]).toMatchObject({ layer: 'team', path: 'rules[0].signal' });
  });

  it('a locked signal keeps the organisation\'s declaration and weight; the team layer is told', () => {
    const layers = inputs({
      policy: { pack: corp(', locked: true'), lockRules: false, allowTeamPacks: true },
      team: record(`${head('team')}weights:\n  kb-link: 10\nsignals:\n  kb-link: { label: Mentions KB, points: 1 }\n`),
    });
    const { built, report } = score(layers, reply);
    expect(built.lockedSignals).toEqual(['kb-link']);
    expect(built.errors.map((e) => `${e.layer} ${e.path}`)).toEqual(['team signals.kb-link', 'team weights.kb-link']);
    expect(report.breakdown?.find((s) => s.signal === 'kb-link')).toMatchObject({ label: 'Links a KB article', weight: 6 });
  });

  it('lock_rules locks the organisation\'s signals too, and a replacing team pack keeps them with its locked rules', () => {
    const team = record(`${head('team', false)}rules: []\n`);
    const { built, report } = score(inputs({ policy: { pack: corp(), lockRules: true, allowTeamPacks: true }, team }), 'See KB0012345.');
    expect(built.errors).toEqual([]);
    expect(built.pack.rules.map((r) => r.id)).toEqual(['kb']);
    expect(report.signals['kb-link']).toBe(true);
    expect(report.score).toBe(100);
  });
});

describe('raw patterns in a layer (ReDoS, lib/rule-pack/redos.ts)', () => {
  const kbTeam = (pattern: string) =>
    record(`${head('kb')}rules:\n  - id: kb\n    type: phrase-present\n    level: suggestion\n    message: Cite the article\n    phrases:\n      - pattern: '${pattern}'\n    examples: { flag: ["See KB0012345."], pass: ["See the article."] }\n`);

  it('in the background (no recheck): a pattern recheck judged safe on the options page is accepted, an unchecked one leaves the layer out by path', () => {
    const unchecked = computeEffective(inputs({ team: kbTeam('\\bKB\\d+\\b') }), deps);
    expect(ruleIds(unchecked.pack)).toEqual(['no-problem']);
    expect(unchecked.errors).toEqual([expect.objectContaining({ layer: 'team', path: 'rules[0].phrases[0].pattern', message: expect.stringMatching(/not been checked .* options page/) })]);
    const checked = computeEffective(inputs({ team: kbTeam('\\bKB\\d+\\b'), checkedPatterns: ['\\bKB\\d+\\b'] }), deps);
    expect(checked.errors).toEqual([]);
    expect(ruleIds(checked.pack)).toEqual(['no-problem', 'kb']);
  });

  it('with recheck installed (options page, CLI): safe patterns pass, catastrophic ones refuse the layer whole and the layers below stay', async () => {
    const { enablePatternChecker } = await import('./pattern-checker');
    const { usePatternChecker } = await import('./pipeline');
    await enablePatternChecker();
    try {
      expect(computeEffective(inputs({ team: kbTeam('\\bKB\\d+\\b') }), deps).errors).toEqual([]);
      const bad = computeEffective(inputs({ team: kbTeam('(a+)+$') }), deps);
      expect(ruleIds(bad.pack)).toEqual(['no-problem']);
      expect(bad.teamActive).toBe(false);
      expect(bad.errors).toEqual([expect.objectContaining({ layer: 'team', path: 'rules[0].phrases[0].pattern', message: expect.stringMatching(/catastrophic backtracking/) })]);
    } finally {
      usePatternChecker(null);
    }
  }, 60_000);
});
