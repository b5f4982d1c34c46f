import type { Finding, Fix } from '@/lib/scoring/types';
import { useConnector, runEdit } from '@/lib/panel/context';
import { i18n } from '#i18n';

function Apply({ finding, rewrite, fix }: { finding: Finding; rewrite: string; fix?: Fix | undefined }) {
  const connector = useConnector();
  // The fitted edit when the scorer made one (it may take in the whole idiom around the finding).
  const { span, actual, text } = fix ?? { span: finding.span, actual: finding.actual ?? '', text: rewrite };
  return (
    <button
      type="button"
      class="rp-btn"
      aria-label={i18n.t('findings.applyLabel', [rewrite, actual])}
      onClick={() =>
        void runEdit(
          connector,
          (tabId) => connector.replace(tabId, { start: span.start, end: span.end, actual, text }),
          i18n.t('findings.applied'),
        )
      }
    >
      {i18n.t('findings.apply')}
    </button>
  );
}

/** Phrases to rethink, each with the suggested rewrite one click away. */
export function FindingList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section class="rp-card" aria-labelledby="findings-title">
      <h2 id="findings-title">{i18n.t('findings.title')}</h2>
      <ul class="rp-findings">
        {findings.map((f) => (
          <li key={`${f.ruleId}:${f.span.start}`} data-rule={f.ruleId} class={`rp-level-${f.level}`}>
            <p>
              {f.actual ? <q class="rp-actual">{f.actual}</q> : null} {f.message}
            </p>
            {f.actual && f.expected?.length ? (
              <ul class="rp-rewrites">
                {f.expected.slice(0, 3).map((r, i) => (
                  <li key={r}>
                    <span class="rp-rewrite">{r}</span>
                    <Apply finding={f} rewrite={r} fix={f.fixes?.[i]} />
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
