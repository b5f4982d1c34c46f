// The background hub: per-tab coaching state, the action badge, and the relay for panel actions.
// Everything it knows lives in storage.session, so a restarted service worker loses nothing.
import { onMessage, sendMessage, type EditResult } from '@/lib/messaging';
import type { CoachTabState, DraftSnapshot } from '@/lib/coach-state';
import { getTabState, removeTabState, setTabState, tabsWithState } from './tab-state';
import { showBadge } from './badge';
import { scoreSnapshot } from './scorer';
import { boxKindAnswerSchema, cleanSnapshot, isContentScript, isExtensionPage, siteOffSchema } from './validate';
import { coachSite } from './sites';
import { rememberAnswer, rememberedAnswer } from './answers';
import { forgetDrafts } from '@/lib/scoring';
import { i18n } from '#i18n';

const refused = (reason: string): EditResult => ({ ok: false, reason });

/**
 * The tab's state for a draft its content script sent from `url` (frame `frameId`): the draft scored with the kind the
 * page says, or the agent's remembered answer where the page says nothing. `tabId` keeps the tab's typing memo apart.
 */
export async function stateFrom(snapshot: DraftSnapshot, url: string, frameId: number | undefined, tabId?: number): Promise<CoachTabState> {
  // What the page says wins; where it says nothing, the agent's remembered answer for this form does.
  const answer = snapshot.boxKind === 'unknown' ? await rememberedAnswer(url, snapshot.formKey) : null;
  const scored = answer ? { ...snapshot, boxKind: answer } : snapshot;
  return {
    url,
    site: snapshot.site,
    boxKind: scored.boxKind,
    boxKindFrom: answer ? 'agent' : 'page',
    text: snapshot.text,
    report: await scoreSnapshot(scored, Date.now(), tabId === undefined ? undefined : { tabId, frameId }),
    updatedAt: Date.now(),
    frameId,
    boxId: snapshot.boxId,
    editor: snapshot.editor,
    customerName: snapshot.customerName,
    customerMessage: snapshot.customerMessage,
    siteName: snapshot.siteName,
    formKey: snapshot.formKey,
  };
}

/** The state left when the reply box is gone: the tab is known, there is nothing to coach. */
export function emptyState(prev: Pick<CoachTabState, 'url' | 'site'>): CoachTabState {
  return { url: prev.url, site: prev.site, boxKind: 'unknown', text: '', report: null, updatedAt: Date.now() };
}

function samePage(a: string, b: string): boolean {
  try {
    const x = new URL(a);
    const y = new URL(b);
    return x.origin === y.origin;
  } catch {
    return a === b;
  }
}

async function relay(tabId: number, send: (frameId: number | undefined) => Promise<EditResult>): Promise<EditResult> {
  const state = await getTabState(tabId);
  if (!state?.boxId) return refused(i18n.t('edit.noBoxInTab'));
  try {
    return (await send(state.frameId)) ?? refused(i18n.t('edit.pageNoAnswer'));
  } catch {
    return refused(i18n.t('edit.pageUnreachable'));
  }
}

type Sender = Parameters<typeof isContentScript>[0];

/**
 * Tabs closed since this worker started. A closed tab's page may still be unloading: its last
 * "box gone" or draft message can arrive after `tabs.onRemoved`, and would write a state for a tab
 * that no longer exists (kept in session storage until the browser closes). Tab ids are never reused
 * within a browser session, so a closed id stays closed.
 */
const closedTabs = new Set<number>();

/** Writes a tab's state unless the tab has closed, also when it closes while the write is under way. */
async function writeState(tabId: number, state: CoachTabState): Promise<boolean> {
  if (closedTabs.has(tabId)) return false;
  await setTabState(tabId, state);
  if (!closedTabs.has(tabId)) return true;
  await removeTabState(tabId);
  return false;
}

/** The tab closed: forget its state, now and for any message its unloading page still sends. */
export async function handleTabClosed(tabId: number): Promise<void> {
  closedTabs.add(tabId);
  // The scorer's caches hold words of the drafts it read: a closed ticket's words go with it (only a tab that sent a
  // draft: closing an unrelated tab leaves the caches of tickets open elsewhere warm).
  if (lastDraft.delete(tabId)) forgetDrafts();
  await removeTabState(tabId);
}

/** The number of the last draft each tab sent (in arrival order); see handleDraft. */
const lastDraft = new Map<number, number>();
let draftCount = 0;

/**
 * A content script reports its draft: score it, keep it as the tab's state, badge the tab. The tab's
 * state is the last draft it sent: an earlier one still being scored (a remembered answer looked up,
 * the pack compiling after an import) must not land over it — the page re-read with a new pack would
 * otherwise show the old reading (site, box kind) until the agent types again.
 */
export async function handleDraft(data: unknown, sender: Sender) {
  if (!isContentScript(sender)) return null;
  const snapshot = cleanSnapshot(data);
  if (!snapshot) return null;
  const tabId = sender.tab.id;
  // A closed tab's last draft is not scored: nothing will show it.
  if (closedTabs.has(tabId)) return null;
  const mine = ++draftCount;
  lastDraft.set(tabId, mine);
  const state = await stateFrom(snapshot, sender.tab.url ?? sender.url ?? '', sender.frameId, tabId);
  if (lastDraft.get(tabId) !== mine) return state.report;
  if (!(await writeState(tabId, state))) return null;
  await showBadge(tabId, state);
  return state.report;
}

