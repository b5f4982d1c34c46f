// A signal a team lead declares in a pack reaches the agent's panel like a built-in one (issue 11).
import { expect, test } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

const KB_PACK = `extends: default
schema_version: 1
id: it-e2e
name: IT team (e2e)
version: "1"
signals:
  kb-link: { label: Links a knowledge-base article, points: 6 }
rules:
  - id: kb-link
    type: phrase-present
    signal: kb-link
    level: suggestion
    message: Link the knowledge-base article.
    phrases:
      - pattern: '\\bKB\\d{7}\\b'
    examples: { flag: ["See KB0012345."], pass: ["See the article."] }
`;

test('a declared signal shows in the panel: missing with the points it adds, then present with its words', async ({ context, extensionId, desk, harness }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[type=file]').setInputFiles({ name: 'it.yaml', mimeType: 'text/yaml', buffer: Buffer.from(KB_PACK) });
  await expect(options.getByTestId('effective-name')).toHaveText('IT team (e2e)');

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
