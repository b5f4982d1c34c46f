import { useOptions } from './store';
import { when } from './labels';

/** The four layers, top to bottom of precedence reversed: each says whether it is in force and why. */
export function LayerList() {
  const inputs = useOptions((s) => s.inputs);
  const active = useOptions((s) => s.active);
  if (!inputs || !active) return null;
  const { policy, team, personal, managedCache } = inputs;
  const managed = policy.pack
    ? 'Inline pack from your organisation'
    : policy.packUrl
      ? `From ${policy.packUrl} (checked ${when(managedCache?.source.lastChecked)})`
      : 'None';
  const teamText = !policy.allowTeamPacks
    ? 'Not allowed by your organisation'
    : !team
      ? 'None: import a file or subscribe to an address'
      : team.source.kind === 'url'
        ? `Subscribed to ${team.source.url}`
        : `Imported from ${team.source.name ?? 'a file'} (${when(team.source.lastUpdated)})`;
  return (
    <section class="op-card" aria-labelledby="layers-h">
      <h2 id="layers-h">Layers</h2>
      <p class="op-muted">Each layer overrides the one above it, by id; locked rules cannot be changed below the organisation.</p>
      <dl class="op-layers">
        <dt>Method</dt>
        <dd>Rapport's built-in pack</dd>
        <dt>Organisation</dt>
        <dd data-testid="layer-managed">
          {managed}
          {policy.lockRules && ' · rules locked'}
          {active.locked.length > 0 && ` · ${active.locked.length} locked`}
        </dd>
        <dt>Team</dt>
        <dd data-testid="layer-team">{teamText}</dd>
        <dt>You</dt>
        <dd data-testid="layer-personal">
          {personal.disabledRules.length} rules off · {personal.tips.length} own tips
        </dd>
      </dl>
    </section>
  );
}
