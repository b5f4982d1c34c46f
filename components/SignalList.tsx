import type { Report, SignalExplanation } from '@/lib/scoring/types';
import { signalTitle } from '@/lib/panel/signals';

function Row({ s }: { s: SignalExplanation }) {
  return (
    <li class={s.present ? 'rp-sig rp-sig-on' : 'rp-sig rp-sig-off'} data-signal={s.signal} data-present={String(s.present)}>
      <span class="rp-sig-mark" aria-hidden="true">{s.present ? '✓' : '○'}</span>
      <span class="rp-sig-name">{signalTitle(s.signal)}</span>
      <span class="rp-sig-why">
        {s.present ? (s.evidence ? `“${s.evidence}”` : 'present') : s.points < 0 ? 'costs points' : 'missing'}
      </span>
      <span class="rp-sig-pts">{s.points > 0 ? `+${s.points}` : s.points}</span>
    </li>
  );
}

/** Which signals the draft shows, each with the words that triggered it and what it adds to the score. */
export function SignalList({ report }: { report: Report }) {
  const rows = report.breakdown ?? [];
  if (rows.length === 0) return null;
  return (
    <section class="rp-card" aria-labelledby="signals-title">
      <h2 id="signals-title">Signals</h2>
      <ul class="rp-sigs">
        {rows.map((s) => (
          <Row key={s.signal} s={s} />
        ))}
      </ul>
    </section>
  );
}
