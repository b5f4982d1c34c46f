// Trends over progress records, for the agent's progress page and `rapport stats`: mean score per
// day, each signal's rate per week, the closing-question habit per week. Pure: no browser API, so
// the CLI computes exactly what the page shows. Days and weeks are the calendar days of `zone`;
// weeks start on Monday (ISO 8601).
import { addDays, wallTime, weekday, type Zone } from '@/lib/scoring/commitments/zoned-time';
import type { ProgressRecord } from './types';

export interface DayPoint {
  /** `YYYY-MM-DD`. */
  day: string;
  replies: number;
  /** Mean score 0–100 of the day's replies. */
  meanScore: number;
}

export interface WeekRates {
  /** The week's Monday, `YYYY-MM-DD`. */
  week: string;
  replies: number;
  /** Share (0–1) of the week's replies in which each id was present. */
  rates: Record<string, number>;
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const iso = (d: { year: number; month: number; day: number }) => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;

/** The calendar day of epoch ms `at` in `zone`, `YYYY-MM-DD`. */
export function dayOf(at: number, zone: Zone): string {
  return iso(wallTime(at, zone));
}

/** The Monday of the ISO week holding epoch ms `at` in `zone`, `YYYY-MM-DD`. */
export function weekOf(at: number, zone: Zone): string {
  const d = wallTime(at, zone);
  const back = (weekday(d.year, d.month, d.day) + 6) % 7;
  return iso(addDays(d, -back));
}

export function scorePerDay(records: readonly ProgressRecord[], zone: Zone): DayPoint[] {
  const days = new Map<string, { n: number; sum: number }>();
  for (const r of records) {
    const key = dayOf(r.at, zone);
    const d = days.get(key) ?? { n: 0, sum: 0 };
    d.n++;
    d.sum += r.score;
    days.set(key, d);
  }
  return [...days]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([day, d]) => ({ day, replies: d.n, meanScore: Math.round((10 * d.sum) / d.n) / 10 }));
}

function perWeek(records: readonly ProgressRecord[], zone: Zone, idsOf: (r: ProgressRecord) => readonly string[]): WeekRates[] {
  const weeks = new Map<string, { n: number; counts: Map<string, number> }>();
  for (const r of records) {
    const key = weekOf(r.at, zone);
    const w = weeks.get(key) ?? { n: 0, counts: new Map<string, number>() };
    w.n++;
    for (const id of new Set(idsOf(r))) w.counts.set(id, (w.counts.get(id) ?? 0) + 1);
    weeks.set(key, w);
  }
  return [...weeks]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([week, w]) => ({ week, replies: w.n, rates: Object.fromEntries([...w.counts].map(([id, c]) => [id, c / w.n])) }));
}

/** Each signal's rate per week. */
export function signalRatesPerWeek(records: readonly ProgressRecord[], zone: Zone): WeekRates[] {
  return perWeek(records, zone, (r) => r.signals);
}

/** Per week, the share of replies that asked each closing question, and `any` (at least one). */
export function closingHabitPerWeek(records: readonly ProgressRecord[], zone: Zone): WeekRates[] {
  return perWeek(records, zone, (r) => (r.closing.asked.length > 0 ? [...r.closing.asked, 'any'] : []));
}

/** Ids that occur in any week, most frequent overall first. */
export function idsByFrequency(weeks: readonly WeekRates[]): string[] {
  const total = new Map<string, number>();
  for (const w of weeks) for (const [id, rate] of Object.entries(w.rates)) total.set(id, (total.get(id) ?? 0) + rate * w.replies);
  return [...total].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([id]) => id);
}
