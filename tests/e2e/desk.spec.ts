// Smoke test of the demo desk and every fixture page, without the extension: each page loads over
// its real-looking URL, its editor takes typed text into the editor's own model (read through
// window.fixture), public/internal toggles and ticket switches work, and the console stays clean.
import { chromium, test, type Browser, type Locator, type Page } from '@playwright/test';
import { expect } from './harness';
import { request as httpRequest } from 'node:http';
import { deskBrowserArgs, startDeskServer, type DeskServer } from '../../demo/server';
import type {} from '../../demo/lib/fixture-api';
import { FIXTURES } from '../fixtures/manifest';

const TYPED = 'Thanks for your patience, Priya';

let desk: DeskServer;
let browser: Browser;

test.beforeAll(async () => {
  test.setTimeout(180_000); // first run builds the pages
  desk = await startDeskServer();
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', ...deskBrowserArgs()],
  });
});

test.afterAll(async () => {
  await browser?.close();
  await desk?.close();
});

async function open(url: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto(url);
  return { page, errors };
}

const draft = (page: Page) => page.evaluate(() => window.fixture?.draft() ?? null);
const mode = (page: Page) => page.evaluate(() => window.fixture?.mode() ?? null);
const activeTicket = (page: Page) => page.evaluate(() => window.fixture?.activeTicket?.() ?? null);
const shown = (page: Page, selector: string) => page.locator(`${selector} >> visible=true`).first();

interface Drive {
  box(page: Page): Locator;
  prepare?(page: Page): Promise<void>;
  toInternal?(page: Page): Promise<void>;
  /** Where to click in the box (Gmail: the first line, above the quoted history). */
  at?: { x: number; y: number };
  /** Selector of the link that opens ticket 102 without a reload; absent = no ticket list. */
  other?: string;
}

const shell = (box: string, extra: Partial<Drive> = {}): Drive => ({
  box: (page) => shown(page, box),
  other: 'a.fx-ticket-link[data-ticket-id="102"]',
  ...extra,
});
const click = (selector: string) => (page: Page) => shown(page, selector).click();
const sn = (page: Page) => page.frameLocator('#gsft_main');

