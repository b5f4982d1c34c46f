import { useEffect, useRef, useState } from 'preact/hooks';
import { toCsv, toJson } from '@/lib/followup/export';
import { clearProgress, setRetention } from '@/lib/followup/progress';
import { RETENTION_CHOICES, type ProgressRecord, type ProgressSettings } from '@/lib/followup/types';
import { i18n } from '#i18n';

function download(name: string, type: string, body: string): void {
  const url = URL.createObjectURL(new Blob([body], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** How long the history is kept, the exports, and "clear my history" (asked twice). */
export function History({ records, settings }: { records: ProgressRecord[]; settings: ProgressSettings }) {
  const [confirming, setConfirming] = useState(false);
  const [note, setNote] = useState('');
  const yes = useRef<HTMLButtonElement>(null);
  const clear = useRef<HTMLButtonElement>(null);
  const asked = useRef(false);
  // Focus follows the question: to "Yes, clear it" when asked, back to "Clear my history" after.
  useEffect(() => {
    if (confirming) yes.current?.focus();
    else if (asked.current) clear.current?.focus();
    asked.current = confirming;
  }, [confirming]);
  const stamp = new Date().toISOString().slice(0, 10);
  return (
    <section aria-labelledby="pg-history" class="pg-history">
      <h2 id="pg-history">{i18n.t('progress.historyTitle')}</h2>
      <p>
        <label>
          {i18n.t('progress.keep')}{' '}
          <select
            value={String(settings.retentionDays)}
            onChange={(e) => {
              const days = Number((e.currentTarget as HTMLSelectElement).value);
              void setRetention(days).then(() => setNote(i18n.t('progress.kept', [String(days)])));
            }}
          >
            {RETENTION_CHOICES.map((d) => (
              <option key={d} value={String(d)}>
                {i18n.t('progress.days', [String(d)])}
              </option>
            ))}
          </select>
        </label>
      </p>
      <p class="pg-buttons">
        <button type="button" disabled={records.length === 0} onClick={() => (download(`rapport-progress-${stamp}.csv`, 'text/csv', toCsv(records)), setNote(i18n.t('progress.exported')))}>
          {i18n.t('progress.exportCsv')}
        </button>
        <button
          type="button"
          disabled={records.length === 0}
          onClick={() => (download(`rapport-progress-${stamp}.json`, 'application/json', toJson(records, Date.now())), setNote(i18n.t('progress.exported')))}
        >
          {i18n.t('progress.exportJson')}
        </button>
        {confirming ? null : (
          <button type="button" class="pg-danger" ref={clear} disabled={records.length === 0} onClick={() => setConfirming(true)}>
            {i18n.t('progress.clear')}
          </button>
        )}
      </p>
      {confirming ? (
        <div class="pg-confirm" role="group" aria-labelledby="pg-confirm-q">
          <p id="pg-confirm-q">{i18n.t('progress.clearConfirm', records.length, [String(records.length)])}</p>
          <button
            type="button"
            class="pg-danger"
            ref={yes}
            onClick={() =>
              void clearProgress().then(() => {
                setConfirming(false);
                setNote(i18n.t('progress.cleared'));
              })
            }
          >
            {i18n.t('progress.clearYes')}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {i18n.t('progress.clearNo')}
          </button>
        </div>
      ) : null}
      <p role="status" class="pg-note">
        {note}
      </p>
    </section>
  );
}
