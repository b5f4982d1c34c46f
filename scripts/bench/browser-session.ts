// One bench session: Chromium (with or without the built extension) on the heavy fixture, a
// scripted agent typing in bursts, a trace of the page's main thread, and, with the extension, the
// coach bound to that tab in its own window, timing when its word count catches up.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { chromiumPath, extensionArgs, QUIET_FLAGS } from '../../tests/e2e/browser';
import { hostResolverRules } from '../../demo/server';
import { profileWhile, type ProfileHotspot } from './browser-profile';
import { analyseTrace, startTrace, type TraceFigures } from './browser-trace';

declare const chrome: {
  storage: { session: { get(k: string): Promise<Record<string, { text?: string } | undefined>> }; onChanged: { addListener(f: (c: Record<string, { newValue?: { text?: string } }>, area: string) => void): void } };
  tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
  windows: { create(o: object): Promise<unknown> };
};

export interface SessionOptions {
  url: string;
  extensionDir?: string;
  bursts: string[];
  keyDelayMs: number;
  pauseMs: number;
}

export interface SessionResult {
  trace: TraceFigures;
  /** Used JS heap of the page's renderer (main world and content-script world share it), after a forced GC. */
  heapUsedBytes: number;
  domNodes: number;
  /** ms from the last keystroke of each burst to the coach's word count changing; NaN when it never did. */
  panelMs?: number[];
  /** ms from the last keystroke of each burst to the tab's state reaching storage. */
  storageMs?: number[];
  /** Characters of the draft the extension reported at the end (it must have seen the typing). */
  reportedChars?: number;
  /** Self time by function of the extension's bundle over one extra, profiled burst. */
  profile?: ProfileHotspot[];
}

export async function runSession(o: SessionOptions): Promise<SessionResult> {
  const context = await chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    viewport: { width: 1280, height: 900 },
    ...(o.extensionDir ? { ignoreDefaultArgs: ['--disable-extensions'] } : {}),
    args: [...QUIET_FLAGS, `--host-resolver-rules=${hostResolverRules()}`, ...(o.extensionDir ? extensionArgs(o.extensionDir) : [])],
  });
  try {
    const sw = o.extensionDir ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : undefined;
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(o.url);
    const box = page.locator('.ck-editor__editable');
    await box.waitFor({ state: 'visible', timeout: 60_000 });
    const domNodes = await page.evaluate(() => document.getElementsByTagName('*').length);
    const panel = sw ? await openBoundPanel(context, sw, page) : undefined;
    await page.evaluate(() => {
      const w = window as unknown as { benchKeys: number[] };
      w.benchKeys = [];
      addEventListener('keydown', () => w.benchKeys.push(performance.timeOrigin + performance.now()), true);
    });
    await box.click();
    await page.waitForTimeout(500);
    const cdp = await context.newCDPSession(page);
    const stop = await startTrace(cdp);
    for (const burst of o.bursts) {
      await page.keyboard.type(burst, { delay: o.keyDelayMs });
      await page.waitForTimeout(o.pauseMs);
    }
    const trace = analyseTrace(await stop(), o.keyDelayMs * 4);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    const result: SessionResult = { trace, heapUsedBytes: heap.usedSize, domNodes };
    if (panel && sw) Object.assign(result, await panelLatencies(page, panel.page, panel.tabId, sw, o));
    // Profiled after the trace, so the profiler's own overhead stays out of the figures above.
    if (o.extensionDir)
      result.profile = await profileWhile(cdp, o.extensionDir, async () => {
        for (const burst of o.bursts.slice(0, 3)) {
          await page.keyboard.type(burst, { delay: o.keyDelayMs });
          await page.waitForTimeout(o.pauseMs);
        }
      });
    return result;
  } finally {
    await context.close();
  }
}

async function openBoundPanel(context: BrowserContext, sw: Worker, page: Page): Promise<{ page: Page; tabId: number }> {
  const url = page.url();
  const tabId = await sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u);
    if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
    return tab.id;
  }, url);
  const id = new URL(sw.url()).host;
  // Its own window, not a background tab: a hidden tab's timers are throttled and would slow the panel.
  const opened = context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html'));
  await sw.evaluate(async (u) => {
    await chrome.windows.create({ url: u, type: 'popup', width: 420, height: 800, focused: false });
  }, `chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
  const panel = await opened;
  await panel.waitForLoadState('domcontentloaded');
  await panel.evaluate((key) => {
    const w = window as unknown as { benchWords: { t: number; v: string }[]; benchStore: { t: number; n: number }[] };
    w.benchWords = [];
    w.benchStore = [];
    // No named helpers in here: tsx would wrap them in a __name() call the page does not have.
    let last = '';
    new MutationObserver(() => {
      const v = document.querySelector('[data-testid="word-count"]')?.textContent ?? '';
      if (v !== last) w.benchWords.push({ t: performance.timeOrigin + performance.now(), v: (last = v) });
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
    chrome.storage.onChanged.addListener((changes, area) => {
      const c = changes[key];
      if (area === 'session' && c) w.benchStore.push({ t: performance.timeOrigin + performance.now(), n: c.newValue?.text?.length ?? -1 });
    });
  }, `coach:tab:${tabId}`);
  return { page: panel, tabId };
}

async function panelLatencies(page: Page, panel: Page, tabId: number, sw: Worker, o: SessionOptions) {
  const keys = await page.evaluate(() => (window as unknown as { benchKeys: number[] }).benchKeys);
  const { words, store } = await panel.evaluate(() => {
    const w = window as unknown as { benchWords: { t: number }[]; benchStore: { t: number }[] };
    return { words: w.benchWords.map((x) => x.t), store: w.benchStore.map((x) => x.t) };
  });
  const panelMs: number[] = [];
  const storageMs: number[] = [];
  let typed = 0;
  for (const burst of o.bursts) {
    typed += burst.length;
    const last = keys[typed - 1];
    if (last === undefined) break;
    // Only a burst that ends on a new word's first letter must change the word count.
    if (!/\s\S$/.test(burst)) continue;
    // The last change inside the pause is when the coach caught up with the whole burst.
    const settle = (times: number[]) => {
      const inPause = times.filter((t) => t >= last && t < last + o.pauseMs);
      return inPause.length ? inPause[inPause.length - 1]! - last : NaN;
    };
    panelMs.push(settle(words));
    storageMs.push(settle(store));
  }
  const state = await sw.evaluate(async (k) => (await chrome.storage.session.get(k))[k], `coach:tab:${tabId}`);
  return { panelMs, storageMs, reportedChars: state?.text?.length ?? 0 };
}
