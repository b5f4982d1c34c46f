import type { ProgressRecord } from '@/lib/followup/types';
import { boxLabel, siteName } from '@/lib/panel/labels';
import { signalTitle } from '@/lib/panel/signals';
import { i18n } from '#i18n';

const SHOWN = 20;

const moodWord = (m: ProgressRecord['mood']) =>
  m === 'hurry' ? i18n.t('progress.moodKind.hurry') : m === 'upset' ? i18n.t('progress.moodKind.upset') : m === 'confused' ? i18n.t('progress.moodKind.confused') : i18n.t('progress.moodKind.calm');

/** The last replies sent, newest first: when, where, the score and what they had. */
export function RecentReplies({ records, questionText }: { records: ProgressRecord[]; questionText: (id: string) => string }) {
  const recent = [...records].sort((a, b) => b.at - a.at).slice(0, SHOWN);
  return (
    <section aria-labelledby="pg-recent">
      <h2 id="pg-recent">{i18n.t('progress.recentTitle')}</h2>
      <div class="pg-scroll">
        <table class="pg-recent" data-testid="recent-replies">
          <thead>
            <tr>
              <th scope="col">{i18n.t('progress.sentAt')}</th>
              <th scope="col">{i18n.t('progress.site')}</th>
              <th scope="col">{i18n.t('progress.box')}</th>
              <th scope="col">{i18n.t('progress.score')}</th>
              <th scope="col">{i18n.t('progress.mood')}</th>
              <th scope="col">{i18n.t('progress.signals')}</th>
              <th scope="col">{i18n.t('progress.closing')}</th>
            </tr>
          </thead>
          <tbody>
            {recent.map((r) => (
              <tr key={r.at} data-sent-at={r.at}>
                <th scope="row">{new Date(r.at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}</th>
                <td>{siteName(r.site)}</td>
                <td>{boxLabel(r.boxKind)}</td>
                <td class="pg-num">{r.score}</td>
                <td>{moodWord(r.mood)}</td>
                <td>{r.signals.map((id) => signalTitle(id)).join(', ')}</td>
                <td title={r.closing.asked.map(questionText).join('\n')}>{i18n.t('progress.closingOf', [String(r.closing.asked.length), String(r.closing.total)])}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
