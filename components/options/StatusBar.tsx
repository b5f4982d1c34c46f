import { useOptions } from './store';
import { layerLabel } from './labels';

/** Which pack coaches now, and every problem a layer has, so a refused pack never fails silently. */
export function StatusBar() {
  const active = useOptions((s) => s.active);
  if (!active) return null;
  return (
    <section class="op-card" aria-label="Effective pack">
      <p class="op-effective">
        Coaching with <strong data-testid="effective-name">{active.pack.name}</strong>{' '}
        <span class="op-muted">
          v{active.pack.version} · {active.pack.rules.length} rules · {active.pack.locale}
        </span>
      </p>
      {active.pack.description ? (
        <p class="op-muted" data-testid="effective-description">
          {active.pack.description}
        </p>
      ) : null}
      {active.errors.length > 0 && (
        <ul class="op-problems" aria-label="Layer problems">
          {active.errors.map((e, i) => (
            <li key={i}>
              {layerLabel(e.layer)}: {e.path ? `${e.path}: ` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
