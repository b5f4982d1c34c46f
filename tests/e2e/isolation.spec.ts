// Page scripts cannot read or drive Rapport: no way in from the page's world (messages, forged events,
// the overlay's DOM), and a content script, the part a hostile page is closest to, can neither act for
// another tab nor read the per-tab drafts kept for the panel.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, type Harness } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

async function openDraft(context: BrowserContext, origin: string, harness: Harness, ticket: number, text: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/agent/tickets/${ticket}`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, (s) => s?.text === text && !!s.report);
  return { page, tabId };
}

const editorText = (page: Page) => page.locator(EDITOR).innerText();

/** Evaluates in our content script's isolated world of the page's main frame (CDP finds it by name). */
async function inContentScript<T>(context: BrowserContext, page: Page, expression: string): Promise<T> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = worlds.find((w) => w.name === 'Rapport' && w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id);
  if (!world) throw new Error(`no Rapport content script in ${page.url()}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value as T;
}

/** A protocol message sent the way @webext-core/messaging sends one, from the content script. */
const sendFromContentScript = (type: string, data: unknown) => `new Promise((resolve) =>
  chrome.runtime.sendMessage({ id: 1, type: ${JSON.stringify(type)}, data: ${JSON.stringify(data)}, timestamp: Date.now() },
    (answer) => resolve(answer ?? { err: chrome.runtime.lastError?.message ?? 'no answer' })))`;

test('the page cannot message Rapport: no chrome.runtime for it, and our id answers nothing', async ({ context, desk, harness, extensionId }) => {
  const { page } = await openDraft(context, desk.origin, harness, 101, 'Hi Priya');
  const reach = await page.evaluate(async (id) => {
    const rt = (globalThis as { chrome?: { runtime?: { sendMessage?: (...a: unknown[]) => unknown } } }).chrome?.runtime;
    if (typeof rt?.sendMessage !== 'function') return 'no runtime';
    try {
      await rt.sendMessage(id, { type: 'insertText', data: { text: 'FORGED' } });
      return 'answered';
    } catch (err) {
      return `refused: ${String(err)}`;
    }
  }, extensionId);
  expect(reach).not.toBe('answered');
  expect(await editorText(page)).toBe('Hi Priya');
});

test('messages and events forged by the page neither insert text nor change the coaching state', async ({ context, desk, harness, extensionId }) => {
  const { page, tabId } = await openDraft(context, desk.origin, harness, 101, 'Hi Priya, thanks.');
  const before = await harness.readTabState(tabId);
  await page.evaluate((id) => {
    const box = document.querySelector('[data-test-id="omnicomposer-rich-text-ckeditor"]:not([hidden])') ?? document.body;
    // Shaped like our protocol, through every window channel a page has.
    for (const type of ['insertText', 'replaceText', 'insertIntoTab', 'rescan', 'draftChanged']) {
      const message = { id: 7, type, data: { text: 'FORGED', tabId: 1, start: 0, end: 2, actual: 'Hi', boxId: 'x', site: 'zendesk', boxKind: 'public' }, timestamp: Date.now() };
      window.postMessage(message, '*');
      window.postMessage(JSON.stringify(message), '*');
      document.dispatchEvent(new CustomEvent(type, { detail: message }));
    }
    // Untrusted input events with no real edit behind them. (Not `beforeinput`: CKEditor itself obeys
    // a forged one, which is the page editing its own editor, not the page driving Rapport.)
    box.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: 'FORGED', bubbles: true }));
    box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', ctrlKey: true, bubbles: true }));
    // WXT's own content-script events, with our id in the name as WXT builds them.
    window.dispatchEvent(new Event(`${id}:reply:wxt:locationchange`));
  }, extensionId);
  // The agent types on; anything the forgeries set off came before this and would show in the draft.
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Bye.');
  const after = await harness.waitForTabState(tabId, (s) => s?.text === 'Hi Priya, thanks. Bye.');
  expect(await editorText(page)).toBe('Hi Priya, thanks. Bye.');
  expect(after).toMatchObject({ site: 'zendesk', boxKind: 'public' });
  expect(after?.boxId).toBe(before?.boxId);
});