const DRIVES: Record<string, Drive> = {
  zendesk: {
    box: (page) => shown(page, '[data-test-id="omnicomposer-rich-text-ckeditor"]'),
    async toInternal(page) {
      await shown(page, '[data-test-id="omnichannel-channel-switcher-button"]').click();
      await shown(page, '[data-test-id="omnichannel-channel-switcher-menuitem-internal"]').click();
    },
  },
  'jsm-cloud': {
    box: (page) => shown(page, '.ak-editor-content-area .ProseMirror'),
    toInternal: click('[id^="comment-editor-container-tabs-"]:text("Add internal note")'),
    other: 'a.jsm-nav-link[data-ticket-id="102"]',
  },
  'jsm-cloud-transition': {
    box: (page) => shown(page, '[role="dialog"] .ProseMirror'),
    toInternal: click('[id^="issue-transition-comment-editor-container-tabs-"]:text("Add internal note")'),
  },
  'jsm-dc': shell('', { box: (page) => page.frameLocator('iframe[id$="_ifr"]').locator('body'), toInternal: click('.js-sd-internal-comment') }),
  'jsm-dc-textarea': shell('textarea#comment', { toInternal: click('.js-sd-internal-comment') }),
  servicenow: shell('', {
    box: (page) => sn(page).locator('#activity-stream-comments-textarea'),
    toInternal: async (page) => {
      await sn(page).locator('#activity-stream-work_notes-textarea').click();
      await page.keyboard.type(' (work note)');
    },
  }),
  'servicenow-single': shell('', {
    box: (page) => sn(page).locator('#activity-stream-textarea'),
    toInternal: (page) => sn(page).locator('#activity-stream-work_notes-toggle').check(),
  }),
  intercom: shell('[data-conversation-reply-composer] .ProseMirror', { toInternal: click('[data-composer-tab="note"]') }),
  freshdesk: shell('.fr-element.fr-view', { prepare: click('[data-test-id="ticket-reply-button"]'), toInternal: click('[data-test-id="ticket-add-note-button"]') }),
  helpscout: shell('.redactor-editor', { toInternal: click('.js-note') }),
  kayako: shell('.fr-element.fr-view', { toInternal: click('[data-tab="note"]') }),
  gmail: shell('div[aria-label="Message Body"][contenteditable="true"]', { at: { x: 8, y: 10 } }),
  lexical: shell('[data-lexical-editor="true"]'),
  quill: shell('.ql-editor'),
  'generic-textarea': shell('textarea[name="reply"]'),
  'generic-react': shell('textarea#react-reply'),
  'generic-iframe': shell('', { box: (page) => page.frameLocator('iframe.reply-frame').locator('[contenteditable="true"]') }),
  'generic-shadow': shell('support-reply textarea'),
  heavy: shell('.ck-editor__editable'),
  slate: shell('[data-slate-editor="true"]'),
  editorjs: shell('.codex-editor .ce-paragraph[contenteditable="true"]'),
  froala: shell('.fr-element.fr-view'),
  // A plain box until the agent types; the page then upgrades it to CKEditor 5 (the draft carries over).
  'ckeditor5-late': shell('.reply-box'),
  // Playwright's CSS looks inside open shadow roots: the box lives in <rich-reply>'s.
  'shadow-rich': shell('rich-reply .editable[contenteditable="true"]'),
  // Issue 13: four more tools and the open-source desks nobody wrote an adapter for.
  'zoho-desk': shell('', {
    box: (page) => page.frameLocator('iframe.KB_Editor_iframe[name="deskEditor_New"]').locator('body'),
    toInternal: click('[data-id="commentButton"]'),
  }),
  front: shell('[data-testid="message-composer"] .ProseMirror', { toInternal: click('[data-testid="comment-composer"] .ProseMirror') }),
  hubspot: shell('[data-test-id="communicator-editor"] .ProseMirror', { toInternal: click('[data-test-id="composer-channel-tab-comment"]') }),
  salesforce: shell('', {
    box: (page) => page.frameLocator('[data-publisher-action="SendEmail"] iframe.cke_wysiwyg_frame').locator('body'),
    toInternal: click('.slds-tabs_default__item[title="Post"] a'),
  }),
  osticket: shell('.redactor-in', { toInternal: click('#post-note-tab') }),
  zammad: shell('.articleNewEdit-body', { toInternal: click('.js-toggleVisibility') }),
  freescout: shell('.note-editable', { prepare: click('.conv-reply'), toInternal: click('.conv-add-note') }),
  glpi: shell('', { box: (page) => page.frameLocator('iframe[id$="_ifr"]').locator('body'), toInternal: click('input[type="checkbox"][name="is_private"]') }),
  znuny: shell('.ck-editor__editable', { toInternal: click('#IsVisibleForCustomer') }),
  bugzilla: shell('textarea#comment', { toInternal: click('#newcommentprivacy') }),
  // The Send-as choice appears once the agent is in the box.
  'late-control': shell('.ql-editor', { toInternal: click('.send-as [role="radio"]:has-text("Internal note")') }),
};

for (const fixture of FIXTURES) {
  test(`${fixture.name}: the ${fixture.editor} box takes typed text, toggles and switches tickets`, async () => {
    const drive = DRIVES[fixture.name];
    expect(drive, `no drive for fixture ${fixture.name}`).toBeDefined();
    if (!drive) return;
    const { page, errors } = await open(desk.urlFor(fixture.name));
    await drive.prepare?.(page);
    await drive.box(page).click(drive.at ? { position: drive.at } : {});
    await page.keyboard.type(TYPED);
    await expect.poll(() => draft(page)).toContain(TYPED);
    if (fixture.hasInternalToggle) {
      await expect.poll(() => mode(page)).toBe('public');
      expect(drive.toInternal, 'pages with a toggle need a way to flip it').toBeDefined();
      await drive.toInternal?.(page);
      await expect.poll(() => mode(page)).toBe('internal');
    } else {
      expect(await mode(page)).toBeNull();
    }
    if (drive.other) {
      await page.locator(drive.other).click();
      await expect.poll(() => activeTicket(page)).toBe(102);
      await expect.poll(() => draft(page)).toBe('');
    }
    if (fixture.name === 'heavy') expect(await page.evaluate(() => document.getElementsByTagName('*').length)).toBeGreaterThan(10_000);
    expect(errors).toEqual([]);
    await page.context().close();
  });
}

