// What every contract does first: open the fixture in a tab with the extension, find its box, and
// keep the page's errors so the last contract can assert there were none. Everything goes through
// the driver (tests/e2e/driver), so the same contract runs in Chromium and in Firefox.
import type { DeskServer } from '../../../demo/server';
import type { CoachTabState } from '../../../lib/coach-state';
import type { EditResult } from '../../../lib/messaging';
import type { Driver, Tab } from '../driver/types';
import type { SiteCase } from './cases';

export interface Opened {
  tab: Tab;
  tabId: number;
  /** Uncaught errors and console errors of the page. */
  errors: string[];
  state(check: (s: CoachTabState | undefined) => boolean): Promise<CoachTabState | undefined>;
}

export async function openCase(c: SiteCase, driver: Driver, desk: DeskServer): Promise<Opened> {
  const tab = await driver.newTab(desk.urlFor(c.fixture.name));
  await c.prepare?.(tab);
  await tab.waitFor(c.box);
  const tabId = await driver.tabIdOf(tab);
  return { tab, tabId, errors: tab.errors, state: (check) => driver.waitForTabState(tabId, check) };
}

/**
 * Types as the agent would: clicks near the top-left of the (empty) box, so the caret lands on its
 * first line and not in quoted history below, then keys (Enter for each line break).
 */
export async function typeInto(c: SiteCase, o: Opened, text: string): Promise<void> {
  await o.tab.click(c.box, { position: { x: 12, y: 10 } });
  await o.tab.type(text);
}

/** Inserts at the tab's saved caret the way the side panel's Insert does (contract 5). */
export function insertFromPanel(driver: Driver, o: Opened, text: string): Promise<EditResult> {
  return driver.sendFromPanel<EditResult>('insertIntoTab', { tabId: o.tabId, text });
}

/** Applies a rewrite the way the side panel's Apply does: refused unless `actual` is still at [start, end). */
export function replaceFromPanel(driver: Driver, o: Opened, req: { start: number; end: number; actual: string; text: string }): Promise<EditResult> {
  return driver.sendFromPanel<EditResult>('replaceInTab', { tabId: o.tabId, ...req });
}

/**
 * The draft as the editor's own model holds it (each fixture publishes it for tests), compared as
 * the customer would read it: TinyMCE keeps typed edge spaces as no-break spaces and Lexical puts a
 * blank line between paragraphs; neither changes what the reply says.
 */
export async function modelText(o: Opened): Promise<string | undefined> {
  const draft = await o.tab.evaluate(() => window.fixture?.draft());
  return draft?.replace(/\u00a0/g, ' ').replace(/\n+/g, '\n');
}
