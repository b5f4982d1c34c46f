// The coach as an agent keeps it open all day: nothing moves after it paints (Layout Instability API),
// the keyboard reaches "Before you send" at once and Insert with Enter goes back to the reply box, and
// the panel fits a 320 px side panel and 200 % zoom (400 CSS px) without clipping a control.
// RAPPORT_SCREENSHOTS=docs/screenshots saves the README's screenshots from these runs.
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type Harness } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';
const SHOTS = process.env.RAPPORT_SCREENSHOTS;

async function ticket(page: Page, origin: string, id: number, draft: string): Promise<void> {
  await page.goto(`${origin}/agent/tickets/${id}`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(draft);
}

async function coached(harness: Harness, page: Page, text: string, size?: { width: number; height: number }, scale = 1): Promise<Page> {
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, (s) => s?.text === text && !!s.report);
  const context = page.context();
  if (!size) return harness.openPanel(tabId);
  // A page of its own size and zoom: deviceScaleFactor 2 at 400 CSS px is an 800 px panel at 200 %.
  const panel = await harness.openPanel(tabId);
  await panel.setViewportSize(size);
  if (scale !== 1) {
    const cdp = await context.newCDPSession(panel);
    await cdp.send('Emulation.setDeviceMetricsOverride', { width: size.width, height: size.height, deviceScaleFactor: scale, mobile: false });
  }
  await panel.reload();
  return panel;
}

/** Sum of layout-shift values since the page loaded (entries right after input do not count). */
const layoutShift = (panel: Page) =>
  panel.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[];
          resolve(entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0));
        }).observe({ type: 'layout-shift', buffered: true });
        // No entry at all: nothing shifted.
        setTimeout(() => resolve(0), 500);
      }),
  );

/** Controls cut off on the right, and whether the page scrolls sideways. */
const clipping = (panel: Page) =>
  panel.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const cut = [...document.querySelectorAll<HTMLElement>('button, input, select, textarea, summary')]
      .filter((el) => el.getClientRects().length > 0)
      .filter((el) => el.getBoundingClientRect().right > width + 0.5 || el.getBoundingClientRect().left < -0.5)
      .map((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? el.tagName);
    return { sideways: document.documentElement.scrollWidth > width, cut };
  });

async function openAll(panel: Page): Promise<void> {
  const closed = panel.locator('.rp-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
}

declare const chrome: { tabs: { query(q: { active: boolean; lastFocusedWindow: boolean }): Promise<{ id?: number }[]> } };

// One browser for the whole file (CI time); the keyboard step runs first, on sections as a new agent
// finds them.
test.describe.configure({ timeout: 240_000 });

test('all day beside the desk: keyboard, nothing moving after first paint, 320 px and 200 % zoom', async ({ context, desk, harness }) => {
  await test.step('keyboard: “Before you send” within 5 Tabs; Insert with Enter goes back to the reply box; Dismiss keeps focus nearby', async () => {
    const page = await context.newPage();
    const draft = 'Hi Tomás, here is how to add the printer.';
    await ticket(page, desk.origin, 104, draft);
    const tabId = await harness.tabIdOf(page);
    const panel = await coached(harness, page, draft);
    await expect(panel.getByTestId('before-send')).toBeVisible();

    let reached = 0;
    for (let stop = 1; stop <= 5 && !reached; stop++) {
      await panel.keyboard.press('Tab');
      if (await panel.evaluate(() => !!document.activeElement?.closest('[data-testid="before-send"]'))) reached = stop;
    }
    expect(reached, 'Tab stops from the top to “Before you send”').toBeGreaterThan(0);

    // Tab on to the Insert of a closing question and press Enter.
    const question = 'Is there anything I could have done better?';
    for (let i = 0; i < 20; i++) {
      const name = await panel.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (name === `Insert: ${question}`) break;
      await panel.keyboard.press('Tab');
    }
    await expect(panel.getByRole('button', { name: `Insert: ${question}` })).toBeFocused();
    await panel.keyboard.press('Enter');
    await expect.poll(() => page.locator(EDITOR).innerText()).toContain(question);
    // The coached tab is in front again, its reply box focused, ready for typing.
    await expect
      .poll(async () => (await harness.worker()).evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id))
      .toBe(tabId);
    await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.ck-editor__editable'))).toBe(true);
    // In the panel, focus did not fall to the top when the Insert went away with the asked question.
    await expect.poll(() => panel.evaluate(() => document.activeElement !== document.body && !!document.activeElement?.closest('main'))).toBe(true);

    // Dismiss the tip from the keyboard: focus stays on a neighbouring control.
    const dismiss = panel.getByRole('button', { name: /^Dismiss tip:/ });
    await dismiss.focus();
    await panel.keyboard.press('Enter');
    await expect(panel.getByTestId('bonus-tip')).toHaveCount(0);
    await expect.poll(() => panel.evaluate(() => document.activeElement?.matches('main button, main input, main select') ?? false)).toBe(true);
  });

  await test.step('nothing moves after the first paint: the spelling helper and the tip paint with the rest', async () => {
    const page = await context.newPage();
    const draft = 'Hi Tomás, here is how to add the printer. Your ticket is INC0012345.';
    await ticket(page, desk.origin, 104, draft);
    // Every section open, as an agent who opened them all would see it on the next ticket.
    const first = await coached(harness, page, draft);
    await openAll(first);
    await first.close();
    const panel = await coached(harness, page, draft);
    await expect(panel.getByTestId('bonus-tip')).toBeVisible();
    await expect(panel.getByRole('button', { name: 'Spell INC0012345 ticket' })).toBeVisible();
    // The tip (it waits for the tips already offered) and the spelling helper (it waits for the
    // alphabet) are what came late before; both are there now.
    expect(await layoutShift(panel)).toBe(0);
  });

  await test.step('fits 320 px and 200 % zoom without clipping, in light and in dark mode', async () => {
    const page = await context.newPage();
    const draft = 'Hi Priya, no problem, the VPN is not our department. Your ticket is INC0012345.';
    await ticket(page, desk.origin, 101, draft);
    for (const [label, size, scale] of [
      ['320px', { width: 320, height: 900 }, 1],
      ['400px-200pct', { width: 400, height: 900 }, 2],
    ] as const) {
      const panel = await coached(harness, page, draft, size, scale);
      await expect(panel.getByTestId('before-send')).toBeVisible();
      await openAll(panel);
      await panel.getByRole('button', { name: 'Spell INC0012345 ticket' }).click();
      for (const colorScheme of ['light', 'dark'] as const) {
        await panel.emulateMedia({ colorScheme });
        expect(await clipping(panel), `${label}, ${colorScheme}`).toEqual({ sideways: false, cut: [] });
        if (SHOTS && (colorScheme === 'light' || label === '320px')) {
          await panel.evaluate(() => window.scrollTo(0, 0));
          // The notice line sticks to the bottom of the viewport; in a full-page picture it would sit
          // over whatever is 900 px down, so it is drawn in its place in the flow for the picture.
          await panel.screenshot({ path: path.join(SHOTS, `panel-${label}-${colorScheme}.png`), fullPage: true, style: '.rp-notice { position: static !important; }' });
        }
      }
      await panel.close();
    }
  });
});