test('demo desk: background tickets keep their own box, hidden; the note toggle and Submit work', async () => {
  const { page, errors } = await open(desk.urlFor('demo'));
  await page.getByRole('link', { name: /Charged twice/ }).click();
  await shown(page, '[data-test-id="omnicomposer-rich-text-ckeditor"]').click();
  await page.keyboard.type('Marcus, I have refunded the second charge.');
  await page.locator('.zd-tab-home').click();
  await page.getByRole('link', { name: /VPN drops/ }).click();

  const layout102 = page.locator('[data-test-id="ticket-102-custom-layout"]');
  const layout101 = page.locator('[data-test-id="ticket-101-custom-layout"]');
  await expect(layout101).toBeVisible();
  await expect(layout102).toBeHidden();
  await expect(layout102.locator('[data-test-id="omnicomposer-rich-text-ckeditor"]')).toContainText('refunded the second charge');
  expect(await draft(page)).toBe('');
  await expect(layout101.locator('[data-test-id="ticket-system-field-requester-select"]')).toHaveText('Priya Raman');

  await page.locator('[data-test-id="header-tab"][data-entity-id="102"]').click();
  await expect.poll(() => draft(page)).toBe('Marcus, I have refunded the second charge.');
  const switcher = layout102.locator('[data-test-id="omnichannel-channel-switcher-button"]');
  await expect(switcher).toHaveAttribute('data-channel', 'web');
  await switcher.click();
  await layout102.locator('[data-test-id="omnichannel-channel-switcher-menuitem-internal"]').click();
  await expect(switcher).toHaveAttribute('data-channel', 'internal');
  await expect(layout102.locator('.zd-composer')).toHaveClass(/is-internal/);

  await layout102.locator('[data-test-id="submit_button-button"]').click();
  const last = layout102.locator('[data-test-id="omni-log-comment-item"]').last();
  await expect(last).toHaveAttribute('data-internal', 'true');
  await expect(last).toContainText('refunded the second charge');
  await expect.poll(() => draft(page)).toBe('');
  expect(errors).toEqual([]);
  await page.context().close();
});

test('demo JSM view: the tab label decides the mode, whatever its position', async () => {
  const { page, errors } = await open(desk.urlFor('demo-jsm'));
  await expect(page.locator('#comment-editor-container-tabs-0')).toHaveText('Reply to customer');
  await shown(page, '.ak-editor-content-area .ProseMirror').click();
  await page.keyboard.type('Priya, the VPN gateway is fixed.');
  await expect.poll(() => draft(page)).toBe('Priya, the VPN gateway is fixed.');
  await page.locator('[role="tab"]:text("Add internal note")').click();
  await expect(page.locator('#comment-editor-container-tabs-1')).toHaveAttribute('aria-selected', 'true');
  expect(await mode(page)).toBe('internal');
  expect(errors).toEqual([]);
  await page.context().close();
});

function get(path: string, host: string): Promise<{ status: number; type: string; cache: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port: desk.port, path, headers: { host } }, (res) => {
      res.resume();
      resolve({ status: res.statusCode ?? 0, type: String(res.headers['content-type']), cache: String(res.headers['cache-control']) });
    });
    req.on('error', reject);
    req.end();
  });
}

test('desk server: routes by Host header, no caching, 404 for unknown paths and traversal', async () => {
  const zendesk = await get('/agent/tickets/101', `acme.zendesk.com:${desk.port}`);
  expect(zendesk).toMatchObject({ status: 200, cache: 'no-store' });
  expect(zendesk.type).toContain('text/html');
  expect((await get('/fixtures/quill/', `127.0.0.1:${desk.port}`)).status).toBe(200);
  expect((await get('/fixtures/quill', `127.0.0.1:${desk.port}`)).status).toBe(200);
  expect((await get('/incident.do?sys_id=102', `acme.service-now.com:${desk.port}`)).status).toBe(200);
  expect((await get('/nothing-here', `127.0.0.1:${desk.port}`)).status).toBe(404);
  expect((await get('/fixtures/quill/..%2f..%2f..%2f..%2fpackage.json', `127.0.0.1:${desk.port}`)).status).toBe(404);
  expect((await get('/assets/..%2f..%2f..%2fpackage.json', `127.0.0.1:${desk.port}`)).status).toBe(404);
});
