import { useEffect, useState } from 'preact/hooks';
import type { BonusTipAdvice, Report } from '@/lib/scoring/types';
import { useConnector, runEdit, usePackLang } from '@/lib/panel/context';
import { panelStore, usePanel } from '@/lib/panel/store';
import { tipHeldReason } from '@/lib/panel/texts';
import { CopyButton } from './InsertButton';
import { Section } from './Section';
import { i18n } from '#i18n';

/**
 * One tip matched to the ticket's topic, best match first. It steps back, saying why, when the
 * customer is in a hurry or upset or the ticket is an outage; no tip matches the topic, no card. A tip
 * already offered to this requester is not offered again.
 */
export function BonusTip({
  advice,
  customerName,
  report,
}: {
  advice: BonusTipAdvice | undefined;
  customerName?: string;
  report?: Pick<Report, 'situations'>;
}) {
  const connector = useConnector();
  const lang = usePackLang();
  const offered = usePanel((s) => s.offered);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    setSkipped([]);
    setDismissed(false);
  }, [customerName]);

  if (!advice || dismissed) return null;
  if (!advice.offer) {
    // Held back for the customer or the ticket: say why, so the agent knows it is not an oversight.
    const why = tipHeldReason(advice, report ?? {});
    if (why === null) return null;
    return (
      <Section id="tip" title={i18n.t('tip.title')} class="rp-tip rp-tip-held" testId="bonus-tip-held" defaultOpen>
        <p class="rp-muted">{why}</p>
      </Section>
    );
  }
  const had = offered && offered.customer === customerName ? offered.ids : [];
  const fresh = advice.tips.filter((t) => !had.includes(t.id));
  const tip = fresh.find((t) => !skipped.includes(t.id)) ?? null;
  if (!tip) return null;
  return (
    <Section id="tip" title={i18n.t('tip.title')} class="rp-tip" defaultOpen>
      <div data-testid="bonus-tip" data-tip={tip.id}>
        <h3 class="rp-tip-title" lang={lang}>
          {tip.title}
        </h3>
        <p lang={lang}>{tip.text}</p>
        <div class="rp-actions">
          <button
            type="button"
            class="rp-btn"
            aria-label={i18n.t('tip.insertLabel', [tip.title])}
            onClick={async () => {
              await runEdit(connector, (tabId) => connector.insert(tabId, tip.text), i18n.t('tip.inserted'), { toBox: true });
              await connector.markTipOffered(customerName, tip.id);
              panelStore.setState({ offered: { customer: customerName, ids: [...had, tip.id] } });
            }}
          >
            {i18n.t('panel.insert')}
          </button>
          <CopyButton text={tip.text} label={i18n.t('tip.copyLabel', [tip.title])} />
          {fresh.length > 1 ? (
            <button type="button" class="rp-btn rp-btn-quiet" onClick={() => setSkipped(skipped.length + 1 >= fresh.length ? [] : [...skipped, tip.id])}>
              {i18n.t('tip.next')}
            </button>
          ) : null}
          <button type="button" class="rp-btn rp-btn-quiet" aria-label={i18n.t('tip.dismissLabel', [tip.title])} onClick={() => setDismissed(true)}>
            {i18n.t('tip.dismiss')}
          </button>
        </div>
      </div>
    </Section>
  );
}
