// From stored layers to the pack the coach uses. Pure: the caller reads storage and passes the loader,
// so the options page can also compose a draft pack that is not saved yet ("Try it").
import { composeLayers, type EffectivePack, type LayerError, type PackLike } from './layers';
import type { ManagedPolicy } from './managed';
import { sniffFormat, type PersonalLayer, type TeamPackRecord } from './records';
import type { PackValidator } from './validate';

export interface LayerInputs {
  policy: ManagedPolicy;
  policyErrors: string[];
  /** Last good copy of the policy's `pack_url`. */
  managedCache: TeamPackRecord | null;
  team: TeamPackRecord | null;
  personal: PersonalLayer;
}

export interface EffectiveDeps {
  validate: PackValidator;
  defaultPack: () => PackLike;
}

export interface Effective extends EffectivePack {
  /** Whether a managed pack is in force (inline or from its address). */
  managedActive: boolean;
  teamActive: boolean;
}

export function computeEffective(inputs: LayerInputs, deps: EffectiveDeps, teamText?: { text: string; format: TeamPackRecord['format'] }): Effective {
  const errors: LayerError[] = inputs.policyErrors.map((message) => ({ layer: 'managed', path: '', message }));
  const load = (layer: 'managed' | 'team', text: string, format: TeamPackRecord['format']): PackLike | null => {
    const v = deps.validate(text, format);
    if (v.ok) return v.pack;
    for (const e of v.errors) errors.push({ layer, path: e.path, message: e.message });
    return null;
  };

  const { policy } = inputs;
  let managedPack: PackLike | null = null;
  if (policy.pack) managedPack = load('managed', policy.pack, sniffFormat(policy.pack));
  else if (policy.packUrl && inputs.managedCache?.source.url === policy.packUrl) managedPack = load('managed', inputs.managedCache.text, inputs.managedCache.format);
  else if (policy.packUrl) errors.push({ layer: 'managed', path: '', message: 'the organisation pack has not been downloaded yet' });

  const team = teamText ?? inputs.team;
  const teamPack = team ? load('team', team.text, team.format) : null;

  const composed = composeLayers({
    defaultPack: deps.defaultPack(),
    managed: { pack: managedPack, lockRules: policy.lockRules, allowTeamPacks: policy.allowTeamPacks },
    team: teamPack,
    personal: inputs.personal,
  });
  return {
    ...composed,
    errors: [...errors, ...composed.errors],
    managedActive: managedPack !== null,
    teamActive: teamPack !== null && policy.allowTeamPacks,
  };
}
