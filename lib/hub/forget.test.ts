import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleBoxGone, handleDraft, handleTabClosed } from './hub';
import { contentSender as senderAt } from './hub-test-helpers';

const forgetDrafts = vi.hoisted(() => vi.fn());
vi.mock('@/lib/scoring', () => ({ forgetDrafts }));
vi.mock('./scorer', async () => {
  const { reportWithScore } = await import('./hub-test-helpers');
  return { scoreSnapshot: () => reportWithScore(50) };
});

const sender = (tabId: number) => senderAt(tabId, 'https://acme.zendesk.com/agent/tickets/7', 0);
const snapshot = { boxId: 'b1', site: 'zendesk', boxKind: 'public', text: 'Hi Ana, your refund is on its way.' };

describe('the scorer forgets a ticket’s words when the ticket goes', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    forgetDrafts.mockClear();
  });

  it('not when a tab that never sent a draft closes', async () => {
    await handleTabClosed(99);
    expect(forgetDrafts).not.toHaveBeenCalled();
  });

  it('when the tab closes', async () => {
    await handleDraft(snapshot, sender(11));
    expect(forgetDrafts).not.toHaveBeenCalled();
    await handleTabClosed(11);
    expect(forgetDrafts).toHaveBeenCalledTimes(1);
  });

  it('when the reply box the draft came from goes away, not when some other box does', async () => {
    await handleDraft(snapshot, sender(12));
    await handleBoxGone({ boxId: 'some-other-box' }, sender(12));
    expect(forgetDrafts).not.toHaveBeenCalled();
    await handleBoxGone({ boxId: 'b1' }, sender(12));
    expect(forgetDrafts).toHaveBeenCalledTimes(1);
  });
});
