// What both drivers share: a message sent from the bound panel, the way the side panel sends it.
import type { Driver, Tab } from './types';

/**
 * Opens the coach bound to `data.tabId` (or the unbound coach) in a tab, sends one message of
 * @webext-core/messaging's wire format (`{ id, type, data, timestamp }` → `{ res } | { err }`) from
 * it, closes it and returns `res`. The panel tab is in front meanwhile, as when the agent clicks in it.
 * With `open` (a coach tab the test opened before), sends from that one as it is — in the background
 * when the ticket's tab is in front, the reply box keeping its focus — and leaves it open.
 */
export async function sendFromPanel<T>(driver: Driver, type: string, data: object, open?: Tab): Promise<T> {
  if (open) return sendFrom<T>(open, type, data);
  const tabId = (data as { tabId?: unknown }).tabId;
  const panel = typeof tabId === 'number' ? await driver.openPanel(tabId) : await driver.newTab(driver.extensionUrl('sidepanel.html'));
  try {
    return await sendFrom<T>(panel, type, data);
  } finally {
    await panel.close();
  }
}

/** Sends one protocol message from the extension page in `panel` and returns its `res`. */
async function sendFrom<T>(panel: Tab, type: string, data: object): Promise<T> {
  const answer = await panel.evaluate(
    async ([type, data]) => {
      // Firefox has `browser` (promises); Chromium's `chrome` returns promises too in MV3.
      const g = globalThis as unknown as Record<string, { runtime: { sendMessage(m: unknown): Promise<unknown> } } | undefined>;
      const api = g.browser ?? g.chrome;
      if (!api) throw new Error('no extension API on this page');
      return (await api.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() })) as { res?: unknown; err?: unknown } | undefined;
    },
    [type, data] as const,
  );
  if (answer && 'res' in answer) return answer.res as T;
  throw new Error(`${type}: ${JSON.stringify(answer?.err ?? answer)}`);
}
