import { setRuleOff } from '@/lib/packs/actions';
import { ruleDescriptions } from '@/lib/packs/describe';
import { useOptions } from './store';
import { layerLabel } from './labels';
import { i18n } from '#i18n';

/**
 * Every rule, closing question and tip in force, with the layer it came from. The checkbox is the
 * personal layer: an agent can switch off unlocked rules for themselves only.
 */
export function RuleList() {
  const active = useOptions((s) => s.active);
  const personal = useOptions((s) => s.inputs?.personal ?? null);
  if (!active || !personal) return null;
  const { pack, provenance, locked } = active;
  const lang = pack.locale;
  const off = new Set(personal.disabledRules);
  const described = ruleDescriptions(pack);
  // Rules the agent switched off are not in the effective pack; list them too, so they can come back.
  const offOnly = personal.disabledRules.filter((id) => !pack.rules.some((r) => r.id === id) && !locked.includes(id));
  return (
    <section class="op-card" aria-labelledby="rules-h">
      <h2 id="rules-h">{i18n.t('options.rules.title')}</h2>
      <table class="op-table">
        <thead>
          <tr>
            <th>{i18n.t('options.rules.coachMe')}</th>
            <th>{i18n.t('options.rules.rule')}</th>
            <th>{i18n.t('options.rules.from')}</th>
          </tr>
        </thead>
        <tbody>
          {pack.rules.map((r) => {
            const isLocked = locked.includes(r.id);
            return (
              <tr key={r.id} data-rule={r.id}>
                <td>
                  <input
                    type="checkbox"
                    aria-label={i18n.t('options.rules.coachLabel', [r.id])}
                    checked={!off.has(r.id) || isLocked}
                    disabled={isLocked}
                    onChange={(e) => void setRuleOff(r.id, !e.currentTarget.checked)}
                  />
                </td>
                <td>
                  <code>{r.id}</code> {r.enabled ? '' : <span class="op-muted">{i18n.t('options.rules.offInPack')}</span>}
                  <div class="op-muted" lang={lang} data-testid="rule-description">
                    {described.get(r.id) ?? r.message}
                  </div>
                </td>
                <td>
                  {layerLabel(provenance.rules?.[r.id] ?? 'default')}
                  {isLocked && (
                    <span class="op-badge" title={i18n.t('options.rules.lockedTitle')}>
                      {i18n.t('options.rules.locked')}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
          {offOnly.map((id) => (
            <tr key={id} data-rule={id}>
              <td>
                <input type="checkbox" aria-label={i18n.t('options.rules.coachLabel', [id])} checked={false} onChange={() => void setRuleOff(id, false)} />
              </td>
              <td>
                <code>{id}</code> <span class="op-muted">{i18n.t('options.rules.offByYou')}</span>
              </td>
              <td>{layerLabel('personal')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>{i18n.t('options.rules.closing')}</h3>
      <ul class="op-list">
        {pack.closing_questions.map((q) => (
          <li key={q.id}>
            <span lang={lang}>{q.text}</span> <span class="op-muted">· {layerLabel(provenance.closing_questions?.[q.id] ?? 'default')}</span>
          </li>
        ))}
      </ul>
      <h3>{i18n.t('options.rules.weights')}</h3>
      <ul class="op-list op-weights">
        {Object.entries(pack.weights).map(([signal, weight]) => (
          <li key={signal}>
            <code>{signal}</code> {weight} <span class="op-muted">· {layerLabel(provenance.weights?.[signal] ?? 'default')}</span>
          </li>
        ))}
      </ul>
      <h3>{i18n.t('options.rules.tips')}</h3>
      <ul class="op-list">
        {pack.tips.map((t) => (
          <li key={t.id}>
            <span lang={lang}>{t.title}</span> <span class="op-muted">· {layerLabel(provenance.tips?.[t.id] ?? 'default')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
