// Chrome does not put content scripts into tabs that were open when the extension was installed,
// updated or reloaded: an agent mid-ticket would lose the coach until a reload. Put them back.
import { DEMO_MATCHES, KNOWN_TOOL_MATCHES } from '@/lib/sites/matches';
import { CONTENT_SCRIPT_FILE } from './sites';

export async function coachedPatterns(): Promise<string[]> {
  const registered = await browser.scripting.getRegisteredContentScripts().catch(() => []);
  return [...KNOWN_TOOL_MATCHES, ...DEMO_MATCHES, ...registered.flatMap((s) => s.matches ?? [])];
}

export async function reinjectOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: await coachedPatterns() }).catch(() => []);
  let injected = 0;
  for (const tab of tabs) {
    if (tab.id === undefined || tab.discarded) continue;
    try {
      await browser.scripting.executeScript({ target: { tabId: tab.id, allFrames: true }, files: [CONTENT_SCRIPT_FILE] });
      injected++;
    } catch {
      // A tab we may not script (an error page, a host we lost permission for): leave it alone.
    }
  }
  return injected;
}
