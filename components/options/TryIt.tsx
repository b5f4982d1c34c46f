import { useMemo, useState } from 'preact/hooks';
import { createScorer, formatFindings, type Scorer } from '@/lib/scoring';
import { signalTitle } from '@/lib/panel/signals';
import { useOptions } from './store';

/** Score a sample reply with the pack being edited (or the one in force), live as you type. */
export function TryIt() {
  // The editor's pack only while it differs from the saved one and is valid.
  const preview = useOptions((s) => (s.dirty ? s.preview : null));
  const active = useOptions((s) => s.active);
  const pack = (preview ?? active)?.pack ?? null;
  const [reply, setReply] = useState('');
  const [customer, setCustomer] = useState('');
  // Compiled once per pack; every keystroke only scores.
  const scorer = useMemo<Scorer | { error: string } | null>(() => {
    if (!pack) return null;
    try {
      return createScorer(pack);
    } catch (e) {
      return { error: (e as Error).message };
    }
  }, [pack]);
  const report = scorer && 'score' in scorer && reply.trim() ? scorer.score(reply, { customerMessage: customer || undefined, boxKind: 'public' }) : null;
  // Built-in and pack-declared signals alike, by the name the panel gives them.
  const on = report && pack ? Object.entries(report.signals).filter(([, v]) => v).map(([k]) => signalTitle(k, pack.signals[k])) : [];

  return (
    <section class="op-card" aria-labelledby="try-h">
      <h2 id="try-h">Try it</h2>
      <p class="op-muted">{preview ? 'Using the pack in the editor (not saved yet).' : 'Using the pack in force.'}</p>
      <label class="op-stack">
        Customer message
        <textarea rows={3} value={customer} onInput={(e) => setCustomer(e.currentTarget.value)} />
      </label>
      <label class="op-stack">
        Sample reply
        <textarea rows={6} value={reply} onInput={(e) => setReply(e.currentTarget.value)} />
      </label>
      {scorer && 'error' in scorer && <p class="op-bad-text">This pack cannot score: {scorer.error}</p>}
      {report && (
        <div data-testid="try-report" aria-live="polite">
          <p class="op-score">
            Score <strong data-testid="try-score">{report.score}</strong> · mood {report.mood.kind}
          </p>
          <p>
            <span class="op-muted">Signals: </span>
            <span data-testid="try-signals">{on.length ? on.join(', ') : 'none'}</span>
          </p>
          <ul class="op-findings" aria-label="Findings" data-testid="try-findings">
            {formatFindings(reply, report.findings).map((line, i) => (
              <li key={i}>{line}</li>
            ))}
          </ul>
          {report.findings.length === 0 && <p class="op-muted">No findings.</p>}
        </div>
      )}
    </section>
  );
}
