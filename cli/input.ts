// Turns a JSONL or CSV source into reply records. Each bad line becomes an error item carrying its
// line number instead of stopping the run: a team lead scoring a year of exported replies wants
// every good line scored and a list of the lines to fix.
import { parseCsv } from './csv';

export interface ReplyRecord {
  id: string | number;
  text: string;
  customerMessage?: string;
  customerName?: string;
  /** The ticket subject, when the export has one: the ticket's situation and tip topics. */
  subject?: string;
  /** When the reply was sent (`sent_at`, ISO 8601 with offset): commitments fall due from it, in its offset. */
  sentAt?: string;
}

export type InputItem = { line: number; record: ReplyRecord } | { line: number; error: string };

export type InputFormat = 'jsonl' | 'csv';

/** Picks the format from the file name, else from the first character of the content. */
export function detectFormat(name: string, head: string): InputFormat {
  const lower = name.toLowerCase();
  if (lower.endsWith('.csv')) return 'csv';
  if (lower.endsWith('.jsonl') || lower.endsWith('.ndjson') || lower.endsWith('.json')) return 'jsonl';
  const first = head.replace(/^\uFEFF/, '').trimStart()[0];
  return first === '{' ? 'jsonl' : 'csv';
}

export function parseInput(text: string, format: InputFormat): InputItem[] {
  return format === 'csv' ? fromCsv(text) : fromJsonl(text);
}

function fromJsonl(input: string): InputItem[] {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const items: InputItem[] = [];
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    if (raw.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch (err) {
      items.push({ line, error: `not valid JSON (${(err as Error).message})` });
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      items.push({ line, error: 'expected a JSON object like {"id": 1, "text": "..."}' });
      return;
    }
    items.push(toRecord(value as Record<string, unknown>, line));
  });
  return items;
}

const CSV_COLUMNS = ['id', 'text', 'customer_message', 'customer_name', 'subject', 'sent_at'] as const;

function fromCsv(text: string): InputItem[] {
  const rows = parseCsv(text);
  const header = rows[0];
  if (!header) return [];
  if ('error' in header) return [{ line: header.line, error: `header row: ${header.error}` }];
  const names = header.fields.map((h) => h.trim().toLowerCase());
  if (!names.includes('text')) {
    return [{ line: header.line, error: `the header has no "text" column (found: ${header.fields.join(', ')})` }];
  }
  const items: InputItem[] = [];
  for (const row of rows.slice(1)) {
    if ('error' in row) {
      items.push(row);
      continue;
    }
    if (row.fields.length !== names.length) {
      items.push({
        line: row.line,
        error: `expected ${names.length} fields like the header, found ${row.fields.length}`,
      });
      continue;
    }
    const obj: Record<string, unknown> = {};
    for (const col of CSV_COLUMNS) {
      const at = names.indexOf(col);
      const cell = at >= 0 ? row.fields[at] : undefined;
      // An empty cell in an optional column means "not given", not an empty string.
      if (cell !== undefined && (cell !== '' || col === 'text')) obj[col] = cell;
    }
    items.push(toRecord(obj, row.line));
  }
  return items;
}

function toRecord(obj: Record<string, unknown>, line: number): InputItem {
  const { id, text, customer_message: message, customer_name: name, subject } = obj;
  if (typeof text !== 'string') {
    return { line, error: text === undefined ? 'missing "text"' : '"text" must be a string' };
  }
  if (id !== undefined && id !== null && typeof id !== 'string' && typeof id !== 'number') {
    return { line, error: '"id" must be a string or a number' };
  }
  for (const [key, v] of [['customer_message', message], ['customer_name', name], ['subject', subject]] as const) {
    if (v !== undefined && v !== null && typeof v !== 'string') return { line, error: `"${key}" must be a string` };
  }
  const sentAt = obj.sent_at;
  if (sentAt !== undefined && sentAt !== null && !isIsoWithOffset(sentAt)) {
    return { line, error: '"sent_at" must be ISO 8601 with an offset, like 2026-11-30T14:00:00+01:00' };
  }
  const record: ReplyRecord = { id: id ?? line, text };
  if (typeof sentAt === 'string') record.sentAt = sentAt;
  if (typeof message === 'string') record.customerMessage = message;
  if (typeof name === 'string') record.customerName = name;
  if (typeof subject === 'string') record.subject = subject;
  return { line, record };
}

/** `2026-11-30T14:00:00+01:00`, `…T14:00Z`, `…T14:00:00.250-05:00`: a date, a time and an offset. */
export function isIsoWithOffset(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/i.test(value) &&
    Number.isFinite(Date.parse(value))
  );
}
