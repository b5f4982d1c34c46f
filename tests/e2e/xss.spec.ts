// Pack text and page text are shown as text, never as markup: script payloads in an imported pack
// (name, messages, rewrites, tips, prompts, closing questions), in the customer's message and name,
// and in the draft run nowhere (panel, options, the desk page, our content script's world) and show
// up literally where the coach shows that text.
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';
const FLAG = '__rapportXss';

/** Each payload, if it ever ran, sets the flag to say which one. */
const payload = (tag: string) =>
  ({
    img: `<img src=x onerror="window.${FLAG}='${tag}-img'">`,
    script: `<script>window.${FLAG}='${tag}-script'</script>`,
    js: `javascript:window.${FLAG}='${tag}-js'`,
    svg: `"><svg onload="window.${FLAG}='${tag}-svg'">`,
  }) as const;
const all = (tag: string) => Object.values(payload(tag)).join(' ');

const PACK = {
  schema_version: 1,
  id: 'xss-pack',
  name: `XSS ${payload('name').img}`,
  version: '1',
  extends: 'default',
  rules: [
    {
      id: 'say-colleagues',
      type: 'phrase-avoid',
      level: 'warning',
      message: `Say colleagues ${all('message')}`,
      phrases: ['guys'],
      rewrites: [`colleagues ${payload('rewrite').svg}`],
      examples: { flag: ['Hello guys'], pass: ['Hello all'] },
    },
  ],
  prompts: {
    empathy: { calm: [`I see ${payload('prompt').script}`], hurry: [`Quick ${payload('prompt').img}`] },
    apology: { calm: [`Sorry ${payload('prompt').svg}`] },
    expectation: [`Tomorrow ${payload('prompt').js}`],
  },
  closing_questions: [{ id: 'solved', text: `Solved? ${payload('question').img}`, always: true, variants: ['have I solved'] }],
  tips: [{ id: 'printer-xss', title: `Printers ${payload('tip').svg}`, text: `Tip ${all('tip')}`, topics: ['printer', 'printers'] }],
};

/** What a run would leave: the flag, and any element a payload would have created. */
const traces = (flag: string) => {
  const w = window as unknown as Record<string, unknown>;
  const describe = (e: Element) => [e.tagName, ...[...e.attributes].map((a) => `${a.name}=${a.value}`)].join(' ');
  const bad = [...document.querySelectorAll('[onerror], [onload], a[href^="javascript:" i], img[src="x"]')].map(describe);
  const scripts = [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes(flag)).map(describe);
  return { flag: w[flag] ?? null, injected: [...bad, ...scripts] };
};

/** The flag in our content script's isolated world, where the in-page overlay lives. */
async function flagInContentScript(context: BrowserContext, page: Page): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const ours = worlds.filter((w) => w.name === 'Rapport' && w.auxData?.type === 'isolated');
  const values = [];
  for (const w of ours) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `globalThis.${FLAG} ?? null`, contextId: w.id, returnByValue: true });
    values.push(result.value);
  }
  await cdp.detach();
  return { worlds: ours.length, set: values.filter((v) => v !== null) };
}

test('script payloads in a pack, the customer’s message and the draft stay text everywhere', async ({ context, extensionId, desk, harness }) => {
  test.setTimeout(120_000);
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.locator('input[type=file]').setInputFiles({ name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(PACK)) });
  await expect(options.getByRole('status')).toContainText('Imported xss.json');
  await expect(options.getByTestId('effective-name')).toHaveText(PACK.name);

  // The customer writes markup, and so does the agent.
  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/104`);
  await page.locator(EDITOR).waitFor();
  await page.evaluate(([message, name]) => {
    for (const el of document.querySelectorAll('[data-author-role="end-user"] [data-test-id="omni-log-message-content"]')) el.textContent = message;
    for (const el of document.querySelectorAll('[data-test-id="ticket-system-field-requester-select"]')) el.textContent = name;
  }, [`My printer is gone ${all('customer')}`, `Tomás ${payload('name').svg}`] as const);
  await page.locator(EDITOR).click();
  const draft = `Hi guys, the printer is back. ${all('draft')}`;
  await page.keyboard.type(draft);
  const tabId = await harness.tabIdOf(page);
  const state = await harness.waitForTabState(tabId, (s) => s?.text === draft && !!s.report);
  expect(state?.customerMessage).toContain(payload('customer').img);
  expect(state?.customerName).toContain(payload('name').svg);

  const panel = await harness.openPanel(tabId);
  await expect(panel.locator('[data-rule="say-colleagues"]').first()).toContainText(payload('message').img);
  const shown = (await panel.locator('body').textContent()) ?? '';
  // Literal text where the coach shows it: the rule's message, the closing question, the draft.
  for (const literal of [payload('message').script, payload('message').svg, payload('question').img, payload('draft').svg]) {
    expect(shown, `panel shows ${literal}`).toContain(literal);
  }
  // Work the panel a little, so payloads pass through insert and apply too.
  await panel.getByRole('button', { name: /^Insert/ }).first().click();
  await expect(panel.getByTestId('notice')).toBeVisible();

  for (const [where, p] of [['panel', panel], ['options', options], ['desk page', page]] as const) {
    expect(await p.evaluate(traces, FLAG), where).toEqual({ flag: null, injected: [] });
  }
  expect(await flagInContentScript(context, page)).toMatchObject({ set: [] });
  expect(await (await harness.worker()).evaluate((flag) => (globalThis as Record<string, unknown>)[flag] ?? null, FLAG)).toBeNull();
});
