import type { Report, SignalExplanation } from '@/lib/scoring/types';
import { signalTitle } from '@/lib/panel/signals';
import { Section } from './Section';
import { i18n } from '#i18n';

type Status = 'met' | 'missing' | 'costs' | 'na';

/** How a signal stands in this draft; a bonus tip does not count while the customer is hurried or upset. */
function statusOf(s: SignalExplanation, tipFits: boolean): Status {
  if (s.weight < 0) return 'costs';
  if (s.signal === 'bonus-tip' && !tipFits) return 'na';
  return s.present ? 'met' : 'missing';
}

/** One sentence a screen reader says for the row: the state and what it means for the score. */
function describe(status: Status, s: SignalExplanation): string {
  switch (status) {
    case 'met':
      return i18n.t('signals.met', s.points, [s.points]);
    case 'missing':
      return i18n.t('signals.missing', s.weight, [s.weight]);
    case 'costs':
      return i18n.t('signals.costs', -s.points, [-s.points]);
    case 'na':
      return i18n.t('signals.notApplicable');
  }
}

function Row({ s, tipFits }: { s: SignalExplanation; tipFits: boolean }) {
  const status = statusOf(s, tipFits);
  const mark = status === 'met' ? '✓' : status === 'costs' ? '!' : '○';
  const why = s.present && status !== 'na' ? (s.evidence ? `“${s.evidence}”` : i18n.t('signals.inDraft')) : status === 'na' ? i18n.t('signals.notNow') : i18n.t('signals.notYet');
  const pts = status === 'costs' ? String(s.points) : status === 'na' ? '–' : `+${status === 'met' ? s.points : s.weight}`;
  return (
    <li class={`rp-sig rp-sig-${status}`} data-signal={s.signal} data-present={String(s.present)} data-status={status}>
      <span class="rp-sig-mark" aria-hidden="true">
        {mark}
      </span>
      <span class="rp-sig-name">{signalTitle(s.signal, s)}</span>
      <span class="rp-sig-why">{why}</span>
      <span class="rp-sig-pts" aria-hidden="true">
        {pts}
      </span>
      <span class="rp-sr">{describe(status, s)}</span>
    </li>
  );
}

/**
 * Which signals the draft shows, each with the words that triggered it and what it adds to the score:
 * what costs points first, then what is still missing (with what it would add), then what is there.
 * Habits to avoid are listed only when the draft has them.
 */
export function SignalList({ report }: { report: Report }) {
  const rows = report.breakdown ?? [];
  const tipFits = report.bonusTip?.offer !== false;
  const costs = rows.filter((s) => s.weight < 0 && s.present);
  const missing = rows.filter((s) => s.weight > 0 && !s.present).sort((a, b) => b.weight - a.weight);
  const present = rows.filter((s) => s.weight > 0 && s.present);
  if (rows.length === 0) return null;
  return (
    <Section id="signals" title={i18n.t('signals.title')} badge={missing.length ? i18n.t('before.missingCount', missing.length) : null} testId="signals">
      <ul class="rp-sigs">
        {[...costs, ...missing, ...present].map((s) => (
          <Row key={s.signal} s={s} tipFits={tipFits} />
        ))}
      </ul>
    </Section>
  );
}
