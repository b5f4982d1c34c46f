// A signal a team lead declares in a pack reaches the agent's panel like a built-in one (issue 11).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

// The same team pack the CLI tests use (cli/cli.test.ts); its raw pattern `\bKB\d+\b` is judged by recheck
// on the options page and accepted by the background from that verdict (lib/rule-pack/redos.ts).
const KB_PACK = readFileSync(path.resolve(import.meta.dirname, '../fixtures/packs/kb-link.yaml'), 'utf8');

test('a declared signal shows in the panel: missing with the points it adds, then present with its words', async ({ context, extensionId, desk, harness }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[type=file]').setInputFiles({ name: 'it.yaml', mimeType: 'text/yaml', buffer: Buffer.from(KB_PACK) });
  await expect(options.getByTestId('effective-name')).toHaveText('IT team (KB)');

  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/101`);
  await page.locator(EDITOR).click();
  await page.keyboard.type('Hi Sam, thanks for waiting. The steps are in the article.');
  const tabId = await harness.tabIdOf(page);
  const panel = await harness.openPanel(tabId);

  const row = panel.locator('[data-signal="kb-link"]');
  await expect(row).toHaveAttribute('data-present', 'false');
  await expect(row).toContainText('Links a knowledge-base article');
  await expect(row).toContainText('+6');

  await page.bringToFront();
  await page.locator(EDITOR).click();
  await page.keyboard.press('End');
  await page.keyboard.type(' See KB0012345.');
  await expect(row).toHaveAttribute('data-present', 'true');
  await expect(row).toContainText('KB0012345');
  const state = await harness.readTabState(tabId);
  expect(state?.report?.signals['kb-link']).toBe(true);
});
