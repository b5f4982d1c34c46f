// axe-core on every page an agent or a team lead sees, in light and in dark: the coach with no reply
// box, with an empty box, with a live report, on an internal note, as a pop-out window, and the
// options page. Zero violations of WCAG 2.1 A/AA and axe's best practices.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type Harness } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

async function axe(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze();
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join(' | ')}`);
}

/** Violations in light mode and in dark mode (prefers-color-scheme), each prefixed with its mode. */
async function violations(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await axe(page)).map((v) => `${colorScheme}: ${v}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

async function ticket(page: Page, origin: string, id: number, draft: string): Promise<void> {
  await page.goto(`${origin}/agent/tickets/${id}`);
  await page.locator(EDITOR).click();
  if (draft) await page.keyboard.type(draft);
}

async function panelFor(harness: Harness, page: Page, ready: (s: Parameters<Parameters<Harness['waitForTabState']>[1]>[0]) => boolean): Promise<Page> {
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, ready);
  const panel = await harness.openPanel(tabId);
  await expect(panel.locator('main[data-tab-id]')).toBeVisible();
  return panel;
}

// axe walks every node: on a shared 2-core machine one page takes 10–20 s, twice (light and dark).
// One browser for the whole file (CI time): each page is a step, and a step's violations do not stop
// the next from being checked.
test.describe.configure({ timeout: 600_000 });

test('axe finds nothing on the coach (no box, empty, live report, tip, internal note, pop-out) or the options page', async ({ context, desk, harness, extensionId }) => {
  await test.step('no reply box', async () => {
    const site = await context.newPage();
    await site.goto(`${desk.origin}/`);
    const noBox = await harness.openPanel(await harness.tabIdOf(site));
    await expect(noBox.getByRole('heading', { level: 2, name: 'No reply box yet' })).toBeVisible();
    expect.soft(await violations(noBox), 'no box').toEqual([]);
    await noBox.close();
  });

  await test.step('an empty reply box', async () => {
    const empty = await context.newPage();
    await ticket(empty, desk.origin, 104, '');
    const panel = await panelFor(harness, empty, (s) => !!s?.boxId);
    await expect(panel.getByTestId('where')).toBeVisible();
    expect.soft(await violations(panel), 'empty box').toEqual([]);
    await panel.close();
  });

  await test.step('a live report: mood, rephrasing, lines, closing questions, spelling, signals (every section open)', async () => {
    const hurried = await context.newPage();
    await ticket(hurried, desk.origin, 101, 'Hi Priya, no problem, obviously the VPN is not our department. Your ticket is INC0012345.');
    const panel = await panelFor(harness, hurried, (s) => !!s?.report && s.text.includes('INC0012345'));
    await expect(panel.getByTestId('mood')).toBeVisible();
    const closed = panel.locator('.rp-toggle[aria-expanded="false"]');
    while ((await closed.count()) > 0) await closed.first().click();
    await expect(panel.locator('[data-rule]').first()).toBeVisible();
    await panel.locator('details summary').evaluateAll((els) => els.forEach((e) => (e.parentElement as HTMLDetailsElement).setAttribute('open', '')));
    expect.soft(await violations(panel), 'live report').toEqual([]);
    await panel.close();
  });

  await test.step('a bonus tip', async () => {
    const relaxed = await context.newPage();
    await ticket(relaxed, desk.origin, 104, 'Hi Tomás, here is how to add the printer.');
    const tipPanel = await panelFor(harness, relaxed, (s) => !!s?.report && s.text.includes('printer'));
    await expect(tipPanel.getByTestId('bonus-tip')).toBeVisible();
    expect.soft(await violations(tipPanel), 'tip').toEqual([]);
    await tipPanel.close();
  });

  await test.step('an internal note', async () => {
    const page = await context.newPage();
    await page.goto(`${desk.origin}/agent/tickets/102`);
    await page.locator('button[data-test-id="omnichannel-channel-switcher-button"]:visible').click();
    await page.locator('[data-test-id="omnichannel-channel-switcher-menuitem-internal"]:visible').click();
    await page.locator(EDITOR).click();
    await page.keyboard.type('Refund both charges, password is Xq7-pL.');
    const panel = await panelFor(harness, page, (s) => s?.boxKind === 'internal' && s.text.includes('Refund'));
    await expect(panel.getByTestId('internal-note')).toBeVisible();
    expect.soft(await violations(panel), 'internal note').toEqual([]);
    await panel.close();
  });

  await test.step('the pop-out window that follows the active tab', async () => {
    const reply = await context.newPage();
    await ticket(reply, desk.origin, 103, 'Hello, thanks for waiting. I will check it.');
    await harness.waitForTabState(await harness.tabIdOf(reply), (s) => !!s?.report);
    const popout = await harness.openFollowingPanel();
    await expect(popout.getByTestId('where')).toBeVisible();
    expect.soft(await violations(popout), 'pop-out').toEqual([]);
    await popout.close();
  });

  await test.step('the options page', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await expect(options.getByTestId('effective-name')).toBeVisible();
    await options.getByRole('textbox', { name: 'Sample reply' }).fill('Hi Ana, no problem. Have I solved your problem?');
    await expect(options.getByTestId('try-findings')).toBeVisible();
    expect.soft(await violations(options), 'options').toEqual([]);
  });
});
