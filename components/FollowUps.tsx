import { useEffect, useState } from 'preact/hooks';
import type { LastSent } from '@/lib/followup/keys';
import type { FollowUp, FollowUpAction } from '@/lib/followup/types';
import { useFollowUps } from '@/lib/followup/context';
import { timeOf } from '@/lib/followup/followups';
import { i18n } from '#i18n';

/** The "Sent" line stays this long after a send. */
const SENT_NOTE_MS = 10 * 60_000;
/** Due and overdue labels are re-read this often. */
const TICK_MS = 30_000;

/** Open promises of sent replies, overdue first: mark done, snooze, or open the ticket. */
export function FollowUps({ tabId, progressLink = true }: { tabId: number | null; progressLink?: boolean }) {
  const connector = useFollowUps();
  const [list, setList] = useState<FollowUp[]>([]);
  const [sent, setSent] = useState<LastSent | null>(null);
  const [now, setNow] = useState(Date.now());
  useEffect(() => connector.watchFollowUps(setList), [connector]);
  useEffect(() => (tabId === null ? undefined : connector.watchLastSent(tabId, setSent)), [connector, tabId]);
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  const sorted = [...list].sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  const act = (id: string, action: FollowUpAction) => void connector.act(id, action);
  return (
    <section class="rp-card rp-followups" aria-labelledby="followups-title" data-testid="followups">
      <h2 id="followups-title">{i18n.t('followUps.title')}</h2>
      {sent && now - sent.at < SENT_NOTE_MS ? (
        <p class="rp-sent" role="status">
          {i18n.t('promises.sent', sent.reminders, [String(sent.reminders)])}
        </p>
      ) : null}
      {sorted.length === 0 ? (
        <p class="rp-muted">{i18n.t('followUps.empty')}</p>
      ) : (
        <ul>
          {sorted.map((f) => {
            const late = Date.parse(f.due) <= now;
            const what = f.action ?? `“${f.promise}”`;
            const label = `${what}, ${f.ticket.title}`;
            return (
              <li key={f.id} class={`rp-followup${late ? ' rp-overdue' : ''}`} data-followup={f.id} data-overdue={String(late)}>
                <strong class="rp-followup-ticket">{f.ticket.title}</strong>
                <span>{what}</span>
                <span class="rp-followup-due">{late ? i18n.t('followUps.overdue', [timeOf(f.due, now)]) : i18n.t('followUps.due', [timeOf(f.due, now)])}</span>
                <span class="rp-actions">
                  <button type="button" class="rp-btn" aria-label={i18n.t('followUps.doneLabel', [label])} onClick={() => act(f.id, 'done')}>
                    {i18n.t('followUps.done')}
                  </button>
                  <button type="button" class="rp-btn rp-btn-quiet" aria-label={i18n.t('followUps.snoozeLabel', [label])} onClick={() => act(f.id, 'snooze')}>
                    {i18n.t('followUps.snooze')}
                  </button>
                  <button type="button" class="rp-btn rp-btn-quiet" aria-label={i18n.t('followUps.openLabel', [label])} onClick={() => act(f.id, 'open')}>
                    {i18n.t('followUps.open')}
                  </button>
                </span>
              </li>
            );
          })}
        </ul>
      )}
      {progressLink ? (
        <p class="rp-followups-more">
          <a href="/progress.html" target="_blank" rel="noopener">
            {i18n.t('followUps.progress')}
          </a>
        </p>
      ) : null}
    </section>
  );
}
