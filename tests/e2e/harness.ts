// The extension harness every e2e spec uses: real Chromium with the built extension loaded, the demo
// desk and fixture pages served on loopback (tool hosts mapped there), and helpers that read the
// per-tab coaching state exactly where the side panel reads it. Specs that must hold in both
// browsers use the `driver` fixture instead (tests/e2e/driver): Chromium or Firefox, per project.
import { test as base, expect as baseExpect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { startDeskServer, type DeskServer } from '../../demo/server';
import type { CoachTabState } from '../../lib/coach-state';
import { CHROME_EXTENSION_DIR, chromiumDriver, extensionIdOf, launchChromium } from './driver/chromium';
import { launchFirefox, type FirefoxRuntime } from './driver/firefox';
import { withSteps } from './driver/steps';
import type { Driver, Engine } from './driver/types';

// What the evaluated callbacks use of the extension's API inside its service worker.
declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: { active?: boolean }): Promise<{ id?: number; url?: string }[]> };
  windows: { create(o: Record<string, unknown>): Promise<unknown> };
};

export const EXTENSION_DIR = CHROME_EXTENSION_DIR;

/**
 * How often a polled condition is re-read (ms; the last repeats). Playwright's default for
 * `expect.poll` is 100, 250, 500, then 1000: a state that lands 300 ms after the first look is seen
 * at 850 ms, and every contract waits on several. A read of the coach's state or the editor's model
 * takes a few ms; locator assertions already retry at 20, 50, 100 ms.
 */
export const POLL_INTERVALS = [20, 50, 100];

/** Playwright's `expect`, with `expect.poll` re-reading at POLL_INTERVALS unless told otherwise. */
export const expect: typeof baseExpect = new Proxy(baseExpect, {
  get(target, name, receiver) {
    if (name !== 'poll') return Reflect.get(target, name, receiver) as unknown;
    return ((fn, opts) => target.poll(fn, typeof opts === 'string' ? { message: opts, intervals: POLL_INTERVALS } : { intervals: POLL_INTERVALS, ...opts })) as typeof baseExpect.poll;
  },
});

export interface Harness {
  /** The extension's service worker (looked up afresh: MV3 may have restarted it). */
  worker(): Promise<Worker>;
  tabIdOf(page: Page): Promise<number>;
  readTabState(tabId: number): Promise<CoachTabState | undefined>;
  /** Waits until the tab's state satisfies `check`, returning it. */
  waitForTabState(tabId: number, check: (s: CoachTabState | undefined) => boolean, timeout?: number): Promise<CoachTabState | undefined>;
  /** The coach bound to one tab (`sidepanel.html?tabId=N`, contract 5), in its own tab. */
  openPanel(tabId: number): Promise<Page>;
  /** The unbound coach in a separate window, following the active tab like the real side panel. */
  openFollowingPanel(): Promise<Page>;
}

interface Fixtures {
  /** The browser's UI language (`--lang`, and LANGUAGE for Chromium on Linux); English when unset. */
  browserLang: string | undefined;
  context: BrowserContext;
  extensionId: string;
  harness: Harness;
  /** The extension in this project's browser (Chromium or Firefox), for contracts that hold in both. */
  driver: Driver;
  /**
   * The extension in a fresh browser of this project's engine whose own UI runs in `lang` (`de`),
   * for contracts about an agent's language in both browsers; the browser closes when the test ends.
   */
  driverIn: (lang: string) => Promise<Driver>;
}

