// @vitest-environment happy-dom
// "My progress" history controls as an agent uses them: how long records are kept, the two exports
// (which carry numbers and ids, never words), and "clear my history", asked twice.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { progressRecords, progressSettings } from '@/lib/followup/progress';
import type { ProgressRecord } from '@/lib/followup/types';
import { History } from './History';

const DAY = 86_400_000;
const now = Date.now();
const rec = (daysAgo: number, score: number): ProgressRecord => ({
  at: now - daysAgo * DAY,
  site: 'zendesk',
  boxKind: 'public',
  score,
  signals: ['greeting', 'empathy'],
  closing: { asked: ['solved'], total: 2 },
  mood: 'upset',
  promises: 1,
});
const RECORDS = [rec(40, 71), rec(2, 88)];

/** What the page handed to the browser to save: file name, type and contents. */
async function saved(click: () => void): Promise<{ name: string; type: string; body: string }> {
  let blob: Blob | undefined;
  let name = '';
  const create = vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => ((blob = b as Blob), 'blob:rapport/1'));
  const anchor = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    name = this.download;
  });
  click();
  create.mockRestore();
  anchor.mockRestore();
  expect(blob).toBeDefined();
  return { name, type: blob!.type, body: await blob!.text() };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await progressRecords.setValue(RECORDS);
});
afterEach(cleanup);

describe('My progress: history', () => {
  it('exports the records as CSV and as JSON, numbers and ids only', async () => {
    render(<History records={RECORDS} settings={{ retentionDays: 90 }} />);
    const csv = await saved(() => fireEvent.click(screen.getByRole('button', { name: 'Export as CSV' })));
    expect(csv.name).toMatch(/^rapport-progress-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.type).toBe('text/csv');
    const lines = csv.body.trim().split(/\r?\n/);
    expect(lines[0]).toBe('at,site,box_kind,score,mood,promises,signals,closing_asked,closing_total');
    expect(lines).toHaveLength(3);
    expect(lines[2]).toContain(',88,upset,1,');
    const json = await saved(() => fireEvent.click(screen.getByRole('button', { name: 'Export as JSON' })));
    expect(json.name).toMatch(/\.json$/);
    const parsed = JSON.parse(json.body) as { format: string; records: ProgressRecord[] };
    expect(parsed.format).toBe('rapport-progress');
    expect(parsed.records).toEqual(RECORDS);
    expect(screen.getByRole('status').textContent).toBe('Export saved.');
  });

  it('keeps the chosen number of days and drops older records at once', async () => {
    render(<History records={RECORDS} settings={{ retentionDays: 90 }} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Keep my history for' }), { target: { value: '30' } });
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Kept for 30 days; older records were removed.'));
    expect(await progressSettings.getValue()).toEqual({ retentionDays: 30 });
    expect((await progressRecords.getValue()).map((r) => r.score)).toEqual([88]);
  });

  it('clears the history only when asked twice, and "Keep it" keeps it', async () => {
    render(<History records={RECORDS} settings={{ retentionDays: 90 }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Clear my history' }));
    expect(screen.getByText('Delete all 2 records kept in this browser? This cannot be undone.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Keep it' }));
    expect(await progressRecords.getValue()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Clear my history' }));
    fireEvent.click(screen.getByRole('button', { name: 'Yes, clear it' }));
    await waitFor(() => expect(screen.getByRole('status').textContent).toBe('Your history is cleared.'));
    expect(await progressRecords.getValue()).toEqual([]);
  });

  it('offers no export and no clearing with nothing kept', () => {
    render(<History records={[]} settings={{ retentionDays: 90 }} />);
    for (const name of ['Export as CSV', 'Export as JSON', 'Clear my history']) expect((screen.getByRole('button', { name }) as HTMLButtonElement).disabled).toBe(true);
  });
});
