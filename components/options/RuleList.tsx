import { setRuleOff } from '@/lib/packs/actions';
import { ruleDescriptions } from '@/lib/packs/describe';
import { useOptions } from './store';
import { layerLabel } from './labels';

/**
 * Every rule, closing question and tip in force, with the layer it came from. The checkbox is the
 * personal layer: an agent can switch off unlocked rules for themselves only.
 */
export function RuleList() {
  const active = useOptions((s) => s.active);
  const personal = useOptions((s) => s.inputs?.personal ?? null);
  if (!active || !personal) return null;
  const { pack, provenance, locked } = active;
  const off = new Set(personal.disabledRules);
  const described = ruleDescriptions(pack);
  // Rules the agent switched off are not in the effective pack; list them too, so they can come back.
  const offOnly = personal.disabledRules.filter((id) => !pack.rules.some((r) => r.id === id) && !locked.includes(id));
  return (
    <section class="op-card" aria-labelledby="rules-h">
      <h2 id="rules-h">What coaches, and where it came from</h2>
      <table class="op-table">
        <thead>
          <tr>
            <th>Coach me</th>
            <th>Rule</th>
            <th>From</th>
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
                    aria-label={`Coach ${r.id}`}
                    checked={!off.has(r.id) || isLocked}
                    disabled={isLocked}
                    onChange={(e) => void setRuleOff(r.id, !e.currentTarget.checked)}
                  />
                </td>
                <td>
                  <code>{r.id}</code> {r.enabled ? '' : <span class="op-muted">(off in pack)</span>}
                  <div class="op-muted" data-testid="rule-description">{described.get(r.id) ?? r.message}</div>
                </td>
                <td>
                  {layerLabel(provenance.rules?.[r.id] ?? 'default')}
                  {isLocked && <span class="op-badge" title="Locked by your organisation">locked</span>}
                </td>
              </tr>
            );
          })}
          {offOnly.map((id) => (
            <tr key={id} data-rule={id}>
              <td>
                <input type="checkbox" aria-label={`Coach ${id}`} checked={false} onChange={() => void setRuleOff(id, false)} />
              </td>
              <td>
                <code>{id}</code> <span class="op-muted">(turned off by you)</span>
              </td>
              <td>You</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h3>Closing questions</h3>
      <ul class="op-list">
        {pack.closing_questions.map((q) => (
          <li key={q.id}>
            {q.text} <span class="op-muted">· {layerLabel(provenance.closing_questions?.[q.id] ?? 'default')}</span>
          </li>
        ))}
      </ul>
      <h3>Weights</h3>
      <ul class="op-list op-weights">
        {Object.entries(pack.weights).map(([signal, weight]) => (
          <li key={signal}>
            <code>{signal}</code> {weight} <span class="op-muted">· {layerLabel(provenance.weights?.[signal] ?? 'default')}</span>
          </li>
        ))}
      </ul>
      <h3>Tips</h3>
      <ul class="op-list">
        {pack.tips.map((t) => (
          <li key={t.id}>
            {t.title} <span class="op-muted">· {layerLabel(provenance.tips?.[t.id] ?? 'default')}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