/** The box a frame reported is gone: clear the tab's draft, unless another box has spoken since. */
export async function handleBoxGone(data: { boxId?: unknown } | undefined, sender: Sender): Promise<void> {
  if (!isContentScript(sender)) return;
  const tabId = sender.tab.id;
  const state = await getTabState(tabId);
  if (!state || state.boxId !== data?.boxId || (state.frameId ?? 0) !== (sender.frameId ?? 0)) return;
  // The ticket's reply box went away (ticket closed or left): the scorer forgets the words it read.
  forgetDrafts();
  if (await writeState(tabId, emptyState(state))) await showBadge(tabId, null);
}

/** The page's tool is switched off by the team's pack: the panel says so instead of offering to coach. */
export async function handleSiteOff(data: unknown, sender: Sender): Promise<void> {
  const msg = siteOffSchema.safeParse(data);
  if (!isContentScript(sender) || !msg.success) return;
  const { site, siteName } = msg.data;
  const prev = await getTabState(sender.tab.id);
  if (prev?.boxId && (prev.frameId ?? 0) !== (sender.frameId ?? 0)) return;
  if (await writeState(sender.tab.id, { ...emptyState({ url: sender.tab.url ?? sender.url ?? '', site }), siteName, off: true })) {
    await showBadge(sender.tab.id, null);
  }
}

/**
 * The agent answered "reply or internal note?" for the tab's box: remember it for this site and form,
 * and re-score the draft as that kind. `null` forgets the answer (the page's own reading comes back).
 */
export async function handleAnswer(tabId: number, kind: 'public' | 'internal' | null): Promise<EditResult> {
  const state = await getTabState(tabId);
  if (!state?.boxId) return refused(i18n.t('boxKind.noBox'));
  if (!(await rememberAnswer(state.url, state.formKey, kind))) return refused(i18n.t('boxKind.cannotRemember'));
  if (kind === null) {
    await sendMessage('rescan', undefined, tabId).catch(() => undefined);
    return { ok: true };
  }
  if (state.boxKindFrom !== 'agent' && state.boxKind !== 'unknown') return { ok: true };
  const snapshot: DraftSnapshot = { boxId: state.boxId, site: state.site, boxKind: kind, text: state.text, customerName: state.customerName, customerMessage: state.customerMessage };
  const next: CoachTabState = { ...state, boxKind: kind, boxKindFrom: 'agent', report: await scoreSnapshot(snapshot, Date.now(), { tabId, frameId: state.frameId }), updatedAt: Date.now() };
  if (await writeState(tabId, next)) await showBadge(tabId, next);
  return { ok: true };
}

/** The tab went to another site: its state describes a page that is no longer there. */
export async function handleTabUrl(tabId: number, url: string): Promise<void> {
  const state = await getTabState(tabId);
  if (!state || samePage(state.url, url)) return;
  await removeTabState(tabId);
  await showBadge(tabId, null);
}

export function registerHub(): void {
  onMessage('draftChanged', ({ data, sender }) => handleDraft(data, sender));
  onMessage('boxGone', ({ data, sender }) => handleBoxGone(data, sender));
  onMessage('siteOff', ({ data, sender }) => handleSiteOff(data, sender));
  onMessage('answerBoxKind', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused(i18n.t('edit.notAllowed'));
    const msg = boxKindAnswerSchema.safeParse(data);
    return msg.success ? handleAnswer(msg.data.tabId, msg.data.kind) : refused(i18n.t('edit.notAllowed'));
  });

  onMessage('openCoach', ({ sender }) => {
    if (isContentScript(sender)) void openCoach(sender.tab.id);
  });

  onMessage('insertIntoTab', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused(i18n.t('edit.notAllowed'));
    if (typeof data?.text !== 'string' || data.text.length > 20_000) return refused(i18n.t('edit.nothingToInsert'));
    return relay(data.tabId, (frameId) => sendMessage('insertText', { text: data.text }, { tabId: data.tabId, frameId }));
  });

  onMessage('replaceInTab', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused(i18n.t('edit.notAllowed'));
    const { tabId, start, end, actual, text } = data;
    return relay(tabId, (frameId) => sendMessage('replaceText', { start, end, actual, text }, { tabId, frameId }));
  });

  onMessage('coachSite', async ({ data, sender }) => {
    if (!isExtensionPage(sender)) return refused(i18n.t('edit.notAllowed'));
    return coachSite(data.tabId);
  });

  browser.tabs.onRemoved.addListener((tabId) => void handleTabClosed(tabId));
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url) void handleTabUrl(tabId, change.url);
  });
  browser.tabs.onActivated.addListener(async ({ tabId }) => showBadge(tabId, await getTabState(tabId)));
}

/** Opens the side panel (Chrome) or sidebar (Firefox); the badge click's user gesture carries over. */
async function openCoach(tabId: number): Promise<void> {
  try {
    if (import.meta.env.FIREFOX) {
      await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    } else {
      await browser.sidePanel.open({ tabId });
    }
  } catch {
    // Without a fresh user gesture the browser refuses; the toolbar button still opens the coach.
  }
}

/** After the pack changes, every coached tab reports its draft again so it is scored by the new pack. */
export async function rescanAll(): Promise<void> {
  for (const tabId of await tabsWithState()) {
    sendMessage('rescan', undefined, tabId).catch(() => {
      // Tab without a live content script (discarded, or closed since): nothing to rescan.
    });
  }
}
