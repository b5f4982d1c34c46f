// The `--summary` view: how often each signal shows up across past replies, what replies with and
// without it score, and which findings fire most. A team lead reads it to see whether a pack's
// weights and phrases match how the team actually writes before rolling the pack out.
import type { Finding, Report } from '../lib/scoring/types';
import { SIGNAL_IDS } from '../lib/scoring/types';

interface SignalTally {
  present: number;
  scoreWith: number;
  scoreWithout: number;
}

interface RuleTally {
  count: number;
  replies: number;
  phrases: Map<string, number>;
  /** Lower-cased phrase → the spelling first seen. */
  spelled?: Map<string, string>;
}

export class Summary {
  private replies = 0;
  private scoreTotal = 0;
  private readonly signals = new Map<string, SignalTally>();
  private readonly rules = new Map<string, RuleTally>();
  /** Replies clearly in another language than the pack: not scored, so kept out of the mean. */
  private otherLanguage = 0;

  add(report: Pick<Report, 'score' | 'signals' | 'findings' | 'skipped'>, text: string): void {
    if (report.skipped === 'other-language') {
      this.otherLanguage++;
      return;
    }
    this.replies++;
    this.scoreTotal += report.score;
    const ids = new Set<string>([...SIGNAL_IDS, ...Object.keys(report.signals)]);
    for (const id of ids) {
      const tally = this.signals.get(id) ?? { present: 0, scoreWith: 0, scoreWithout: 0 };
      if ((report.signals as Record<string, boolean | undefined>)[id]) {
        tally.present++;
        tally.scoreWith += report.score;
      } else {
        tally.scoreWithout += report.score;
      }
      this.signals.set(id, tally);
    }
    const seen = new Set<string>();
    for (const f of report.findings) {
      const tally: RuleTally = this.rules.get(f.ruleId) ?? { count: 0, replies: 0, phrases: new Map() };
      tally.count++;
      if (!seen.has(f.ruleId)) tally.replies++;
      seen.add(f.ruleId);
      const phrase = phraseOf(f, text);
      if (phrase) {
        // Counted case-insensitively, quoted as first written ("No problem" and "no problem" are one).
        const key = phrase.toLowerCase();
        const seenAs = (tally.spelled ??= new Map()).get(key) ?? phrase;
        tally.spelled.set(key, seenAs);
        tally.phrases.set(seenAs, (tally.phrases.get(seenAs) ?? 0) + 1);
      }
      this.rules.set(f.ruleId, tally);
    }
  }

  render(failed: number): string {
    const n = this.replies;
    const out: string[] = [];
    const mean = n ? (this.scoreTotal / n).toFixed(1) : '-';
    const foreign = this.otherLanguage ? `, ${this.otherLanguage} in another language than the pack (not scored)` : '';
    out.push(`${n} replies scored${foreign}${failed ? `, ${failed} lines failed` : ''}; mean score ${mean}`);
    out.push('');
    const signalRows = [...this.signals].map(([id, t]) => [
      id,
      String(t.present),
      pct(t.present, n),
      avg(t.scoreWith, t.present),
      avg(t.scoreWithout, n - t.present),
      topRules(this.rules, id),
    ]);
    out.push(table(['signal', 'replies', '%', 'mean score with', 'without', 'most common findings'], signalRows));
    out.push('');
    const ruleRows = [...this.rules]
      .sort((a, b) => b[1].count - a[1].count || a[0].localeCompare(b[0]))
      .map(([id, t]) => [id, String(t.count), String(t.replies), pct(t.replies, n), topPhrases(t.phrases)]);
    out.push(ruleRows.length ? table(['finding', 'count', 'replies', '%', 'most common text'], ruleRows) : 'no findings');
    return out.join('\n') + '\n';
  }
}

/** The words a finding quotes, whole: a long one is cut at a word boundary and marked with "…". */
export function phraseOf(f: Finding, text: string, max = 40): string {
  const raw = (f.actual ?? text.slice(f.span.start, f.span.end)).replace(/\s+/g, ' ').trim();
  if (raw.length <= max) return raw;
  const cut = raw.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > 0 ? cut.slice(0, space) : raw.slice(0, max)).replace(/[\s,;:]+$/, '')}…`;
}

/** Rules belong to a signal when named after it (`no-problem`, `no-problem/variant`, `closing-question.solved`). */
function belongsTo(ruleId: string, signal: string): boolean {
  return ruleId === signal || (ruleId.startsWith(signal) && /^[/.:#]/.test(ruleId.slice(signal.length)));
}

function topRules(rules: Map<string, RuleTally>, signal: string): string {
  const phrases = new Map<string, number>();
  for (const [id, t] of rules) {
    if (!belongsTo(id, signal)) continue;
    for (const [p, c] of t.phrases) phrases.set(p, (phrases.get(p) ?? 0) + c);
  }
  return topPhrases(phrases);
}

function topPhrases(phrases: Map<string, number>, limit = 3): string {
  return [...phrases]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([p, c]) => `"${p}" ×${c}`)
    .join(', ');
}

function pct(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '-';
}

function avg(total: number, count: number): string {
  return count ? (total / count).toFixed(1) : '-';
}

function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const fmt = (cells: string[]) =>
    cells
      .map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [fmt(head), fmt(widths.map((w) => '-'.repeat(w))), ...rows.map(fmt)].join('\n');
}
