import { useOptions } from './store';
import { when } from './labels';
import { i18n } from '#i18n';

/** The four layers, top to bottom of precedence reversed: each says whether it is in force and why. */
export function LayerList() {
  const inputs = useOptions((s) => s.inputs);
  const active = useOptions((s) => s.active);
  if (!inputs || !active) return null;
  const { policy, team, personal, managedCache } = inputs;
  const managed = policy.pack
    ? i18n.t('options.layers.managedInline')
    : policy.packUrl
      ? i18n.t('options.layers.managedUrl', [policy.packUrl, when(managedCache?.source.lastChecked)])
      : i18n.t('options.layers.none');
  const teamText = !policy.allowTeamPacks
    ? i18n.t('options.layers.teamNotAllowed')
    : !team
      ? i18n.t('options.layers.teamNone')
      : team.source.kind === 'url'
        ? i18n.t('options.layers.teamSubscribed', [team.source.url ?? ''])
        : i18n.t('options.layers.teamImported', [team.source.name ?? i18n.t('options.layers.aFile'), when(team.source.lastUpdated)]);
  const off = personal.disabledRules.length;
  const tips = personal.tips.length;
  return (
    <section class="op-card" aria-labelledby="layers-h">
      <h2 id="layers-h">{i18n.t('options.layers.title')}</h2>
      <p class="op-muted">{i18n.t('options.layers.help')}</p>
      <dl class="op-layers">
        <dt>{i18n.t('options.layer.default')}</dt>
        <dd>{i18n.t('options.layers.method')}</dd>
        <dt>{i18n.t('options.layer.managed')}</dt>
        <dd data-testid="layer-managed">
          {managed}
          {policy.lockRules && ` · ${i18n.t('options.layers.rulesLocked')}`}
          {active.locked.length > 0 && ` · ${i18n.t('options.layers.lockedCount', active.locked.length)}`}
        </dd>
        <dt>{i18n.t('options.layer.team')}</dt>
        <dd data-testid="layer-team">{teamText}</dd>
        <dt>{i18n.t('options.layer.personal')}</dt>
        <dd data-testid="layer-personal">
          {i18n.t('options.layers.rulesOff', off)} · {i18n.t('options.layers.ownTips', tips)}
        </dd>
      </dl>
    </section>
  );
}
