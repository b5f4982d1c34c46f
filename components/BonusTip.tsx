import { useEffect, useState } from 'preact/hooks';
import type { BonusTipAdvice, Report } from '@/lib/scoring/types';
import { becauseList } from '@/lib/panel/because';
import { useConnector, runEdit } from '@/lib/panel/context';
import { CopyButton } from './InsertButton';
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
  const [offered, setOffered] = useState<string[] | null>(null);
  const [skipped, setSkipped] = useState<string[]>([]);
  const [dismissed, setDismissed] = useState(false);

  useEffect(() => {
    let live = true;
    setSkipped([]);
    setDismissed(false);
    void connector.offeredTips(customerName).then((ids) => live && setOffered(ids));
    return () => {
      live = false;
    };
  }, [connector, customerName]);

  if (!advice || dismissed || offered === null) return null;
  if (!advice.offer) {
    // Held back for the customer or the ticket: say why, so the agent knows it is not an oversight.
    const held = (advice.because ?? []).filter((b) => 'mood' in b || 'situation' in b);
    if (advice.because && held.length === 0) return null;
    return (
      <section class="rp-card rp-tip rp-tip-held" data-testid="bonus-tip-held">
        <h2>{i18n.t('tip.title')}</h2>
        <p class="rp-muted">{held.length ? i18n.t('tip.held', [becauseList(held, report ?? {})]) : advice.reason}</p>
      </section>
    );
  }
  const fresh = advice.tips.filter((t) => !offered.includes(t.id));
  const tip = fresh.find((t) => !skipped.includes(t.id)) ?? null;
  if (!tip) return null;
  return (
    <section class="rp-card rp-tip" aria-labelledby="tip-title" data-testid="bonus-tip" data-tip={tip.id}>
      <h2 id="tip-title">{i18n.t('tip.titleWith', [tip.title])}</h2>
      <p>{tip.text}</p>
      <div class="rp-actions">
        <button
          type="button"
          class="rp-btn"
          aria-label={i18n.t('tip.insertLabel', [tip.title])}
          onClick={async () => {
            await runEdit(connector, (tabId) => connector.insert(tabId, tip.text), i18n.t('tip.inserted'));
            await connector.markTipOffered(customerName, tip.id);
            setOffered([...offered, tip.id]);
          }}
        >
          {i18n.t('panel.insert')}
        </button>
        <CopyButton text={tip.text} what={i18n.t('tip.copyLabel', [tip.title])} />
        {fresh.length > 1 ? (
          <button type="button" class="rp-btn rp-btn-quiet" onClick={() => setSkipped(skipped.length + 1 >= fresh.length ? [] : [...skipped, tip.id])}>
            {i18n.t('tip.next')}
          </button>
        ) : null}
        <button type="button" class="rp-btn rp-btn-quiet" onClick={() => setDismissed(true)}>
          {i18n.t('tip.dismiss')}
        </button>
      </div>
    </section>
  );
}
