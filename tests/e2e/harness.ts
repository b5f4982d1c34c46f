// The extension harness every e2e spec uses: real Chromium with the built extension loaded, the demo
// desk and fixture pages served on loopback (tool hosts mapped there), and helpers that read the
// per-tab coaching state exactly where the side panel reads it.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { deskBrowserArgs, startDeskServer, type DeskServer } from '../../demo/server';
import type { CoachTabState } from '../../lib/coach-state';
import { chromiumPath, extensionArgs, QUIET_FLAGS } from './browser';

// What the evaluated callbacks use of the extension's API inside its service worker.
declare const chrome: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: { active?: boolean }): Promise<{ id?: number; url?: string }[]> };
  windows: { create(o: Record<string, unknown>): Promise<unknown> };
};

export const EXTENSION_DIR = path.resolve('.output/chrome-mv3');

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
}

export const test = base.extend<Fixtures, { desk: DeskServer }>({
  desk: [
    async ({}, use) => {
      const desk = await startDeskServer();
      await use(desk);
      await desk.close();
    },
    { scope: 'worker' },
  ],
  browserLang: [undefined, { option: true }],
  context: async ({ browserLang, colorScheme }, use) => {
    if (!existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
      throw new Error('No built extension in .output/chrome-mv3: run `npx wxt build` first (npm test does).');
    }
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      // Tool hosts resolve to the local desk, which speaks TLS with its own certificate (HSTS-preloaded hosts).
      args: [...QUIET_FLAGS, ...extensionArgs(EXTENSION_DIR), ...deskBrowserArgs(), ...(browserLang ? [`--lang=${browserLang}`] : [])],
      ...(browserLang ? { locale: browserLang, env: { ...process.env, LANGUAGE: browserLang, LANG: `${browserLang}.UTF-8` } } : {}),
      // Playwright's own option (test.use({ colorScheme: 'dark' })): extension pages follow it too.
      colorScheme: colorScheme ?? 'light',
    });
    await use(context);
    await context.close();
  },
  extensionId: async ({ context }, use) => {
    const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(new URL(sw.url()).host);
  },
  harness: async ({ context, extensionId }, use) => {
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
    await use(harness);
  },
});

export { expect };
