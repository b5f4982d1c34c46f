import { useOptions } from './store';
import { layerLabel } from './labels';
import { i18n } from '#i18n';
import { problemLine } from './problem-text';

/** Which pack coaches now, and every problem a layer has, so a refused pack never fails silently. */
export function StatusBar() {
  const active = useOptions((s) => s.active);
  if (!active) return null;
  const { pack } = active;
  return (
    <section class="op-card" aria-label={i18n.t('options.status.label')}>
      <p class="op-effective">
        {i18n.t('options.status.coachingWith')}{' '}
        <strong data-testid="effective-name" lang={pack.locale}>
          {pack.name}
        </strong>{' '}
        <span class="op-muted">
          {i18n.t('options.status.version', [pack.version])} · {i18n.t('options.status.rules', pack.rules.length)} · <code>{pack.locale}</code>
        </span>
      </p>
      {active.pack.description ? (
        <p class="op-muted" data-testid="effective-description" lang={pack.locale}>
          {active.pack.description}
        </p>
      ) : null}
      {active.errors.length > 0 && (
        <ul class="op-problems" aria-label={i18n.t('options.status.layerProblems')}>
          {active.errors.map((e, i) => (
            <li key={i}>
              {layerLabel(e.layer)}: {problemLine(e)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
