// The agent's own progress: one record per sent reply, holding no text and no customer data (see
// ProgressRecord), kept in storage.local for a retention the agent chooses, cleared on request.
import { storage } from 'wxt/utils/storage';
import type { Report } from '@/lib/scoring/types';
import { DEFAULT_RETENTION_DAYS, type ProgressRecord, type ProgressSettings, type SentReply } from './types';

const DAY_MS = 86_400_000;
/** A hard cap, whatever the retention: a busy agent sends a few hundred replies a week. */
export const MAX_RECORDS = 20_000;

export const progressRecords = storage.defineItem<ProgressRecord[]>('local:progress:records', { fallback: [] });
export const progressSettings = storage.defineItem<ProgressSettings>('local:progress:settings', {
  fallback: { retentionDays: DEFAULT_RETENTION_DAYS },
});

/**
 * The record of a sent reply, or null when it was not coached (an internal note, an empty box).
 * Only ids, numbers and the mood's kind are copied: nothing the agent or the customer wrote.
 */
export function recordOf(report: Report, sent: { sentAt: number; snapshot: Pick<SentReply['snapshot'], 'site' | 'boxKind'> }): ProgressRecord | null {
  if (report.skipped || sent.snapshot.boxKind === 'internal') return null;
  return {
    at: sent.sentAt,
    site: sent.snapshot.site,
    boxKind: sent.snapshot.boxKind,
    score: report.score,
    signals: Object.entries(report.signals)
      .filter(([, on]) => on)
      .map(([id]) => id),
    closing: { asked: report.closingQuestions.filter((q) => q.asked).map((q) => q.id), total: report.closingQuestions.length },
    mood: report.mood.kind,
    promises: report.commitments?.filter((c) => c.due).length ?? 0,
  };
}

/** Records younger than the retention, newest last, at most MAX_RECORDS. */
export function withinRetention(records: ProgressRecord[], retentionDays: number, now: number): ProgressRecord[] {
  const from = now - retentionDays * DAY_MS;
  return records.filter((r) => r.at >= from).sort((a, b) => a.at - b.at).slice(-MAX_RECORDS);
}

export async function addRecord(record: ProgressRecord, now = Date.now()): Promise<void> {
  const [records, settings] = await Promise.all([progressRecords.getValue(), progressSettings.getValue()]);
  await progressRecords.setValue(withinRetention([...records, record], settings.retentionDays, now));
}

export async function setRetention(days: number, now = Date.now()): Promise<void> {
  await progressSettings.setValue({ retentionDays: days });
  await progressRecords.setValue(withinRetention(await progressRecords.getValue(), days, now));
}

export function clearProgress(): Promise<void> {
  return progressRecords.setValue([]);
}
