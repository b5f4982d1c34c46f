// The Firefox driver: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi (there is no
// geckodriver here). The built add-on is installed temporarily with a fixed moz-extension UUID, the
// tool hosts resolve to the local desk, and an extension page kept open in a tab answers for the
// extension (Firefox's background page is not reachable over BiDi).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type ElementHandle, type Frame, type KeyInput, type Page } from 'puppeteer-core';
import { TOOL_HOSTS } from '../../../demo/server';
import type { CoachTabState } from '../../../lib/coach-state';
import { sendFromPanel } from './panel';
import { pickTarget, toWire, type WireTarget } from './pick';
import type { ClickOptions, Driver, Tab, Target } from './types';

/** The built add-on (FIREFOX_ADDON_DIR overrides it, e.g. a copy that a rebuild cannot change mid-run). */
export const FIREFOX_ADDON_DIR = path.resolve(process.env.FIREFOX_ADDON_DIR ?? '.output/firefox-mv2');
/** The add-on's moz-extension:// host, fixed through `extensions.webextensions.uuids`. */
export const FIREFOX_EXTENSION_UUID = '5e1f3c2a-7b0d-4e8a-9c61-2f4d8b7a1e90';
const WAIT_MS = 10_000;
/** How often a wait re-reads what it waits for (ms): one read is a few ms, a late look costs the test. */
const POLL_MS = 20;

export function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Firefox found: install firefox-esr (apt) or set FIREFOX_PATH.');
  return found;
}

/** One Firefox with the add-on installed; tests get a fresh `Driver` (their own tabs) from it. */
export interface FirefoxRuntime {
  browser: Browser;
  /** A Driver whose tabs close when `end()` is called. */
  session(): Driver & { end(): Promise<void> };
  close(): Promise<void>;
}

/**
 * Where Debian's German language pack for Firefox ESR puts itself (package firefox-esr-l10n-de):
 * without it Firefox ignores `intl.locale.requested` and stays English, and so does the add-on.
 */
const LANGPACK_DIR = '/usr/lib/firefox-esr/browser/extensions';

/**
 * One Firefox ESR with the add-on installed. `lang` (a BCP 47 tag, `de`) runs the browser's own UI in
 * that language (`intl.locale.requested`), which is what the add-on's `i18n` follows; it throws when
 * the language pack is missing, rather than testing English under a German name.
 */
export async function launchFirefox(opts: { lang?: string } = {}): Promise<FirefoxRuntime> {
  const { lang } = opts;
  if (lang && !lang.startsWith('en') && !existsSync(path.join(LANGPACK_DIR, `langpack-${lang}@firefox-esr.mozilla.org.xpi`))) {
    throw new Error(`Firefox has no language pack for "${lang}": install firefox-esr-l10n-${lang} (apt; .ci/run does).`);
  }
  const manifestFile = path.join(FIREFOX_ADDON_DIR, 'manifest.json');
  if (!existsSync(manifestFile)) throw new Error('No built add-on in .output/firefox-mv2: run `npx wxt build -b firefox` first (npm test does).');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { browser_specific_settings?: { gecko?: { id?: string } } };
  const addonId = manifest.browser_specific_settings?.gecko?.id;
  if (!addonId) throw new Error('The Firefox manifest has no browser_specific_settings.gecko.id');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: true,
    // Installing an add-on over BiDi needs system access; the desk's certificate is self-signed.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_EXTENSION_UUID }),
      // The hosted fixtures (acme.zendesk.com, …) are served by the local desk.
      'network.dns.localDomains': [...new Set(Object.values(TOOL_HOSTS))].join(','),
      'extensions.experiments.enabled': false,
      // The contracts' coach is a tab (a sidebar cannot be opened by automation), so the ticket's tab
      // is in the background during every Insert and Apply sent from it. Firefox clamps a background
      // tab's timers to 1 s, and the edit path waits on two zero timers (lib/editors/rich.ts select):
      // 2 s per edit that nobody waits beside the real sidebar, where the page stays in view. Timers
      // in background tabs run as in the front; the edit runs the same code either way.
      'dom.min_background_timeout_value': 4,
      'dom.min_background_timeout_value_without_budget_throttling': 4,
      // The browser's language, as a German agent has it (with the language pack installed).
      ...(lang ? { 'intl.locale.requested': lang } : {}),
    },
  });
  try {
    await browser.installExtension(FIREFOX_ADDON_DIR);
  } catch (err) {
    await browser.close().catch(() => undefined);
    throw err;
  }
  // The extension's voice in tests: an extension page that stays open for the browser's lifetime.
  const shared: Shared = { front: null, extensionPage: null };
  const extensionUrl = (p: string) => `moz-extension://${FIREFOX_EXTENSION_UUID}/${p.replace(/^\//, '')}`;
  const extensionTab = new FirefoxTab(await browser.newPage(), shared);
  await extensionTab.goto(extensionUrl('sidepanel.html?tabId=-1'));
  await extensionTab.waitFor({ css: '#app > *' });
  shared.extensionPage = extensionTab.page;
  return {
    browser,
    session: () => firefoxSession(browser, shared, extensionUrl),
    close: () => browser.close(),
  };
}

