// Faults an agent must not feel: the extension reloaded (or updated) under their fingers, the service
// worker stopped by the browser mid-session, and a long day of ticket switches in one SPA tab.
import type { BrowserContext, CDPSession, Page } from '@playwright/test';
import { test, expect, type Harness } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

declare const chrome: {
  runtime: { reload(): void };
  developerPrivate: { updateProfileConfiguration(c: { inDeveloperMode: boolean }, done: () => void): void };
};

/**
 * A reloaded unpacked extension stays loaded only in developer mode (otherwise Chrome disables it as
 * an "unsupported developer extension"); a store update needs no such switch.
 */
async function developerMode(context: BrowserContext): Promise<void> {
  const page = await context.newPage();
  await page.goto('chrome://extensions');
  await page.evaluate(() => new Promise<void>((done) => chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, done)));
  await page.close();
}

async function openDraft(context: BrowserContext, origin: string, harness: Harness, ticket: number, text: string) {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(`${origin}/agent/tickets/${ticket}`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, (s) => s?.text === text && !!s.report);
  return { page, tabId, errors };
}

async function typeAtEnd(page: Page, text: string) {
  await page.bringToFront();
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

const editorText = (page: Page) => page.locator(EDITOR).innerText();

test('extension reloaded while the agent types: the old script bows out quietly, the new one coaches, the draft is kept', async ({ context, desk, harness, extensionId }) => {
  const { page, tabId, errors } = await openDraft(context, desk.origin, harness, 101, 'Hi Priya, I am looking');
  await developerMode(context);
  const old = await harness.worker();
  await old.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await expect.poll(() => context.serviceWorkers().includes(old), { message: 'the old service worker is gone' }).toBe(false);

  // Typing on at once: the orphaned copy sees it first, and must fail silently.
  await typeAtEnd(page, ' into the VPN drops');
  const panel = await context.newPage();
  // While Chrome loads the new copy, our pages answer ERR_BLOCKED_BY_CLIENT for a moment.
  await expect
    .poll(() => panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`).then(() => true, () => false), { message: 'the extension is back' })
    .toBe(true);
  await typeAtEnd(page, ' now.');
  expect(await editorText(page)).toBe('Hi Priya, I am looking into the VPN drops now.');
  expect(errors).toEqual([]);
  expect(await page.locator('rapport-badge').count(), 'overlay hosts').toBeLessThanOrEqual(1);

  // The coach is back for this tab without a page reload. Chrome injects nothing into open tabs on
  // a reload or update, so this holds only when the new background re-injects its script there.
  await expect(panel.getByTestId('word-count'), 'the panel after the reload').toHaveText('10 words', { timeout: 15_000 });
  expect(errors).toEqual([]);
});

/** Stops the extension's service worker the way Chrome does when it idles (CDP, from one of our pages). */
async function stopWorker(context: BrowserContext, extensionPage: Page): Promise<void> {
  const worker = context.serviceWorkers().find((w) => w.url().startsWith(new URL(extensionPage.url()).origin));
  const closed = worker ? new Promise<void>((ok) => worker.once('close', () => ok())) : Promise.resolve();
  const cdp = await context.newCDPSession(extensionPage);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await closed;
  await cdp.detach();
}

test('service worker stopped mid-session: the panel keeps the state, typing and Insert still work', async ({ context, desk, harness }) => {
  const { page, tabId, errors } = await openDraft(context, desk.origin, harness, 104, 'Hi Tomás, the printer');
  const panel = await harness.openPanel(tabId);
  await expect(panel.getByTestId('word-count')).toHaveText('4 words');

  await stopWorker(context, panel);
  await panel.reload();
  await expect(panel.getByTestId('word-count')).toHaveText('4 words');

  await typeAtEnd(page, ' is added again.');
  await expect(panel.getByTestId('word-count')).toHaveText('7 words');

  await stopWorker(context, panel);
  await panel.getByRole('button', { name: 'Insert: Is there anything I could have done better?' }).click();
  await expect(panel.getByTestId('notice')).toHaveText('Inserted into the reply.');
  await expect.poll(() => editorText(page)).toContain('Is there anything I could have done better?');
  expect(errors).toEqual([]);
});

interface Figures {
  nodes: number;
  listeners: number;
  /** On window and document, where a content script hangs its page-wide listeners. */
  globalListeners: number;
  documents: number;
  overlays: number;
  heapMB: number;
}

async function measure(cdp: CDPSession, page: Page): Promise<Figures> {
  await cdp.send('HeapProfiler.collectGarbage');
  const counters = await cdp.send('Memory.getDOMCounters');
  const heap = await cdp.send('Runtime.getHeapUsage');
  let globalListeners = 0;
  for (const expression of ['window', 'document']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression });
    if (!result.objectId) continue;
    globalListeners += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners.length;
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  }
  return {
    nodes: counters.nodes,
    listeners: counters.jsEventListeners,
    globalListeners,
    documents: counters.documents,
    overlays: await page.locator('rapport-badge').count(),
    heapMB: Math.round((heap.usedSize / 1024 / 1024) * 10) / 10,
  };
}

test('100 ticket switches: listeners, nodes, overlays and heap stay flat', async ({ context, desk, harness }) => {
  test.setTimeout(300_000);
  const { page, tabId, errors } = await openDraft(context, desk.origin, harness, 101, 'Home ticket');
  const home = await harness.readTabState(tabId);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Runtime.enable');
  const others = [102, 103, 104, 105, 106];
  let switches = 0;
  let after10: Figures | undefined;
  for (let i = 0; switches < 100; i++) {
    const id = others[i % others.length] as number;
    // Switch 1: open a ticket from the views list (a new composer mounts) and write in it.
    await page.locator('.zd-tab-home').click();
    await page.locator(`a.zd-ticket-link[data-ticket-id="${id}"]`).click();
    await page.locator(EDITOR).click();
    await page.keyboard.type(`n${i}`);
    await harness.waitForTabState(tabId, (s) => s?.text === `n${i}`);
    // Switch 2: back to the first ticket's tab; then the other ticket is closed (its composer destroyed).
    await page.locator(`[data-test-id="header-tab"][data-entity-id="101"]`).click();
    await harness.waitForTabState(tabId, (s) => s?.boxId === home?.boxId && s?.text === 'Home ticket');
    await page.locator(`[data-test-id="header-tab"][data-entity-id="${id}"] [data-test-id="close-button"]`).click();
    switches += 2;
    if (switches === 10) after10 = await measure(cdp, page);
  }
  const after100 = await measure(cdp, page);
  console.log(`ticket switches: after 10 ${JSON.stringify(after10)}; after 100 ${JSON.stringify(after100)}`);
  expect(after10).toBeDefined();
  const first = after10 as Figures;
  expect(after100.overlays, 'overlay hosts').toBeLessThanOrEqual(Math.max(1, first.overlays));
  expect(after100.listeners - first.listeners, 'JS event listeners added').toBeLessThanOrEqual(20);
  expect(after100.globalListeners - first.globalListeners, 'window/document listeners added').toBeLessThanOrEqual(2);
  expect(after100.nodes - first.nodes, 'DOM nodes added').toBeLessThanOrEqual(300);
  expect(after100.documents - first.documents, 'documents added').toBeLessThanOrEqual(2);
  expect(after100.heapMB - first.heapMB, 'JS heap added (MB)').toBeLessThanOrEqual(Math.max(3, first.heapMB * 0.2));
  await typeAtEnd(page, ' still coached');
  await harness.waitForTabState(tabId, (s) => s?.text === 'Home ticket still coached');
  expect(errors).toEqual([]);
});
