// The real connector: storage.session for state, the hub for actions.
import { sendMessage } from '@/lib/messaging';
import { getTabState, watchTabState } from '@/lib/hub/tab-state';
import { originPattern } from '@/lib/hub/sites';
import type { PanelConnector } from './connector';
import { markTipOffered, offeredTips, requesterKey } from './tips';
import { packInForceItem, settingsItem } from '@/lib/packs/storage';
import { isAlphabetId, type AlphabetId } from '@/lib/phonetic';

function boundTabId(): number | null {
  const raw = new URLSearchParams(location.search).get('tabId');
  const id = raw === null ? NaN : Number(raw);
  return Number.isInteger(id) && id >= 0 ? id : null;
}

/** The window whose active tab an unbound panel follows: its own, or, for a pop-out, the last normal one. */
async function followedWindowId(): Promise<number | undefined> {
  const own = await browser.windows.getCurrent().catch(() => undefined);
  if (own?.type === 'normal') return own.id;
  const last = await browser.windows.getLastFocused({ windowTypes: ['normal'] }).catch(() => undefined);
  return last?.id;
}

export const browserConnector: PanelConnector = {
  async initialTab() {
    const bound = boundTabId();
    if (bound !== null) return { tabId: bound, bound: true };
    const windowId = await followedWindowId();
    const [tab] = await browser.tabs.query(windowId === undefined ? { active: true, lastFocusedWindow: true } : { active: true, windowId });
    return { tabId: tab?.id ?? null, bound: false };
  },
  followActiveTab(cb) {
    const onActivated = async ({ tabId, windowId }: { tabId: number; windowId: number }) => {
      const followed = await followedWindowId();
      if (followed === undefined || followed === windowId) cb(tabId);
    };
    browser.tabs.onActivated.addListener(onActivated);
    return () => browser.tabs.onActivated.removeListener(onActivated);
  },
  getState: getTabState,
  watchState: watchTabState,
  insert: (tabId, text) => sendMessage('insertIntoTab', { tabId, text }),
  replace: (tabId, req) => sendMessage('replaceInTab', { tabId, ...req }),
  async coachSite(tabId) {
    const tab = await browser.tabs.get(tabId);
    const pattern = tab.url ? originPattern(tab.url) : null;
    if (!pattern) return { ok: false, reason: 'Rapport can only coach on web pages.' };
    // Must run in the click's own task: browsers grant permission prompts only to a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return { ok: false, reason: 'Permission was not granted.' };
    return sendMessage('coachSite', { tabId });
  },
  answerBoxKind: (tabId, kind) => sendMessage('answerBoxKind', { tabId, kind }),
  copy: (text) => navigator.clipboard.writeText(text),
  offeredTips: async (name) => offeredTips(await requesterKey(name)),
  markTipOffered: async (name, tipId) => markTipOffered(await requesterKey(name), tipId),
  async phoneticPrefs() {
    // The background publishes the pack's setting; the panel never loads the pack compiler for it.
    const [settings, inForce] = await Promise.all([settingsItem.getValue(), packInForceItem.getValue()]);
    const fromPack = inForce.phonetic;
    const chosen = [settings.phoneticAlphabet, fromPack?.alphabet].find((id) => isAlphabetId(id));
    return { alphabet: (chosen as AlphabetId | undefined) ?? 'icao', digits: fromPack?.digits ?? 'plain' };
  },
  async setAlphabet(id) {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), phoneticAlphabet: id });
  },
};
