// The tab's state is the last draft its page sent, even when an earlier one takes longer to score.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { getTabState } from './tab-state';
import { handleDraft } from './hub';
import { contentSender } from './hub-test-helpers';

/** Scoring that finishes when the test says, per draft text. */
const pending = new Map<string, () => void>();
vi.mock('./scorer', async () => {
  const { reportWithScore } = await import('./hub-test-helpers');
  return {
    scoreSnapshot: (s: { text: string }) => new Promise((resolve) => pending.set(s.text, () => resolve(reportWithScore(s.text.length)))),
  };
});

const sender = contentSender(4, 'http://127.0.0.1/fixtures/inhouse/?view=reply');

describe('draft order', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    pending.clear();
  });

  it('keeps the newer reading when the older draft finishes scoring last (a pack arrived meanwhile)', async () => {
    // Read generically before the team pack arrived, then re-read as the pack's in-house tool.
    const before = handleDraft({ boxId: 'b1', site: 'generic', boxKind: 'unknown', text: 'Hi Priya' }, sender);
    const after = handleDraft({ boxId: 'b1', site: 'acme-desk', siteName: 'Acme Service Desk', boxKind: 'public', text: 'Hi Priya!' }, sender);
    await vi.waitFor(() => expect(pending.size).toBe(2));
    pending.get('Hi Priya!')!();
    await after;
    pending.get('Hi Priya')!();
    await before;
    expect(await getTabState(4)).toMatchObject({ site: 'acme-desk', siteName: 'Acme Service Desk', boxKind: 'public', text: 'Hi Priya!' });
  });

  it('still takes every draft scored in order', async () => {
    const first = handleDraft({ boxId: 'b1', site: 'generic', boxKind: 'public', text: 'Hi' }, sender);
    await vi.waitFor(() => expect(pending.size).toBe(1));
    pending.get('Hi')!();
    await first;
    expect((await getTabState(4))?.text).toBe('Hi');
    const second = handleDraft({ boxId: 'b1', site: 'generic', boxKind: 'public', text: 'Hi Dana' }, sender);
    await vi.waitFor(() => expect(pending.size).toBe(2));
    pending.get('Hi Dana')!();
    await second;
    expect((await getTabState(4))?.text).toBe('Hi Dana');
  });
});
