import type { CoachTabState } from '@/lib/coach-state';
import { countWords } from '@/lib/scoring/words';
import { boxLabel, siteName, verdict } from '@/lib/panel/labels';
import { i18n } from '#i18n';

export function Header({ coach }: { coach: CoachTabState }) {
  const report = coach.report;
  const words = countWords(coach.text);
  const scored = report && !report.skipped;
  return (
    <header class="rp-header">
      <p class="rp-where" data-testid="where">
        {siteName(coach.site, coach.siteName)} · {boxLabel(coach.boxKind)}
      </p>
      <div class="rp-scoreline">
        {scored ? (
          <p class="rp-score" data-testid="score">
            <span class="rp-sr">{i18n.t('panel.score', [report.score])}</span>
            <strong aria-hidden="true">{report.score}</strong>
            <span class="rp-verdict">{verdict(report.score)}</span>
          </p>
        ) : null}
        <p class="rp-words" data-testid="word-count">
          {i18n.t('panel.words', words)}
        </p>
      </div>
    </header>
  );
}
