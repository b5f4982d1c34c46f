import type { Prompt, Report, SignalExplanation } from '@/lib/scoring/types';
import { signalTitle } from '@/lib/panel/signals';
import { usePackLang } from '@/lib/panel/context';
import { ClosingQuestions } from './ClosingQuestions';
import { InsertButton } from './InsertButton';
import { i18n } from '#i18n';

/** At most this many must-haves: the ones worth most; the rest are under Signals. */
const MAX_MUST = 3;

/** Signals a line from the pack can supply, by prompt kind. */
const LINE_FOR: Partial<Record<string, Prompt['kind']>> = { empathy: 'empathy', apology: 'apology', expectation: 'expectation' };

/**
 * What the draft still lacks that the score counts most, best first: positive signals not yet in the
 * draft that this ticket asks for (`need` expected: no tip for an upset customer, no apology for a calm
 * how-to question; closing questions are listed one by one below).
 */
export function mustHaves(report: Report): SignalExplanation[] {
  return (report.breakdown ?? [])
    .filter((s) => s.weight > 0 && !s.present && s.signal !== 'closing-question' && (s.need === undefined || s.need === 'expected'))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, MAX_MUST);
}

/**
 * The first thing in the coach: what to do before sending. The must-haves the draft still lacks (with
 * the pack's line for them, one Insert away) and the closing questions, ticking as the draft asks them.
 */
export function BeforeSend({ report }: { report: Report }) {
  const lang = usePackLang();
  const must = mustHaves(report);
  const openQuestions = report.closingQuestions.filter((q) => !q.asked && q.shown !== false).length;
  return (
    <section class="rp-card rp-before" aria-labelledby="before-title" data-testid="before-send">
      <h2 id="before-title">{i18n.t('closing.title')}</h2>
      {must.length > 0 ? (
        <ul class="rp-must" aria-label={i18n.t('before.missing')}>
          {must.map((s) => {
            const line = LINE_FOR[s.signal] ? report.prompts.find((p) => p.kind === LINE_FOR[s.signal]) : undefined;
            return (
              <li key={s.signal} data-signal={s.signal}>
                <span class="rp-must-mark" aria-hidden="true">
                  ○
                </span>
                <span class="rp-must-name">
                  {signalTitle(s.signal, s)} <span class="rp-sr">{i18n.t('signals.missing', s.weight, [s.weight])}</span>
                </span>
                <span class="rp-must-pts" aria-hidden="true">
                  +{s.weight}
                </span>
                {line ? (
                  <>
                    <span class="rp-must-line" lang={lang}>
                      {line.text}
                    </span>
                    <InsertButton text={line.text} />
                  </>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : null}
      <ClosingQuestions questions={report.closingQuestions} report={report} />
      {must.length === 0 && openQuestions === 0 ? <p class="rp-muted">{i18n.t('before.allSet')}</p> : null}
    </section>
  );
}
