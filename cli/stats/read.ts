// Reads the files a team lead passes to `rapport stats`: agents' progress exports (JSON or CSV, from
// the progress page) and `rapport score` output (JSON lines, with or without --report). Each bad
// record is reported with its line; the good ones are kept.
import { basename } from 'node:path';
import { CSV_HEADER, EXPORT_FORMAT, recordFrom, recordFromScoreLine, type ImportedRecord } from '../../lib/followup/export';
import { parseCsv } from '../csv';

export interface StatsSource {
  /** What the report calls this file: its name without the extension. */
  name: string;
  kind: 'progress-json' | 'progress-csv' | 'score-output';
  records: ImportedRecord[];
  errors: string[];
}

export function readStatsText(file: string, text: string): StatsSource {
  const name = basename(file).replace(/\.(json|jsonl|ndjson|csv)$/i, '');
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  if (head.startsWith('{')) {
    const whole = tryJson(body);
    if (whole && typeof whole === 'object' && (whole as { format?: unknown }).format === EXPORT_FORMAT) return fromExport(name, whole);
    return fromScoreLines(name, body);
  }
  return fromCsv(name, body);
}

function tryJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function fromExport(name: string, whole: object): StatsSource {
  const out: StatsSource = { name, kind: 'progress-json', records: [], errors: [] };
  const list = (whole as { records?: unknown }).records;
  if (!Array.isArray(list)) return { ...out, errors: ['"records" is not a list'] };
  list.forEach((r, i) => {
    const rec = typeof r === 'object' && r !== null ? recordFrom(r as Record<string, unknown>) : 'not an object';
    if (typeof rec === 'string') out.errors.push(`record ${i + 1}: ${rec}`);
    else out.records.push(rec);
  });
  return out;
}

function fromScoreLines(name: string, text: string): StatsSource {
  const out: StatsSource = { name, kind: 'score-output', records: [], errors: [] };
  text.split('\n').forEach((raw, i) => {
    if (!raw.trim()) return;
    const o = tryJson(raw);
    const rec = typeof o === 'object' && o !== null && !Array.isArray(o) ? recordFromScoreLine(o as Record<string, unknown>) : 'not valid JSON';
    if (typeof rec === 'string') out.errors.push(`line ${i + 1}: ${rec}`);
    else out.records.push(rec);
  });
  return out;
}

function fromCsv(name: string, text: string): StatsSource {
  const out: StatsSource = { name, kind: 'progress-csv', records: [], errors: [] };
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header || 'error' in header) return { ...out, errors: ['no header row'] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const missing = CSV_HEADER.filter((c) => c !== 'closing_total' && !names.includes(c));
  if (missing.length) return { ...out, errors: [`not a Rapport progress export (no ${missing.join(', ')} column)`] };
  for (const row of rows.slice(1)) {
    if ('error' in row) {
      out.errors.push(`line ${row.line}: ${row.error}`);
      continue;
    }
    const rec = recordFrom(Object.fromEntries(names.map((n, i) => [n, row.fields[i] ?? ''])));
    if (typeof rec === 'string') out.errors.push(`line ${row.line}: ${rec}`);
    else out.records.push(rec);
  }
  return out;
}
