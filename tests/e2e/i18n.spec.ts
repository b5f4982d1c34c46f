// A German agent: the browser runs in German (--lang=de), the team uses the German method pack. Neither
// the options page nor the coach may show a word of English of its own.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './harness';
import { englishLeftovers } from '../unit/english-leftovers';
import { SIGNAL_IDS } from '../../lib/scoring/types';

test.use({ browserLang: 'de' });

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';
const messages = (lang: string) => JSON.parse(readFileSync(path.join(EXTENSION_DIR, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

async function leftovers(page: Page): Promise<string[]> {
  // Rule ids are code (`kein-problem`, `greeting`), shown as they are in every language.
  const ruleIds = await page.locator('[data-rule]').evaluateAll((els) => els.map((e) => e.getAttribute('data-rule') ?? ''));
  return page.evaluate(englishLeftovers, { english: messages('en'), other: messages('de'), lang: 'de', ids: [...SIGNAL_IDS, ...ruleIds] });
}

test('the options page and the coach speak German throughout, and the German pack says “Sie”', async ({ context, desk, harness, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Rapport-Regelpakete');
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  await options.locator('input[type=file]').setInputFiles(path.resolve('packs/de-method.yaml'));
  await expect(options.getByTestId('effective-name')).toHaveText('Rapport-Methode (Deutsch)');
  await expect(options.getByRole('status')).toContainText('importiert');
  expect(await leftovers(options)).toEqual([]);

  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/104`);
  await page.locator(EDITOR).click();
  await page.keyboard.type('Hallo, kein Problem. Das geht leider nicht.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await expect(panel.getByTestId('word-count')).toHaveText('7 Wörter');
  await expect(panel.locator('[data-rule="kein-problem"]')).toBeVisible();
  await expect(panel.locator('html')).toHaveAttribute('lang', 'de');
  expect(await leftovers(panel)).toEqual([]);
  // The German pack's prompts speak to the customer formally.
  const prompts = await panel.locator('.rp-prompts p').allInnerTexts();
  expect(prompts.length).toBeGreaterThan(0);
  for (const p of prompts) expect(p).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
});
