// The agent's progress as a file, and back: JSON (`{format: "rapport-progress", version: 1, records}`)
// and CSV with one row per sent reply. Both hold exactly the ProgressRecord fields: no text, no
// customer data. `rapport stats` reads them back (and `rapport score` output, which has no times).
import type { MoodKind } from '@/lib/scoring/types';
import type { ProgressRecord } from './types';

export const EXPORT_FORMAT = 'rapport-progress';
export const CSV_HEADER = ['at', 'site', 'box_kind', 'score', 'mood', 'promises', 'signals', 'closing_asked', 'closing_total'] as const;

/** A record read back from a file; `at` is null for `rapport score` output, which carries no time. */
export interface ImportedRecord extends Omit<ProgressRecord, 'at'> {
  at: number | null;
}

const MOODS: readonly MoodKind[] = ['hurry', 'upset', 'confused', 'calm'];

export function toJson(records: readonly ProgressRecord[], exportedAt: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exportedAt: new Date(exportedAt).toISOString(), records }, null, 1);
}

/** CSV (RFC 4180); `at` in UTC ISO 8601, id lists separated by spaces. */
export function toCsv(records: readonly ProgressRecord[]): string {
  const rows = records.map((r) =>
    [new Date(r.at).toISOString(), r.site, r.boxKind, r.score, r.mood, r.promises, r.signals.join(' '), r.closing.asked.join(' '), r.closing.total]
      .map((v) => csvField(String(v)))
      .join(','),
  );
  return `${[CSV_HEADER.join(','), ...rows].join('\r\n')}\r\n`;
}

function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

const ID = /^[\w.:-]{1,80}$/;
const ids = (v: unknown): string[] => (Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s+/) : []).filter((x): x is string => typeof x === 'string' && ID.test(x));
const num = (v: unknown, lo: number, hi: number): number | null => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && v.trim() !== '' ? Number(v) : NaN;
  return Number.isFinite(n) && n >= lo && n <= hi ? n : null;
};

/** One exported record (JSON object, or a CSV row as an object), or why it is not one. */
export function recordFrom(o: Record<string, unknown>): ImportedRecord | string {
  const at = typeof o.at === 'number' ? o.at : typeof o.at === 'string' ? Date.parse(o.at) : NaN;
  if (!Number.isFinite(at)) return '"at" is not a time';
  const score = num(o.score, 0, 100);
  if (score === null) return '"score" is not a number from 0 to 100';
  const closing = (o.closing ?? {}) as Record<string, unknown>;
  const mood = (typeof o.mood === 'string' ? o.mood : '') as MoodKind;
  const boxKind = o.boxKind ?? o.box_kind;
  return {
    at,
    site: typeof o.site === 'string' && ID.test(o.site) ? o.site : 'unknown',
    boxKind: boxKind === 'public' ? 'public' : 'unknown',
    score,
    signals: ids(o.signals),
    closing: { asked: ids(closing.asked ?? o.closing_asked), total: num(closing.total ?? o.closing_total, 0, 100) ?? 0 },
    mood: MOODS.includes(mood) ? mood : 'calm',
    promises: num(o.promises, 0, 10_000) ?? 0,
  };
}

/** A line of `rapport score` output (contract 3, or `--report`): no time, site or box kind. */
export function recordFromScoreLine(o: Record<string, unknown>): ImportedRecord | string {
  const score = num(o.score, 0, 100);
  if (score === null || typeof o.signals !== 'object' || o.signals === null) return 'not a rapport score line (no "score" or "signals")';
  const signals = Object.entries(o.signals as Record<string, unknown>)
    .filter(([id, on]) => on === true && ID.test(id))
    .map(([id]) => id);
  const questions = Array.isArray(o.closingQuestions) ? (o.closingQuestions as { id?: unknown; asked?: unknown }[]) : [];
  const mood = ((o.mood as { kind?: unknown } | undefined)?.kind ?? 'calm') as MoodKind;
  return {
    at: null,
    site: 'unknown',
    boxKind: 'unknown',
    score,
    signals,
    closing: { asked: ids(questions.filter((q) => q.asked === true).map((q) => q.id)), total: questions.length },
    mood: MOODS.includes(mood) ? mood : 'calm',
    promises: Array.isArray(o.commitments) ? o.commitments.length : 0,
  };
}
