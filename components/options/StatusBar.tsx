import { useOptions } from './store';
import { layerLabel } from './labels';
import { i18n } from '#i18n';
import { problemLine } from './problem-text';
import type { LayerError } from '@/lib/packs/layers';

/** Each problem (or warning) with the layer it is in: "Team: rules[0].phrases[0]: … (line 9, column 9)". */
function LayerProblemList({ problems, label }: { problems: readonly LayerError[]; label: string }) {
  if (!problems.length) return null;
  return (
    <ul class="op-problems" aria-label={label}>
      {problems.map((e, i) => (
        <li key={i}>
          {layerLabel(e.layer)}: {problemLine(e)}
        </li>
      ))}
    </ul>
  );
}

/**
 * Which pack coaches now, every problem a layer has, so a refused pack never fails silently, and the
 * warnings of the packs in use (also after a subscription refreshed in the background).
 */
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
      <LayerProblemList problems={active.errors} label={i18n.t('options.status.layerProblems')} />
      <LayerProblemList problems={active.warnings} label={i18n.t('options.status.layerWarnings')} />
    </section>
  );
}
