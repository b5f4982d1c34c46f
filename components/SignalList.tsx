import type { Report, SignalExplanation } from '@/lib/scoring/types';
import { signalTitle } from '@/lib/panel/signals';
import { Section } from './Section';
import { i18n } from '#i18n';

/**
 * How a signal stands in this draft: `met`, `missing` (it would add points), `costs` (a habit to
 * avoid, in the draft), `optional` (not asked for in this ticket: counts when there, costs nothing
 * when not), `not-now` (the draft should not have it now: a bonus tip to an upset customer).
 */
type Status = 'met' | 'missing' | 'costs' | 'optional' | 'not-now';

function statusOf(s: SignalExplanation): Status {
  if (s.weight < 0) return 'costs';
  if (s.need === 'not-now') return 'not-now';
  if (s.present) return 'met';
  return s.need === 'optional' ? 'optional' : 'missing';
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
    case 'optional':
      return i18n.t('signals.optionalDesc');
    case 'not-now':
      return i18n.t('signals.notApplicable');
  }
}

function Row({ s }: { s: SignalExplanation }) {
  const status = statusOf(s);
  const mark = status === 'met' ? '✓' : status === 'costs' ? '!' : '○';
  // Not asked for in this ticket (empathy for a calm how-to question) or not now (a tip to an upset
  // customer): say so instead of "not in the draft yet", and promise no points for it.
  const why =
    status === 'not-now'
      ? i18n.t('signals.notNow')
      : s.present
        ? s.evidence
          ? `“${s.evidence}”`
          : i18n.t('signals.inDraft')
        : status === 'optional'
          ? i18n.t('signals.optional')
          : i18n.t('signals.notYet');
  const pts = status === 'costs' ? String(s.points) : status === 'met' ? `+${s.points}` : status === 'missing' ? `+${s.weight}` : '';
  return (
    <li class={`rp-sig rp-sig-${status}`} data-signal={s.signal} data-present={String(s.present)} data-status={status} data-need={s.need ?? 'expected'}>
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
 * Why the score is what it is, in one line above the rows: the points earned of those possible (the
 * score is their ratio), the points still open, the points habits cost, how many signals do not count
 * for this customer right now, and the cap when an error-level rule fired. Figures come from
 * report.breakdown, the same numbers the score was computed from (lib/scoring/report.ts).
 */
export function ScoreWhy({ report }: { report: Report }) {
  const rows = report.breakdown ?? [];
  if (rows.length === 0) return null;
  const earned = rows.reduce((n, s) => n + Math.max(0, s.points), 0);
  const lost = rows.reduce((n, s) => n - Math.min(0, s.points), 0);
  const open = rows.filter((s) => s.weight > 0 && !s.present && s.applicable !== false && (s.need ?? 'expected') === 'expected').reduce((n, s) => n + s.weight, 0);
  const possible = earned + open;
  const notCounted = rows.filter((s) => s.applicable === false).length;
  const parts = [i18n.t('signals.earned', [earned, possible])];
  if (open > 0) parts.push(i18n.t('signals.open', [open]));
  if (lost > 0) parts.push(i18n.t('signals.habits', [lost]));
  if (notCounted > 0) parts.push(i18n.t('signals.notCounted', notCounted, [notCounted]));
  return (
    <div class="rp-sig-why-score" data-testid="score-why">
      <p>{parts.join(' · ')}</p>
      {report.scoreCap ? <p class="rp-sig-cap">{i18n.t('signals.capped', [report.scoreCap.max, report.scoreCap.ruleIds.join(', ')])}</p> : null}
    </div>
  );
}

/**
 * Which signals the draft shows, each with the words that triggered it and what it adds to the score:
 * what costs points first, then what is still missing (with what it would add), then what is there,
 * then what this ticket does not ask for. Habits to avoid are listed only when the draft has them.
 */
export function SignalList({ report }: { report: Report }) {
  const rows = report.breakdown ?? [];
  const costs = rows.filter((s) => s.weight < 0 && s.present);
  const expected = (s: SignalExplanation) => s.need === undefined || s.need === 'expected';
  const missing = rows.filter((s) => s.weight > 0 && !s.present && expected(s)).sort((a, b) => b.weight - a.weight);
  const notAsked = rows.filter((s) => s.weight > 0 && !s.present && !expected(s));
  const present = rows.filter((s) => s.weight > 0 && s.present);
  if (rows.length === 0) return null;
  return (
    <Section id="signals" title={i18n.t('signals.title')} badge={missing.length ? i18n.t('before.missingCount', missing.length) : null} testId="signals">
      <ScoreWhy report={report} />
      <ul class="rp-sigs">
        {[...costs, ...missing, ...present, ...notAsked].map((s) => (
          <Row key={s.signal} s={s} />
        ))}
      </ul>
    </Section>
  );
}
