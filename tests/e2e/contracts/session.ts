// What every contract does first: open the fixture in a tab with the extension, find its box, and
// keep the page's errors so the last contract can assert there were none.
import type { BrowserContext, Page } from '@playwright/test';
import type { DeskServer } from '../../../demo/server';
import type { CoachTabState } from '../../../lib/coach-state';
import type { Harness } from '../harness';
import { expect } from '../harness';
import type { SiteCase } from './cases';

// The part of the extension API the panel page uses here (evaluated inside the extension page).
declare const chrome: {
  runtime: {
    sendMessage(message: unknown, callback: (answer: { res?: unknown; err?: unknown } | undefined) => void): void;
    lastError?: { message?: string };
  };
};

export interface Opened {
  page: Page;
  tabId: number;
  errors: string[];
  state(check: (s: CoachTabState | undefined) => boolean): Promise<CoachTabState | undefined>;
}

export async function openCase(c: SiteCase, context: BrowserContext, desk: DeskServer, harness: Harness): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(`console: ${msg.text()}`);
  });
  await page.goto(desk.urlFor(c.fixture.name));
  await c.prepare?.(page);
  await expect(c.box(page)).toBeVisible();
  const tabId = await harness.tabIdOf(page);
  return { page, tabId, errors, state: (check) => harness.waitForTabState(tabId, check) };
}

/**
 * Types as the agent would: clicks near the top-left of the (empty) box, so the caret lands on its
 * first line and not in quoted history below, then keys (Enter for each line break).
 */
export async function typeInto(c: SiteCase, o: Opened, text: string): Promise<void> {
  await c.box(o.page).click({ position: { x: 12, y: 10 } });
  await o.page.keyboard.type(text);
}

/** Sends a panel action the way the side panel does (from an extension page, through the hub). */
export async function panelAction<T>(harness: Harness, tabId: number, type: 'insertIntoTab' | 'replaceInTab', data: object): Promise<T> {
  const panel = await harness.openPanel(tabId);
  try {
    return await panel.evaluate(
      ([type, data]) =>
        new Promise<T>((resolve, reject) =>
          chrome.runtime.sendMessage({ id: Date.now(), type, data, timestamp: Date.now() }, (answer) => {
            if (answer && 'res' in answer) resolve(answer.res as T);
            else reject(new Error(JSON.stringify(answer?.err ?? chrome.runtime.lastError)));
          }),
        ),
      [type, { tabId, ...data }] as const,
    );
  } finally {
    await panel.close();
  }
}

/**
 * The draft as the editor's own model holds it (each fixture publishes it for tests), compared as
 * the customer would read it: TinyMCE keeps typed edge spaces as no-break spaces and Lexical puts a
 * blank line between paragraphs; neither changes what the reply says.
 */
export async function modelText(o: Opened): Promise<string | undefined> {
  const draft = await o.page.evaluate(() => window.fixture?.draft());
  return draft?.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n');
}
