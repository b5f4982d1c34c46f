// The Chromium driver: Playwright drives the browser, the extension's service worker answers for
// the extension (storage, tabs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { deskBrowserArgs } from '../../../demo/server';
import { chromiumPath, extensionArgs, QUIET_FLAGS } from '../browser';
import type { Harness } from '../harness';
import { sendFromPanel } from './panel';
import type { ClickOptions, Driver, Tab, Target } from './types';

export const CHROME_EXTENSION_DIR = path.resolve('.output/chrome-mv3');

/** Headless Chromium with the built extension loaded and the tool hosts mapped to the local desk. */
export async function launchChromium(opts: { lang?: string; colorScheme?: 'light' | 'dark' | 'no-preference' } = {}): Promise<BrowserContext> {
  const { lang, colorScheme = 'light' } = opts;
  if (!existsSync(path.join(CHROME_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error('No built extension in .output/chrome-mv3: run `npx wxt build` first (npm test does).');
  }
  return chromium.launchPersistentContext('', {
    executablePath: chromiumPath(),
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    // Tool hosts resolve to the local desk, which speaks TLS with its own certificate (HSTS-preloaded hosts).
    args: [...QUIET_FLAGS, ...extensionArgs(CHROME_EXTENSION_DIR), ...deskBrowserArgs(), ...(lang ? [`--lang=${lang}`] : [])],
    // A browser in another language (`--lang`, and LANGUAGE for Chromium on Linux).
    ...(lang ? { locale: lang, env: { ...process.env, LANGUAGE: lang, LANG: `${lang}.UTF-8` } } : {}),
    // Extension pages follow Playwright's colour scheme too.
    colorScheme,
  });
}

export async function extensionIdOf(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

function locate(page: Page, t: Target): Locator {
  const scope = t.frame ? page.locator(t.frame).filter({ visible: true }).first().contentFrame() : page;
  if ('role' in t) return scope.getByRole(t.role, { name: t.name, exact: true }).filter({ visible: true }).first();
  const all = scope.locator(t.css).filter({ visible: true });
  return (t.hasText === undefined ? all : all.filter({ hasText: t.hasText })).first();
}

class ChromiumTab implements Tab {
  readonly errors: string[] = [];

  constructor(
    readonly page: Page,
    private readonly shared: { front: Tab | null },
  ) {
    page.on('pageerror', (err) => this.errors.push(`pageerror: ${err.message}`));
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console: ${msg.text()}`);
    });
  }

  url = () => this.page.url();
  goto = async (url: string) => void (await this.page.goto(url));
  waitFor = (t: Target) => locate(this.page, t).waitFor({ state: 'visible', timeout: 10_000 });
  isVisible = (t: Target) => locate(this.page, t).isVisible();
  text = (t: Target) => locate(this.page, t).innerText({ timeout: 10_000 });
  // The function is serialised into the page: its argument arrives as plain data either way.
  evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    this.page.evaluate(fn as (arg: unknown) => R | Promise<R>, arg as unknown);

  async click(t: Target, opts: ClickOptions = {}) {
    await this.front();
    await locate(this.page, t).click(opts.position ? { position: opts.position } : {});
  }
  async focus(t: Target) {
    await this.front();
    await locate(this.page, t).focus();
  }
  async type(text: string) {
    await this.front();
    await this.page.keyboard.type(text);
  }
  async press(key: string) {
    await this.front();
    await this.page.keyboard.press(key);
  }
  async front() {
    // The extension may have switched tabs behind the driver's back (Insert and Apply bring the
    // coached tab forward when the panel is a tab of its own): trust the page, not the last switch.
    if (this.shared.front === this && (await this.inFront())) return;
    await this.page.bringToFront();
    this.shared.front = this;
  }
  /** Whether this tab is the one shown. */
  private inFront(): Promise<boolean> {
    return this.page.evaluate(() => document.visibilityState === 'visible').catch(() => false);
  }
  async close() {
    if (this.shared.front === this) this.shared.front = null;
    await this.page.close();
  }
}

/** The Playwright page behind a Chromium tab (for Chromium-only specs: CDP, request recording). */
export function pageOf(tab: Tab): Page {
  if (!(tab instanceof ChromiumTab)) throw new Error('pageOf: not a Chromium tab');
  return tab.page;
}

/** A Driver over one Chromium context (the harness's, or one the caller launched). */
export function chromiumDriver(context: BrowserContext, harness: Harness, extensionId: string): Driver {
  const shared = { front: null as Tab | null };
  const tabs = new WeakMap<Tab, Page>();
  const wrap = (page: Page): Tab => {
    const tab = new ChromiumTab(page, shared);
    tabs.set(tab, page);
    return tab;
  };
  const driver: Driver = {
    engine: 'chromium',
    async newTab(url) {
      const tab = wrap(await context.newPage());
      shared.front = tab;
      if (url) await tab.goto(url);
      return tab;
    },
    async tabIdOf(tab) {
      const page = tabs.get(tab);
      if (!page) throw new Error('tabIdOf: not a tab of this driver');
      shared.front = null;
      await tab.front();
      return harness.tabIdOf(page);
    },
    readTabState: (tabId) => harness.readTabState(tabId),
    waitForTabState: (tabId, check, timeout) => harness.waitForTabState(tabId, check, timeout),
    extensionUrl: (p) => `chrome-extension://${extensionId}/${p.replace(/^\//, '')}`,
    async openPanel(tabId) {
      const panel = await driver.newTab(driver.extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await panel.waitFor({ css: '#app > *' });
      return panel;
    },
    sendFromPanel: (type, data, open) => sendFromPanel(driver, type, data, open),
  };
  return driver;
}