interface Shared {
  front: Tab | null;
  extensionPage: Page | null;
}

// The part of the WebExtension API evaluated in the extension page.
declare const browser: {
  storage: { session: { get(key: string): Promise<Record<string, unknown>> } };
  tabs: { query(q: { active?: boolean }): Promise<{ id?: number; url?: string }[]> };
};

function firefoxSession(ff: Browser, shared: Shared, extensionUrl: (p: string) => string): Driver & { end(): Promise<void> } {
  const opened: FirefoxTab[] = [];
  const inExtension = <R, A>(fn: (arg: A) => Promise<R>, arg: A): Promise<R> => {
    if (!shared.extensionPage) throw new Error('the extension page is gone');
    return shared.extensionPage.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>;
  };
  const readTabState = (tabId: number) =>
    inExtension(async (key) => (await browser.storage.session.get(key))[key] as CoachTabState | undefined, `coach:tab:${tabId}`);
  const driver: Driver & { end(): Promise<void> } = {
    engine: 'firefox',
    async newTab(url) {
      const tab = new FirefoxTab(await ff.newPage(), shared);
      opened.push(tab);
      shared.front = tab;
      if (url) await tab.goto(url);
      return tab;
    },
    async tabIdOf(tab) {
      if (!(tab instanceof FirefoxTab)) throw new Error('tabIdOf: not a Firefox tab');
      shared.front = null;
      await tab.front();
      return inExtension(async (url) => {
        const tabs = await browser.tabs.query({ active: true });
        const found = tabs.find((t) => t.url === url) ?? tabs[0];
        if (found?.id === undefined) throw new Error(`no tab for ${url}`);
        return found.id;
      }, tab.url());
    },
    readTabState,
    async waitForTabState(tabId, check, timeout = WAIT_MS) {
      const until = Date.now() + timeout;
      let last: CoachTabState | undefined;
      for (;;) {
        last = await readTabState(tabId);
        if (check(last)) return last;
        if (Date.now() > until) throw new Error(`coach:tab:${tabId} never matched; last: ${JSON.stringify(last)?.slice(0, 400)}`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
    },
    extensionUrl,
    async openPanel(tabId) {
      const panel = await driver.newTab(extensionUrl(`sidepanel.html?tabId=${tabId}`));
      await panel.waitFor({ css: '#app > *' });
      return panel;
    },
    sendFromPanel: (type, data, open) => sendFromPanel(driver, type, data, open),
    async end() {
      for (const tab of opened.splice(0)) await tab.close().catch(() => undefined);
    },
  };
  return driver;
}

/** Playwright key names → puppeteer's (`ControlOrMeta` is Control off macOS). */
function chord(key: string): KeyInput[] {
  const parts = key === '+' ? ['+'] : key.split('+');
  return parts.map((k) => (k === 'ControlOrMeta' ? (process.platform === 'darwin' ? 'Meta' : 'Control') : k) as KeyInput);
}

class FirefoxTab implements Tab {
  readonly errors: string[] = [];
  private closed = false;

  constructor(
    readonly page: Page,
    private readonly shared: Shared,
  ) {
    page.on('pageerror', (err) => {
      const message = err instanceof Error ? err.message : String(err);
      // Firefox reports its own notice about a cookie the page's library set for another domain
      // (Froala's "_gd…" cookie on a loopback page) as a page error over BiDi; Chromium says nothing.
      // It is the page's cookie, not something thrown: not counted.
      if (/^Cookie “[^”]*” has been rejected/.test(message)) return;
      this.errors.push(`pageerror: ${message}`);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') this.errors.push(`console: ${msg.text()}`);
    });
  }

  private href = '';
  url = () => this.href || this.page.url();

  async goto(url: string) {
    if (url.startsWith('moz-extension:')) {
      // Over BiDi, navigating to an extension page never reports "loaded": don't await it.
      void this.page.goto(url).catch(() => undefined);
      const until = Date.now() + WAIT_MS;
      while ((await this.loaded()) !== url) {
        if (Date.now() > until) throw new Error(`${url} did not load`);
        await new Promise((r) => setTimeout(r, POLL_MS));
      }
      this.href = url;
      return;
    }
    this.href = '';
    await this.page.goto(url);
  }

  /** The document's address once it has loaded (the page's own view: BiDi may not report it). */
  private loaded(): Promise<string> {
    return this.page.evaluate(() => (document.readyState === 'complete' ? location.href : '')).catch(() => '');
  }

  private async find(t: Target, timeout = WAIT_MS): Promise<ElementHandle<Element>> {
    let frame: Frame = this.page.mainFrame();
    if (t.frame) {
      const holder = await this.findIn(frame, { css: t.frame }, timeout);
      const inner = await holder.contentFrame();
      if (!inner) throw new Error(`${t.frame} is not a frame`);
      frame = inner;
    }
    return this.findIn(frame, toWire(t), timeout);
  }

  private async findIn(frame: Frame, w: WireTarget, timeout: number): Promise<ElementHandle<Element>> {
    const handle = await frame.waitForFunction(pickTarget, { timeout, polling: POLL_MS }, w).catch((err: unknown) => {
      throw new Error(`no visible ${JSON.stringify(w)} within ${timeout} ms (${err instanceof Error ? err.message : String(err)})`);
    });
    const element = handle.asElement() as ElementHandle<Element> | null;
    if (!element) throw new Error(`${JSON.stringify(w)} is not an element`);
    return element;
  }

  async waitFor(t: Target) {
    await (await this.find(t)).dispose();
  }

  async isVisible(t: Target) {
    try {
      await (await this.find(t, 1)).dispose();
      return true;
    } catch {
      return false;
    }
  }

  async text(t: Target) {
    const handle = await this.find(t);
    try {
      return await handle.evaluate((e) => (e as HTMLElement).innerText ?? e.textContent ?? '');
    } finally {
      await handle.dispose();
    }
  }

  evaluate = <R, A>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> =>
    this.page.evaluate(fn as (arg: unknown) => Promise<R>, arg as unknown) as Promise<R>;

  async click(t: Target, opts: ClickOptions = {}) {
    await this.front();
    const handle = await this.find(t);
    try {
      await handle.click(opts.position ? { offset: opts.position } : {});
    } finally {
      await handle.dispose();
    }
  }

  async focus(t: Target) {
    await this.front();
    const handle = await this.find(t);
    try {
      await handle.focus();
    } finally {
      await handle.dispose();
    }
  }

  async type(text: string) {
    await this.front();
    await this.page.keyboard.type(text);
  }

  async press(key: string) {
    await this.front();
    const keys = chord(key);
    const last = keys.pop()!;
    for (const k of keys) await this.page.keyboard.down(k);
    await this.page.keyboard.press(last);
    for (const k of keys.reverse()) await this.page.keyboard.up(k);
  }

  async front() {
    // The extension may have switched tabs behind the driver's back (Insert and Apply bring the
    // coached tab forward when the panel is a tab of its own): trust the page, not the last switch.
    if (this.shared.front === this && (await this.inFront())) return;
    await this.page.bringToFront();
    this.shared.front = this;
  }

  /** Whether this tab is the one shown (the extension may have switched tabs behind the driver's back). */
  private inFront(): Promise<boolean> {
    return this.page.evaluate(() => document.visibilityState === 'visible').catch(() => false);
  }

  async close() {
    if (this.closed) return;
    this.closed = true;
    if (this.shared.front === this) this.shared.front = null;
    await this.page.close();
  }
}
