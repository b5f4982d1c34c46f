// What the team report shows, computed from the records of each file: per file (an agent's export,
// or one `rapport score` run) the replies, mean score, each signal's rate and the closing-question
// habit; over time (records with a time only), the mean score per week of each file and each
// signal's rate per week across all files. Pure, so it is unit-tested without files or a browser.
import type { ImportedRecord } from '../../lib/followup/export';
import { closingHabitPerWeek, dayOf, idsByFrequency, signalRatesPerWeek, weekOf } from '../../lib/followup/trends';
import type { ProgressRecord } from '../../lib/followup/types';
import type { Zone } from '../../lib/scoring/commitments/zoned-time';
import type { StatsSource } from './read';

export interface SourceSummary {
  name: string;
  kind: StatsSource['kind'];
  replies: number;
  /** Replies with a time (exports); `rapport score` output has none. */
  timed: number;
  meanScore: number;
  /** Share (0–1) of replies with each signal. */
  signalRates: Record<string, number>;
  /** Share of replies that asked at least one closing question. */
  closingRate: number;
  /** First and last day with a reply, `YYYY-MM-DD`, when timed. */
  from?: string;
  to?: string;
}

export interface StatsData {
  title: string;
  /** ISO 8601. */
  generatedAt: string;
  zone: Zone;
  sources: SourceSummary[];
  /** Every signal seen, most frequent first. */
  signals: string[];
  /** Mondays of the weeks with timed replies, `YYYY-MM-DD`, ascending. */
  weeks: string[];
  /** Per source, its mean score in each week (null: no reply that week). */
  scoreByWeek: { name: string; values: (number | null)[] }[];
  /** Per signal (the most frequent ones), its rate across all files in each week. */
  signalByWeek: { id: string; values: (number | null)[] }[];
  /** Across all files, the share of replies asking any closing question, per week. */
  closingByWeek: (number | null)[];
}

/** Signals drawn over time; all of them are in the tables. */
const SIGNALS_OVER_TIME = 6;

const timedOf = (records: ImportedRecord[]): ProgressRecord[] => records.filter((r): r is ProgressRecord => r.at !== null);
const round = (x: number, digits = 3) => Math.round(x * 10 ** digits) / 10 ** digits;

export function aggregate(sources: StatsSource[], opts: { title: string; zone: Zone; now: number }): StatsData {
  const summaries = sources.map((s) => summarise(s, opts.zone));
  const all = sources.flatMap((s) => s.records);
  const counts = new Map<string, number>();
  for (const r of all) for (const id of r.signals) counts.set(id, (counts.get(id) ?? 0) + 1);
  const signals = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);

  const timed = timedOf(all);
  const weeks = [...new Set(timed.map((r) => weekOf(r.at, opts.zone)))].sort();
  const scoreByWeek = sources.map((s) => {
    const byWeek = new Map<string, { n: number; sum: number }>();
    for (const r of timedOf(s.records)) {
      const w = weekOf(r.at, opts.zone);
      const acc = byWeek.get(w) ?? { n: 0, sum: 0 };
      acc.n++;
      acc.sum += r.score;
      byWeek.set(w, acc);
    }
    return { name: s.name, values: weeks.map((w) => (byWeek.has(w) ? round(byWeek.get(w)!.sum / byWeek.get(w)!.n, 1) : null)) };
  });
  const rates = signalRatesPerWeek(timed, opts.zone);
  const rateOf = new Map(rates.map((w) => [w.week, w]));
  const signalByWeek = idsByFrequency(rates)
    .slice(0, SIGNALS_OVER_TIME)
    .map((id) => ({ id, values: weeks.map((w) => (rateOf.has(w) ? round(rateOf.get(w)!.rates[id] ?? 0) : null)) }));
  const closing = new Map(closingHabitPerWeek(timed, opts.zone).map((w) => [w.week, w]));
  return {
    title: opts.title,
    generatedAt: new Date(opts.now).toISOString(),
    zone: opts.zone,
    sources: summaries,
    signals,
    weeks,
    scoreByWeek: timed.length ? scoreByWeek.filter((s) => s.values.some((v) => v !== null)) : [],
    signalByWeek,
    // A week with timed replies and no closing question has a rate of 0, not a gap.
    closingByWeek: weeks.map((w) => round(closing.get(w)?.rates.any ?? 0)),
  };
}

function summarise(s: StatsSource, zone: Zone): SourceSummary {
  const n = s.records.length;
  const counts = new Map<string, number>();
  for (const r of s.records) for (const id of r.signals) counts.set(id, (counts.get(id) ?? 0) + 1);
  const timed = timedOf(s.records).map((r) => r.at).sort((a, b) => a - b);
  const day = (at: number) => dayOf(at, zone);
  return {
    name: s.name,
    kind: s.kind,
    replies: n,
    timed: timed.length,
    meanScore: n ? round(s.records.reduce((sum, r) => sum + r.score, 0) / n, 1) : 0,
    signalRates: Object.fromEntries([...counts].map(([id, c]) => [id, round(c / n)])),
    closingRate: n ? round(s.records.filter((r) => r.closing.asked.length > 0 || r.signals.includes('closing-question')).length / n) : 0,
    ...(timed.length ? { from: day(timed[0]!), to: day(timed.at(-1)!) } : {}),
  };
}
