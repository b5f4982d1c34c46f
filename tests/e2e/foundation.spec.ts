// The pipe every feature stands on: demo desk → content script → hub (coach:tab:<id>) → side panel.
import { test, expect } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

test('typing in the demo reply box updates the tab state and the side panel live', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/101`);
  await page.locator(EDITOR).click();
  await page.keyboard.type('Hi Priya, thanks for waiting.');
  const tabId = await harness.tabIdOf(page);
  const state = await harness.waitForTabState(tabId, (s) => s?.text === 'Hi Priya, thanks for waiting.');
  expect(state).toMatchObject({ site: 'zendesk', boxKind: 'public' });
  expect(state?.url).toContain('/agent/tickets/101');
  expect(state?.report?.score).toEqual(expect.any(Number));

  const panel = await harness.openPanel(tabId);
  await expect(panel.getByTestId('word-count')).toHaveText('5 words');
  await expect(panel.getByTestId('where')).toHaveText('Zendesk · public reply');

  await page.bringToFront();
  await page.locator(EDITOR).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' I will call you at 3pm.');
  await expect(panel.getByTestId('word-count')).toHaveText('11 words');
});

test('the unbound panel follows the active tab, and a closed tab loses its state', async ({ context, desk, harness }) => {
  const first = await context.newPage();
  await first.goto(`${desk.origin}/agent/tickets/101`);
  await first.locator(EDITOR).click();
  await first.keyboard.type('First tab draft');
  const firstId = await harness.tabIdOf(first);
  await harness.waitForTabState(firstId, (s) => s?.text === 'First tab draft');

  const second = await context.newPage();
  await second.goto(`${desk.origin}/agent/tickets/102`);
  await second.locator(EDITOR).click();
  await second.keyboard.type('The second tab has a longer draft here');
  const secondId = await harness.tabIdOf(second);
  await harness.waitForTabState(secondId, (s) => s?.text === 'The second tab has a longer draft here');

  const panel = await harness.openFollowingPanel();
  await first.bringToFront();
  await expect(panel.locator('main')).toHaveAttribute('data-tab-id', String(firstId));
  await expect(panel.getByTestId('word-count')).toHaveText('3 words');
  await second.bringToFront();
  await expect(panel.locator('main')).toHaveAttribute('data-tab-id', String(secondId));
  await expect(panel.getByTestId('word-count')).toHaveText('8 words');

  await second.close();
  await expect.poll(() => harness.readTabState(secondId)).toBeUndefined();
  expect(await harness.readTabState(firstId)).toBeDefined();
});
