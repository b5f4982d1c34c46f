// What both drivers share: a message sent from the bound panel, the way the side panel sends it.
import type { Driver } from './types';

/**
 * Opens the coach bound to `data.tabId` (or the unbound coach) in a tab, sends one message of
 * @webext-core/messaging's wire format (`{ id, type, data, timestamp }` → `{ res } | { err }`) from
 * it, closes it and returns `res`. The panel tab is in front meanwhile, as when the agent clicks in it.
 */
export async function sendFromPanel<T>(driver: Driver, type: string, data: object): Promise<T> {
  const tabId = (data as { tabId?: unknown }).tabId;
  const panel = typeof tabId === 'number' ? await driver.openPanel(tabId) : await driver.newTab(driver.extensionUrl('sidepanel.html'));
  try {
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
  } finally {
    await panel.close();
  }
}
