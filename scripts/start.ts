// `npm start`: build the extension, serve the demo help desk, open Chromium with Rapport loaded on it.
// With --headless (or no display) it drives the demo instead and saves screenshots to screenshots/.
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { startDeskServer } from '../demo/server';
import { chromiumPath, extensionArgs, QUIET_FLAGS } from '../tests/e2e/browser';

const EXT = path.resolve('.output/chrome-mv3');
const SHOTS = path.resolve('screenshots');
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);
const port = Number(process.env.PORT ?? (headless ? 0 : 8370));

declare const chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };

async function extensionIdOf(context: BrowserContext): Promise<string> {
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return new URL(sw.url()).host;
}

async function tabIdOf(context: BrowserContext, page: Page): Promise<number> {
  await page.bringToFront();
  const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({ active: true });
    return (tabs.find((t) => t.url === u) ?? tabs[0])?.id ?? -1;
  }, page.url());
}

/** Plays an agent answering a hurried customer, then photographs the desk and the coach. */
async function driveDemo(context: BrowserContext, deskUrl: string): Promise<void> {
  const id = await extensionIdOf(context);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(deskUrl);
  await page.getByRole('link', { name: /VPN/i }).first().click();
  const editor = page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]:visible');
  await editor.click();
  await page.keyboard.type(
    "Hi Priya, I'm sorry the VPN dropped you right before your meeting. I'm taking ownership of this: " +
      'please restart the client and sign in again; I will call you back within 15 minutes. Have I solved your problem?',
    { delay: 5 },
  );
  const tabId = await tabIdOf(context, page);
  const panel = await context.newPage();
  await panel.setViewportSize({ width: 400, height: 900 });
  await panel.goto(`chrome-extension://${id}/sidepanel.html?tabId=${tabId}`);
  await panel.getByTestId('score').waitFor({ timeout: 15_000 });
  mkdirSync(SHOTS, { recursive: true });
  await page.bringToFront();
  await page.screenshot({ path: path.join(SHOTS, 'demo-desk.png') });
  await panel.screenshot({ path: path.join(SHOTS, 'side-panel.png'), fullPage: true });
  console.log(`Screenshots:\n  ${path.join(SHOTS, 'demo-desk.png')}\n  ${path.join(SHOTS, 'side-panel.png')}`);
}

async function main(): Promise<void> {
  console.log('Building the extension…');
  execFileSync('npx', ['wxt', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
  const desk = await startDeskServer({ port });
  const deskUrl = `${desk.origin}/`;
  console.log(`Demo help desk: ${deskUrl}`);
  const context = await chromium.launchPersistentContext(headless ? '' : path.resolve('.cache/start-profile'), {
    executablePath: chromiumPath(),
    headless,
    viewport: headless ? { width: 1280, height: 800 } : null,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_FLAGS, ...extensionArgs(EXT)],
  });
  if (headless) {
    try {
      await driveDemo(context, deskUrl);
    } finally {
      await context.close();
      await desk.close();
    }
    return;
  }
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(deskUrl);
  console.log('Chromium is open with Rapport. Click the Rapport toolbar button to open the coach. Close the browser to stop.');
  await new Promise<void>((resolve) => context.on('close', () => resolve()));
  await desk.close();
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
