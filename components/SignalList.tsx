import type { Report, SignalExplanation } from '@/lib/scoring/types';
import { signalTitle } from '@/lib/panel/signals';
import { i18n } from '#i18n';

function Row({ s }: { s: SignalExplanation }) {
  const good = s.weight > 0;
  const mark = s.present ? (good ? '✓' : '!') : '○';
  // Not asked for in this ticket (empathy for a calm how-to question) or not now (a tip to an upset
  // customer): say so instead of "not in the draft yet", and promise no points for it.
  const open = !s.present && s.need !== undefined && s.need !== 'expected';
  const why = s.present
    ? s.evidence
      ? `“${s.evidence}”`
      : i18n.t('signals.inDraft')
    : open
      ? s.need === 'not-now'
        ? i18n.t('signals.notNow')
        : i18n.t('signals.optional')
      : i18n.t('signals.notYet');
  return (
    <li
      class={`rp-sig ${s.present ? (good ? 'rp-sig-on' : 'rp-sig-bad') : 'rp-sig-off'}`}
      data-signal={s.signal}
      data-present={String(s.present)}
      data-need={s.need ?? 'expected'}
    >
      <span class="rp-sig-mark" aria-hidden="true">{mark}</span>
      <span class="rp-sig-name">{signalTitle(s.signal, s)}</span>
      <span class="rp-sig-why">{why}</span>
      <span class="rp-sig-pts" aria-label={i18n.t('signals.points', [s.points])}>{s.points > 0 ? `+${s.points}` : s.points || (open ? '' : `+${s.weight}`)}</span>
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
  const costs = rows.filter((s) => s.weight < 0 && s.present);
  const expected = (s: SignalExplanation) => s.need === undefined || s.need === 'expected';
  // What is still missing first; what is not asked for here after what is there.
  const missing = rows.filter((s) => s.weight > 0 && !s.present && expected(s)).sort((a, b) => b.weight - a.weight);
  const notAsked = rows.filter((s) => s.weight > 0 && !s.present && !expected(s));
  const present = rows.filter((s) => s.weight > 0 && s.present);
  if (rows.length === 0) return null;
  return (
    <section class="rp-card" aria-labelledby="signals-title" data-testid="signals">
      <h2 id="signals-title">{i18n.t('signals.title')}</h2>
      <ul class="rp-sigs">
        {[...costs, ...missing, ...present, ...notAsked].map((s) => (
          <Row key={s.signal} s={s} />
        ))}
      </ul>
    </section>
  );
}
