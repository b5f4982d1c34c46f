// The real connector. It reads what the background publishes (each tab's coaching state in
// storage.session, the pack's settings in force) and asks the hub for edits; it never composes packs
// or calls into hub modules.
import { storage } from 'wxt/utils/storage';
import { sendMessage } from '@/lib/messaging';
import { tabStateKey, type CoachTabState } from '@/lib/coach-state';
import { originPattern } from '@/lib/hub/sites';
import type { PanelConnector } from './connector';
import { markTipOffered, offeredTips, requesterKey } from './tips';
import { packInForceItem, settingsItem } from '@/lib/packs/storage';
import { isAlphabetId, type AlphabetId } from '@/lib/phonetic';
import { i18n } from '#i18n';

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
  getState: (tabId) => storage.getItem<CoachTabState>(tabStateKey(tabId)),
  watchState: (tabId, cb) => storage.watch<CoachTabState>(tabStateKey(tabId), (value) => cb(value ?? null)),
  insert: (tabId, text) => sendMessage('insertIntoTab', { tabId, text }),
  replace: (tabId, req) => sendMessage('replaceInTab', { tabId, ...req }),
  async coachSite(tabId) {
    const tab = await browser.tabs.get(tabId);
    const pattern = tab.url ? originPattern(tab.url) : null;
    if (!pattern) return { ok: false, reason: i18n.t('panel.onlyWebPages') };
    // Must run in the click's own task: browsers grant permission prompts only to a user gesture.
    const granted = await browser.permissions.request({ origins: [pattern] });
    if (!granted) return { ok: false, reason: i18n.t('panel.permissionRefused') };
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
  async showReplyBox(tabId) {
    // Docked beside the tab (side panel), the page is already in view; a pop-out or a panel opened as
    // a tab brings the coached tab and its window forward, so typing goes on in the reply box.
    const [tab, self, own] = await Promise.all([
      browser.tabs.get(tabId).catch(() => undefined),
      browser.tabs.getCurrent().catch(() => undefined),
      browser.windows.getCurrent().catch(() => undefined),
    ]);
    if (!tab) return;
    if (self && !tab.active) await browser.tabs.update(tabId, { active: true }).catch(() => undefined);
    if (own?.id !== tab.windowId) await browser.windows.update(tab.windowId, { focused: true }).catch(() => undefined);
  },
};
