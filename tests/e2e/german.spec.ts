// A German agent in either browser: the browser's own UI runs in German (Chromium --lang=de, Firefox ESR
// with its German language pack), the team picks the German method pack on the options page, and the
// coach reads a cross German customer. The same steps run in Chromium and in Firefox (@firefox), through
// the driver only; i18n.spec.ts goes deeper in Chromium (the "Sie" form, every section).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from './harness';
import { englishLeftovers, type LeftoverInput } from '../unit/english-leftovers';
import { SIGNAL_IDS } from '../../lib/scoring/types';
import { byRole, el } from './driver/types';
import { CHROME_EXTENSION_DIR } from './driver/chromium';
import { FIREFOX_ADDON_DIR } from './driver/firefox';

const EDITOR = el('[data-test-id="omnicomposer-rich-text-ckeditor"]');
const messages = (dir: string, lang: string) =>
  JSON.parse(readFileSync(path.join(dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

test('a German agent gets the options page and the coach in German, in Chromium and Firefox @firefox', async ({ driverIn, desk, engine }) => {
  const driver = await driverIn('de');
  const dir = engine === 'firefox' ? FIREFOX_ADDON_DIR : CHROME_EXTENSION_DIR;
  const check = (ids: string[]): LeftoverInput => ({ english: messages(dir, 'en'), other: messages(dir, 'de'), lang: 'de', ids: [...SIGNAL_IDS, ...ids] });
  const ruleIds = (tab: { evaluate<R>(fn: () => R): Promise<R> }) =>
    tab.evaluate(() => [...document.querySelectorAll('[data-rule]')].map((e) => e.getAttribute('data-rule') ?? ''));

  const options = await driver.newTab(driver.extensionUrl('options.html'));
  await options.waitFor(el('h1', 'Rapport-Regelpakete'));
  expect(await options.evaluate(() => document.documentElement.lang)).toBe('de');
  await options.click(byRole('button', 'Dieses Paket verwenden: Rapport-Methode (Deutsch)'));
  await options.waitFor(el('[data-testid="effective-name"]', 'Rapport-Methode (Deutsch)'));
  expect(await options.evaluate(englishLeftovers, check(await ruleIds(options)))).toEqual([]);

  const ticket = await driver.newTab(`${desk.origin}/agent/tickets/104`);
  await ticket.waitFor(EDITOR);
  // The customer writes in German this time, and is cross.
  await ticket.evaluate(() => {
    for (const m of document.querySelectorAll('[data-test-id="omni-log-comment-item"][data-author-role="end-user"] [data-test-id="omni-log-message-content"]')) {
      m.textContent = 'Das ist jetzt das dritte Mal, dass der Drucker fehlt. Ich bin wirklich verärgert!';
    }
  });
  await ticket.click(EDITOR);
  await ticket.type('Hallo, kein Problem. Das geht leider nicht.');
  const tabId = await driver.tabIdOf(ticket);
  await driver.waitForTabState(tabId, (s) => s?.text === 'Hallo, kein Problem. Das geht leider nicht.');

  const panel = await driver.openPanel(tabId);
  await panel.waitFor(el('[data-testid="word-count"]', '7 Wörter'));
  await panel.waitFor(el('[data-rule="kein-problem"]'));
  await panel.waitFor(el('[data-testid="mood"][data-mood="upset"]'));
  expect(await panel.evaluate(() => document.documentElement.lang)).toBe('de');
  // Every section open, so all of it is read; then not a word of English of the extension's own.
  for (let i = 0; i < 20 && (await panel.isVisible(el('.rp-toggle[aria-expanded="false"]'))); i++) {
    await panel.click(el('.rp-toggle[aria-expanded="false"]'));
  }
  expect(await panel.evaluate(englishLeftovers, check(await ruleIds(panel)))).toEqual([]);
});
