import { useMemo, useState } from 'preact/hooks';
import { createScorer, formatFindings, type Scorer } from '@/lib/scoring';
import type { MoodKind } from '@/lib/scoring/types';
import { signalTitle } from '@/lib/panel/signals';
import { useOptions } from './store';
import { i18n } from '#i18n';

function moodName(kind: MoodKind): string {
  switch (kind) {
    case 'hurry':
      return i18n.t('mood.hurry');
    case 'upset':
      return i18n.t('mood.upset');
    case 'confused':
      return i18n.t('mood.confused');
    case 'calm':
      return i18n.t('mood.calm');
  }
}

/** Score a sample reply with the pack being edited (or the one in force), live as you type. */
export function TryIt() {
  // The editor's pack only while it differs from the saved one and is valid.
  const preview = useOptions((s) => (s.dirty ? s.preview : null));
  const active = useOptions((s) => s.active);
  const pack = (preview ?? active)?.pack ?? null;
  const [reply, setReply] = useState('');
  const [customer, setCustomer] = useState('');
  // Compiled once per pack; every keystroke only scores.
  const scorer = useMemo<Scorer | { error: string } | null>(() => {
    if (!pack) return null;
    try {
      return createScorer(pack);
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [pack]);
  const report = scorer && 'score' in scorer && reply.trim() ? scorer.score(reply, { customerMessage: customer || undefined, boxKind: 'public' }) : null;
  // Built-in and pack-declared signals alike, by the name the panel gives them.
  const onIds = report ? Object.entries(report.signals).filter(([, v]) => v).map(([k]) => k) : [];
  const on = pack ? onIds.map((k) => signalTitle(k, pack.signals[k])) : [];

  return (
    <section class="op-card" aria-labelledby="try-h">
      <h2 id="try-h">{i18n.t('options.try.title')}</h2>
      <p class="op-muted">{preview ? i18n.t('options.try.usingDraft') : i18n.t('options.try.usingActive')}</p>
      <label class="op-stack">
        {i18n.t('options.try.customer')}
        <textarea rows={3} value={customer} onInput={(e) => setCustomer(e.currentTarget.value)} />
      </label>
      <label class="op-stack">
        {i18n.t('options.try.reply')}
        <textarea rows={6} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
      </label>
      {scorer && 'error' in scorer && <p class="op-bad-text">{i18n.t('options.try.cannotScore', [scorer.error])}</p>}
      {report && (
        <div data-testid="try-report" aria-live="polite">
          <p class="op-score">
            {i18n.t('options.try.score')} <strong data-testid="try-score">{report.score}</strong> · {i18n.t('options.try.mood', [moodName(report.mood.kind)])}
          </p>
          <p>
            <span class="op-muted">{i18n.t('options.try.signals')} </span>
            <span data-testid="try-signals" data-signals={onIds.join(' ')}>
              {on.length ? on.join(', ') : i18n.t('options.try.none')}
            </span>
          </p>
          <ul class="op-findings" aria-label={i18n.t('options.try.findings')} data-testid="try-findings" lang={pack?.locale}>
            {formatFindings(reply, report.findings).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {report.findings.length === 0 && <p class="op-muted">{i18n.t('options.try.noFindings')}</p>}
        </div>
      )}
    </section>
  );
}
