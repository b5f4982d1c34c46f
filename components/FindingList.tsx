import type { Finding, Fix, Report } from '@/lib/scoring/types';
import { useConnector, runEdit, usePackLang } from '@/lib/panel/context';
import { findingMessage } from '@/lib/panel/texts';
import { Section } from './Section';
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
          { toBox: true },
        )
      }
    >
      {i18n.t('findings.apply')}
    </button>
  );
}

/** The rule's page (`link` in the pack), when it is a web address: nothing else is opened from the panel. */
function pageOf(f: Finding): string | null {
  if (!f.link) return null;
  try {
    const url = new URL(f.link);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Phrases to rethink, each with the suggested rewrite one click away. `report` gives the words the
 * scorer's own findings name (the situation a tip is held back for).
 */
export function FindingList({ findings, report }: { findings: Finding[]; report?: Pick<Report, 'situations' | 'bonusTip'> }) {
  const lang = usePackLang();
  if (findings.length === 0) return null;
  return (
    <Section id="rephrase" title={i18n.t('findings.title')} badge={i18n.t('before.toFix', findings.length)} defaultOpen>
      <ul class="rp-findings">
        {findings.map((f) => {
          const message = findingMessage(f, report);
          return (
            <li key={`${f.ruleId}:${f.span.start}`} data-rule={f.ruleId} class={`rp-level-${f.level}`}>
              <p>
                {f.actual ? <q class="rp-actual">{f.actual}</q> : null} <span lang={message.fromPack ? lang : undefined}>{message.text}</span>
                {pageOf(f) ? (
                  <>
                    {' '}
                    <a class="rp-link" href={pageOf(f)!} target="_blank" rel="noopener noreferrer" aria-label={i18n.t('findings.whyLabel', [message.text])}>
                      {i18n.t('findings.why')}
                    </a>
                  </>
                ) : null}
              </p>
              {f.actual && f.expected?.length ? (
                <ul class="rp-rewrites">
                  {f.expected.slice(0, 3).map((r, i) => (
                    <li key={r}>
                      <span class="rp-rewrite" lang={lang}>
                        {r}
                      </span>
                      <Apply finding={f} rewrite={r} fix={f.fixes?.[i]} />
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ul>
    </Section>
  );
}