test('a page that forges WXT’s “newer script started” event does not switch the coach off', async ({ context, desk, harness, extensionId }) => {
  const { page, tabId } = await openDraft(context, desk.origin, harness, 101, 'Hi Priya');
  // WXT tells an old copy of a content script to stop with this document event; its name holds only
  // the extension id (public for a store install) and the entrypoint name.
  await page.evaluate((id) => {
    const detail = { contentScriptName: 'reply', messageId: 'forged-by-page' };
    document.dispatchEvent(new CustomEvent(`${id}:reply:wxt:content-script-started`, { detail }));
  }, extensionId);
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(', still here.');
  await harness.waitForTabState(tabId, (s) => s?.text === 'Hi Priya, still here.');
});

test('the in-page overlay, when shown, sits in a closed shadow root the page cannot open', async ({ context, desk, harness }) => {
  const { page } = await openDraft(context, desk.origin, harness, 104, 'Hi Tomás, no problem.');
  const hosts = await page.evaluate(() =>
    [...document.querySelectorAll('rapport-badge, [data-wxt-shadow-root]')].map((el) => ({ tag: el.tagName, open: el.shadowRoot !== null })),
  );
  test.info().annotations.push({ type: 'overlay', description: hosts.length ? `${hosts.length} overlay host(s)` : 'no overlay mounted in this build' });
  for (const host of hosts) expect(host, `${host.tag} shadow root`).toEqual({ tag: host.tag, open: false });
  // Whatever Rapport shows in the page, the page's own DOM queries find none of its text.
  expect(await page.evaluate(() => document.body.innerText.includes('suggestions. Open the coach'))).toBe(false);
});

test('a content script cannot act for another tab: panel-only messages are refused by the hub', async ({ context, desk, harness }) => {
  const victim = await openDraft(context, desk.origin, harness, 102, 'Victim draft');
  const attacker = await openDraft(context, desk.origin, harness, 101, 'Attacker tab');
  for (const [type, data] of [
    ['insertIntoTab', { tabId: victim.tabId, text: 'INJECTED' }],
    ['replaceInTab', { tabId: victim.tabId, start: 0, end: 6, actual: 'Victim', text: 'INJECTED' }],
    ['coachSite', { tabId: victim.tabId }],
    ['answerBoxKind', { tabId: victim.tabId, kind: 'internal' }],
  ] as const) {
    const answer = await inContentScript<{ res?: { ok: boolean; reason?: string }; err?: unknown }>(context, attacker.page, sendFromContentScript(type, data));
    expect(answer.res, type).toEqual({ ok: false, reason: 'Not allowed.' });
  }
  // A draft report naming another tab still lands on the sender's own tab only.
  await inContentScript(context, attacker.page, sendFromContentScript('draftChanged', { boxId: 'forged', site: 'zendesk', boxKind: 'public', text: 'Forged for tab', tabId: victim.tabId }));
  expect(await editorText(victim.page)).toBe('Victim draft');
  expect((await harness.readTabState(victim.tabId))?.text).toBe('Victim draft');
});

test('per-tab drafts are kept from content scripts: storage.session is for trusted contexts only', async ({ context, desk, harness }) => {
  const { page, tabId } = await openDraft(context, desk.origin, harness, 101, 'Secret draft');
  const read = await inContentScript<string>(context, page, `(async () => {
    if (!chrome.storage?.session) return 'no session storage';
    try {
      const all = await chrome.storage.session.get(null);
      return 'read ' + Object.keys(all).join(',');
    } catch (err) {
      return 'refused: ' + err.message;
    }
  })()`);
  expect(read).not.toMatch(/^read/);

  // Nor do changes leak through storage.onChanged while the agent types.
  await inContentScript(context, page, `(() => {
    globalThis.__rapportAreas = [];
    chrome.storage.onChanged.addListener((_c, area) => globalThis.__rapportAreas.push(area));
  })()`);
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' more');
  await harness.waitForTabState(tabId, (s) => s?.text === 'Secret draft more');
  expect(await inContentScript<string[]>(context, page, 'globalThis.__rapportAreas')).not.toContain('session');
  // And the page itself has no storage API at all.
  expect(await page.evaluate(() => typeof (globalThis as { chrome?: { storage?: unknown } }).chrome?.storage)).toBe('undefined');
});
