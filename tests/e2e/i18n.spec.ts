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

test('the options page and the coach speak German throughout, and the German pack says “Sie” with the full name', async ({ context, desk, harness, extensionId }) => {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByRole('heading', { level: 1 })).toHaveText('Rapport-Regelpakete');
  await expect(options.locator('html')).toHaveAttribute('lang', 'de');
  // The German example pack ships with the extension: one click.
  await options.getByRole('button', { name: 'Dieses Paket verwenden: Rapport-Methode (Deutsch)' }).click();
  await expect(options.getByTestId('effective-name')).toHaveText('Rapport-Methode (Deutsch)');
  await expect(options.getByRole('status')).toContainText('Es coacht jetzt');
  expect(await leftovers(options)).toEqual([]);

  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/104`);
  // Tomás writes in German this time, and he is cross.
  await page.locator('[data-test-id="omni-log-comment-item"][data-author-role="end-user"] [data-test-id="omni-log-message-content"]').evaluateAll((els) => {
    for (const el of els) el.textContent = 'Das ist jetzt das dritte Mal, dass der Drucker fehlt. Ich bin wirklich verärgert!';
  });
  await page.locator(EDITOR).click();
  await page.keyboard.type('Hallo, kein Problem. Das geht leider nicht.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await expect(panel.getByTestId('word-count')).toHaveText('7 Wörter');
  await expect(panel.locator('[data-rule="kein-problem"]')).toBeVisible();
  await expect(panel.getByTestId('mood')).toHaveAttribute('data-mood', 'upset');
  await expect(panel.locator('html')).toHaveAttribute('lang', 'de');
  // Open every section, so all of it is checked.
  const closed = panel.locator('.rp-toggle[aria-expanded="false"]');
  while ((await closed.count()) > 0) await closed.first().click();
  expect(await leftovers(panel)).toEqual([]);

  // The pack's lines say "Sie", and with "Sie" the customer is Tomás Lindqvist, never plain Tomás.
  const lines = await panel.locator('main [lang="de"]').evaluateAll((els) => els.map((e) => e.textContent ?? ''));
  const named = lines.filter((l) => l.includes('Tomás'));
  expect(named.length).toBeGreaterThan(0);
  for (const l of named) expect(l).toContain('Tomás Lindqvist');
  expect(lines.join(' ')).toMatch(/\bIhr(en)?\b/);
  for (const l of lines) expect(l).not.toMatch(/\b(du|dich|dir|dein\w*)\b/i);
});