interface WorkerFixtures {
  desk: DeskServer;
  /** Which browser `driver` drives: set per project in playwright.config.ts. */
  engine: Engine;
  /** One Firefox per worker (it takes seconds to start); null in the Chromium project. */
  firefox: FirefoxRuntime | null;
  /**
   * One Chromium with the extension per worker for the `driver` tests, launched on first use (a
   * launch costs seconds on a 2-core machine, most of a contract test's time); null in Firefox.
   */
  sharedChromium: { get(): Promise<{ context: BrowserContext; extensionId: string }> } | null;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
  desk: [
    async ({}, use) => {
      const desk = await startDeskServer();
      await use(desk);
      await desk.close();
    },
    { scope: 'worker' },
  ],
  engine: ['chromium', { scope: 'worker', option: true }],
  firefox: [
    async ({ engine }, use) => {
      const runtime = engine === 'firefox' ? await launchFirefox() : null;
      await use(runtime);
      await runtime?.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  sharedChromium: [
    async ({ engine }, use) => {
      if (engine !== 'chromium') return use(null);
      const one: { launched?: Promise<{ context: BrowserContext; extensionId: string }> } = {};
      await use({
        get: () =>
          (one.launched ??= (async () => {
            const context = await launchChromium();
            return { context, extensionId: await extensionIdOf(context) };
          })()),
      });
      if (one.launched) await (await one.launched).context.close();
    },
    { scope: 'worker', timeout: 120_000 },
  ],
  // Like Firefox's sessions: each test gets the worker's browser, and every tab it opened (pages,
  // panels) closes when it ends, which also drops their per-tab coaching state. A failed test ends
  // the worker, so the next one starts with a fresh browser.
  driver: async ({ engine, firefox, sharedChromium }, use) => {
    if (engine === 'firefox') {
      const session = firefox!.session();
      await use(withSteps(session));
      await session.end();
      return;
    }
    const { context, extensionId } = await sharedChromium!.get();
    const before = new Set(context.pages());
    try {
      await use(withSteps(chromiumDriver(context, chromiumHarness(context, extensionId), extensionId)));
    } finally {
      for (const page of context.pages()) if (!before.has(page)) await page.close().catch(() => undefined);
    }
  },
  driverIn: async ({ engine }, use) => {
    const close: (() => Promise<void>)[] = [];
    await use(async (lang) => {
      if (engine === 'firefox') {
        const runtime = await launchFirefox({ lang });
        close.push(() => runtime.close());
        return withSteps(runtime.session());
      }
      const context = await launchChromium({ lang });
      close.push(() => context.close());
      const extensionId = await extensionIdOf(context);
      return withSteps(chromiumDriver(context, chromiumHarness(context, extensionId), extensionId));
    });
    for (const c of close) await c().catch(() => undefined);
  },
  browserLang: [undefined, { option: true }],
  context: async ({ browserLang, colorScheme }, use) => {
    const context = await launchChromium({ lang: browserLang, colorScheme: colorScheme ?? 'light' });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    await use(await extensionIdOf(context));
  },
  harness: async ({ context, extensionId }, use) => {
    await use(chromiumHarness(context, extensionId));
  },
});

/** The Chromium-only helpers, over a context with the extension loaded. */
export function chromiumHarness(context: BrowserContext, extensionId: string): Harness {
  const worker = async (): Promise<Worker> => {
    const live = context.serviceWorkers().find((w) => w.url().includes(extensionId));
    return live ?? (await context.waitForEvent('serviceworker'));
  };
  const readTabState = async (tabId: number) =>
    (await worker()).evaluate(async (key) => {
      const got = await chrome.storage.session.get(key);
      return got[key] as CoachTabState | undefined;
    }, `coach:tab:${tabId}`);
  const harness: Harness = {
    worker,
    async tabIdOf(page) {
      await page.bringToFront();
      const url = page.url();
      return (await worker()).evaluate(async (u) => {
        const tabs = await chrome.tabs.query({ active: true });
        const tab = tabs.find((t) => t.url === u) ?? tabs[0];
        if (tab?.id === undefined) throw new Error(`no tab for ${u}`);
        return tab.id;
      }, url);
    },
    readTabState,
    async waitForTabState(tabId, check, timeout = 10_000) {
      let last: CoachTabState | undefined;
      await expect
        .poll(async () => check((last = await readTabState(tabId))), { timeout, message: `coach:tab:${tabId}` })
        .toBe(true);
      return last;
    },
    async openPanel(tabId) {
      const panel = await context.newPage();
      await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tabId}`);
      return panel;
    },
    async openFollowingPanel() {
      const opened = context.waitForEvent('page', (p) => p.url().includes('/sidepanel.html'));
      await (await worker()).evaluate(async (url) => {
        await chrome.windows.create({ url, type: 'popup', width: 420, height: 800, focused: false });
      }, `chrome-extension://${extensionId}/sidepanel.html`);
      const panel = await opened;
      await panel.waitForLoadState('domcontentloaded');
      return panel;
    },
  };
  return harness;
}
