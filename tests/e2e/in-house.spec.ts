// Desks no adapter knows, end to end: a team pack teaches Rapport an in-house tool (sites.custom) and
// switches a known one off (sites.disable); where the page does not say who reads the box, the coach
// asks the agent once and remembers the answer for that site and form.
import type { BrowserContext, Page } from '@playwright/test';
import type { CoachTabState } from '../../lib/coach-state';
import { expect, test, type Harness } from './harness';

const IN_HOUSE_PACK = `schema_version: 1
id: acme-team
name: Acme team
version: "1"
extends: default
rules: []
sites:
  custom:
    - id: acme-desk
      name: Acme Service Desk
      match: ["http://127.0.0.1/fixtures/inhouse/*"]
      reply_box: iframe.editor-frame
      internal_marker: 'body[data-view="comment"]'
      customer_name: .ticket-caller
      customer_message: .entry-caller .entry-text
`;

const ZENDESK_OFF_PACK = `schema_version: 1
id: no-zendesk
name: No Zendesk coaching
version: "1"
extends: default
rules: []
sites:
  disable: [zendesk]
`;

async function importPack(context: BrowserContext, extensionId: string, name: string, text: string): Promise<Page> {
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(options.getByTestId('effective-name')).toBeVisible();
  await options.locator('input[type=file]').setInputFiles({ name, mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await expect(options.getByText(`Imported ${name}`)).toBeVisible();
  return options;
}

async function open(context: BrowserContext, harness: Harness, url: string): Promise<{ page: Page; tabId: number }> {
  const page = await context.newPage();
  await page.goto(url);
  return { page, tabId: await harness.tabIdOf(page) };
}

const frameBody = (page: Page) => page.frameLocator('iframe.editor-frame').locator('body');

// Failed on 2026-11-30 with the state staying 'generic' after the import; the likely cause (an older
// generic draft scored last overwrote the in-house one) is fixed in lib/hub/hub.ts, not yet run here.
test('a sites.custom entry makes an in-house desk coach the right box, reply or note', async ({ context, extensionId, desk, harness }) => {
  const reply = await open(context, harness, `${desk.origin}/fixtures/inhouse/?view=reply`);
  // Unknown page: only the generic reading coaches it.
  const before = await harness.waitForTabState(reply.tabId, (s) => !!s?.boxId);
  expect(before).toMatchObject({ site: 'generic' });

  const options = await importPack(context, extensionId, 'acme.yaml', IN_HOUSE_PACK);

  // The pack reaches the open page: the editor in the frame is the box, a reply to the caller.
  await reply.page.bringToFront();
  // The new pack compiles before the page's next draft is scored: a generous wait on a loaded machine.
  let state = await harness.waitForTabState(reply.tabId, (s) => s?.site === 'acme-desk', 30_000);
  expect(state).toMatchObject({ siteName: 'Acme Service Desk', boxKind: 'public' });
  expect(state?.editor).not.toBe('textarea');
  await frameBody(reply.page).click();
  await reply.page.keyboard.type('Hi Priya, I am on it.');
  state = await harness.waitForTabState(reply.tabId, (s) => s?.text === 'Hi Priya, I am on it.');
  expect(state).toMatchObject({ site: 'acme-desk', boxKind: 'public' });
  expect(state?.customerName).toBeTruthy();
  expect(state?.report?.score).toBeGreaterThan(0);

  // The comment page of the same tool is an internal note, not coached as a reply.
  const comment = await open(context, harness, `${desk.origin}/fixtures/inhouse/?view=comment`);
  state = await harness.waitForTabState(comment.tabId, (s) => s?.site === 'acme-desk' && !!s.boxId);
  expect(state?.boxKind).toBe('internal');

  // The options page's tester names the tool for the address, from the same pack.
  await options.bringToFront();
  await options.getByLabel('Address of a ticket page').fill(`${desk.origin}/fixtures/inhouse/?view=comment`);
  await options.getByRole('button', { name: 'Test address' }).click();
  await expect(options.getByTestId('site-verdict')).toContainText("Acme Service Desk, your team pack's in-house tool");
  await options.getByLabel('Address of a ticket page').fill('https://acme.zendesk.com/agent/tickets/1');
  await options.getByRole('button', { name: 'Test address' }).click();
  await expect(options.getByTestId('site-verdict')).toContainText('Zendesk, a tool Rapport knows. It coaches here.');
});

test('sites.disable switches a known tool off: nothing is read, and the coach says why', async ({ context, extensionId, desk, harness }) => {
  await importPack(context, extensionId, 'no-zendesk.yaml', ZENDESK_OFF_PACK);
  const { page, tabId } = await open(context, harness, desk.urlFor('zendesk'));
  const state = await harness.waitForTabState(tabId, (s) => s?.off === true);
  expect(state).toMatchObject({ site: 'zendesk', siteName: 'Zendesk', text: '', report: null });
  expect(state?.boxId).toBeUndefined();
  await page.locator('[data-test-id="omnicomposer-rich-text-ckeditor"] >> visible=true').first().click();
  await page.keyboard.type('Hello there');
  const panel = await harness.openPanel(tabId);
  await expect(panel.getByText("Your team's rule pack switched Rapport off on Zendesk.")).toBeVisible();
  expect((await harness.readTabState(tabId))?.text).toBe('');
});

test('where the page does not say, the coach asks once and remembers the answer for that form', async ({ context, desk, harness }) => {
  const first = await open(context, harness, desk.urlFor('generic-textarea'));
  await first.page.locator('textarea:not([type=search])').first().click();
  await first.page.keyboard.type('Checked the logs, nothing odd.');
  await harness.waitForTabState(first.tabId, (s) => s?.text === 'Checked the logs, nothing odd.' && s.boxKind === 'unknown');

  const panel = await harness.openPanel(first.tabId);
  await expect(panel.getByRole('heading', { name: 'Is this a reply to the customer or an internal note?' })).toBeVisible();
  await panel.getByRole('button', { name: 'Internal note' }).click();
  const answered = await harness.waitForTabState(first.tabId, (s: CoachTabState | undefined) => s?.boxKind === 'internal');
  expect(answered).toMatchObject({ boxKindFrom: 'agent', text: 'Checked the logs, nothing odd.' });
  await expect(panel.getByTestId('internal-note')).toBeVisible();
  await expect(panel.getByRole('heading', { name: 'Is this a reply to the customer or an internal note?' })).toHaveCount(0);

  // Another ticket of the same site and form: not asked again.
  const again = await open(context, harness, desk.urlFor('generic-textarea'));
  await again.page.locator('textarea:not([type=search])').first().click();
  await again.page.keyboard.type('Second note');
  expect(await harness.waitForTabState(again.tabId, (s) => s?.text === 'Second note')).toMatchObject({ boxKind: 'internal', boxKindFrom: 'agent' });

  // Changed its mind: the answer is forgotten and the question is back.
  await panel.bringToFront();
  await panel.getByRole('button', { name: 'Change whether this box is a reply or an internal note' }).click();
  await harness.waitForTabState(first.tabId, (s) => s?.boxKind === 'unknown');
  await expect(panel.getByRole('heading', { name: 'Is this a reply to the customer or an internal note?' })).toBeVisible();
});
