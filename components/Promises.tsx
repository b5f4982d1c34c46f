import { useEffect, useState } from 'preact/hooks';
import type { Commitment } from '@/lib/scoring/types';
import { useFollowUps } from '@/lib/followup/context';
import { promiseKey, timeOf } from '@/lib/followup/followups';
import { i18n } from '#i18n';

/** "You promise: call them back by 14:15", or the promise quoted when its action has no name. */
export function promiseLine(c: Commitment, now = Date.now()): string {
  if (!c.due) return i18n.t('promises.noTime', [c.text]);
  const when = timeOf(c.due, now);
  return c.action ? i18n.t('promises.line', [c.action, when]) : i18n.t('promises.quoted', [c.text, when]);
}

/** The draft's promises with a time, each with the reminder that sending it will set (on by default). */
export function Promises({ tabId, commitments }: { tabId: number | null; commitments: Commitment[] | undefined }) {
  const connector = useFollowUps();
  const [muted, setMuted] = useState<string[]>([]);
  useEffect(() => (tabId === null ? undefined : connector.watchMuted(tabId, setMuted)), [connector, tabId]);
  const list = (commitments ?? []).filter((c) => c.due);
  if (list.length === 0) return null;
  const toggle = (key: string, on: boolean) => {
    if (tabId === null) return;
    void connector.setMuted(tabId, on ? muted.filter((k) => k !== key) : [...muted, key]);
  };
  return (
    <section class="rp-card rp-promises" aria-labelledby="promises-title" data-testid="promises">
      <h2 id="promises-title">{i18n.t('promises.title')}</h2>
      <ul>
        {list.map((c, i) => {
          const key = promiseKey(c);
          const id = `promise-${i}`;
          return (
            <li key={key} class="rp-promise" data-due={c.due}>
              <span id={id}>{promiseLine(c)}</span>
              <label class="rp-remind">
                <input
                  type="checkbox"
                  checked={!muted.includes(key)}
                  aria-describedby={id}
                  onChange={(e) => toggle(key, (e.currentTarget as HTMLInputElement).checked)}
                />
                {i18n.t('promises.remind')}
              </label>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
