import { useState } from 'preact/hooks';
import type { CoachTabState } from '@/lib/coach-state';
import { runEdit, useConnector } from '@/lib/panel/context';
import { i18n } from '#i18n';

/**
 * When the page does not say who reads the box, asks the agent once: a reply to the customer or an
 * internal note? The answer is remembered for this site and form (lib/hub/answers.ts); once given,
 * a line says so and lets the agent change it.
 */
export function BoxKindQuestion({ coach }: { coach: CoachTabState }) {
  const connector = useConnector();
  const [busy, setBusy] = useState(false);
  const answer = async (kind: 'public' | 'internal' | null, done: string) => {
    setBusy(true);
    await runEdit(connector, (tabId) => connector.answerBoxKind(tabId, kind), done);
    setBusy(false);
  };
  if (coach.boxKindFrom === 'agent' && coach.boxKind !== 'unknown') {
    return (
      <p class="rp-muted rp-boxkind-answered" data-testid="box-kind-answered">
        {coach.boxKind === 'internal' ? i18n.t('boxKind.internal') : i18n.t('boxKind.public')} ({i18n.t('boxKind.fromAgent')}){' '}
        <button type="button" class="rp-btn-quiet" disabled={busy} aria-label={i18n.t('boxKind.changeLabel')} onClick={() => answer(null, i18n.t('boxKind.change'))}>
          {i18n.t('boxKind.change')}
        </button>
      </p>
    );
  }
  if (coach.boxKind !== 'unknown' || !coach.boxId) return null;
  return (
    <section class="rp-card rp-boxkind" aria-labelledby="boxkind-question" data-testid="box-kind-question">
      <h2 id="boxkind-question">{i18n.t('boxKind.question')}</h2>
      <p class="rp-muted">{i18n.t('boxKind.why')}</p>
      <div class="rp-actions">
        <button type="button" disabled={busy} onClick={() => answer('public', i18n.t('boxKind.public'))}>
          {i18n.t('boxKind.public')}
        </button>
        <button type="button" disabled={busy} onClick={() => answer('internal', i18n.t('boxKind.internal'))}>
          {i18n.t('boxKind.internal')}
        </button>
      </div>
    </section>
  );
}
