import { describe, expect, it } from 'vitest';
import { computeEffective, type LayerInputs } from './effective';
import type { PackLike } from './layers';
import { validatePack } from './load';
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

function inputs(over: Partial<LayerInputs> = {}): LayerInputs {
  return { policy: { lockRules: false, allowTeamPacks: true }, policyErrors: [], managedCache: null, team: null, personal: { disabledRules: [], tips: [] }, ...over };
}
const deps = { validate: validatePack, defaultPack: () => structuredClone(method) };
const ruleIds = (p: PackLike) => (p.rules as { id: string }[]).map((r) => r.id);

describe('computeEffective', () => {
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
