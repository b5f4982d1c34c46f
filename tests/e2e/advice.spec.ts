// Advice that fits the ticket, on the demo desk (issue 14): the six demo tickets as an agent opens
// them. An outage gets the bad-news line and no tip, a password ticket a password tip, and the calm
// printer question no frustration line and no apology asked for.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

async function openTicket(page: Page, origin: string, id: number, draft: string) {
  await page.goto(`${origin}/agent/tickets/${id}`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(draft);
}

test('an outage gets the bad-news line with its reason, and no bonus tip', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 105, 'Hi Dana, I am checking the mail relay.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  // The lines sit in a section the compact coach folds on first sight (issue 16): unfold it.
  await panel.getByRole('button', { name: /^Lines you could use/, expanded: false }).click();
  const badNews = panel.locator('.rp-prompt[data-kind="bad-news"]');
  await expect(badNews).toBeVisible();
  await expect(badNews).toContainText('Outage or incident');
  await expect(panel.getByTestId('bonus-tip')).toHaveCount(0);
  await expect(panel.getByTestId('bonus-tip-held')).toBeVisible();
  await expect(panel.locator('[data-signal="bonus-tip"]')).toHaveAttribute('data-need', 'not-now');
});

test('the password ticket gets a password tip', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 106, 'Hi Kenji, I have sent you a fresh reset link.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await expect(panel.getByTestId('bonus-tip')).toHaveAttribute('data-tip', /^password-/);
});

test('the calm printer question gets no frustration line and no apology demand', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 104, 'Hi Tomás, here is how to add the printer.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await expect(panel.getByTestId('bonus-tip')).toHaveAttribute('data-tip', 'printer-default');
  await expect(panel.getByTestId('mood')).toHaveCount(0);
  await expect(panel.locator('.rp-prompt[data-kind="empathy"], .rp-prompt[data-kind="apology"]')).toHaveCount(0);
  await expect(panel.getByText(/frustrat/i)).toHaveCount(0);
  const apology = panel.locator('[data-signal="apology"]');
  await expect(apology).toHaveAttribute('data-need', 'optional');
  await expect(apology).not.toContainText('not in the draft yet');
  // Every closing question is there for a customer with time.
  await expect(panel.getByTestId('closing-held')).toHaveCount(0);
});

test('the angry repeat customer: upset and in a hurry, the last two questions held back with the reason', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 102, 'Hi Marcus, I am on it.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await expect(panel.getByTestId('mood')).toHaveAttribute('data-flags', 'upset hurry');
  await expect(panel.getByTestId('closing-held')).toContainText('the customer is upset');
  await expect(panel.locator('[data-question="solved"]')).toHaveAttribute('data-shown', 'true');
});
