// Firefox smoke test: install the built add-on into Debian's Firefox ESR over WebDriver BiDi, type a
// reply into a page, and read the coaching state the way the sidebar does (storage.session).
import { existsSync } from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startDeskServer } from '../../demo/server';

const ADDON_ID = 'rapport@rapport.invalid';
const UUID = '5e1f3c2a-7b0d-4e8a-9c61-2f4d8b7a1e90';
const ADDON_DIR = path.resolve('.output/firefox-mv2');

declare const browser: { storage: { session: { get(k: null): Promise<Record<string, { text?: string; url?: string; site?: string }>> } } };

function firefoxPath(): string {
  const found = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find((p) => p && existsSync(p));
  if (!found) throw new Error('No Firefox found: install firefox-esr (apt) or set FIREFOX_PATH.');
  return found;
}

async function poll<T>(what: string, fn: () => Promise<T | undefined>, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const got = await fn().catch(() => undefined);
    if (got !== undefined) return got;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function readStates(page: Page) {
  return page.evaluate(() => browser.storage.session.get(null));
}

async function main(): Promise<void> {
  if (!existsSync(path.join(ADDON_DIR, 'manifest.json'))) throw new Error('Build first: npx wxt build -b firefox');
  const desk = await startDeskServer();
  let ff: Browser | undefined;
  let failed = 0;
  const check = (ok: boolean, name: string) => {
    console.log(`  ${ok ? '✓' : '✗'} ${name}`);
    if (!ok) failed++;
  };
  try {
    ff = await puppeteer.launch({
      browser: 'firefox',
      executablePath: firefoxPath(),
      headless: true,
      args: ['--remote-allow-system-access'],
      extraPrefsFirefox: {
        'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
        'extensions.experiments.enabled': false,
      },
    });
    await ff.installExtension(ADDON_DIR);
    const page = await ff.newPage();
    await page.goto(`${desk.origin}/fixtures/generic-textarea/`);
    const draft = 'Hi Sam, thank you for waiting. I will call you back within the hour.';
    const box = await poll('the reply textarea', async () => (await page.$('textarea:not([data-gramm="false"])')) ?? undefined);
    await box.click();
    await page.keyboard.type(draft);

    const panel = await ff.newPage();
    // Don't await goto on moz-extension pages (it never settles over BiDi); wait for the app instead.
    void panel.goto(`moz-extension://${UUID}/sidepanel.html`).catch(() => {});
    await poll('the extension page', async () => (await panel.$('#app')) ?? undefined);
    const state = await poll('coaching state for the typed draft', async () => {
      const all = await readStates(panel);
      return Object.values(all).find((s) => s.text === draft);
    });
    check(state.text === draft, 'the typed draft is stored in storage.session');
    check(state.site === 'generic', `the page is coached as a generic site (got ${state.site})`);
    check(typeof state.url === 'string' && state.url.startsWith(desk.origin), 'the state names the page it came from');
  } finally {
    await ff?.close().catch(() => {});
    await desk.close();
  }
  console.log(`firefox smoke: ${failed ? 0 : 3} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
