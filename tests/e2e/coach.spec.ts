// The coach on the demo desk, as an agent uses it: type, read the panel, click Insert / Apply, undo.
import type { Page } from '@playwright/test';
import { test, expect } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

async function openTicket(page: Page, origin: string, id: number, draft: string) {
  await page.goto(`${origin}/agent/tickets/${id}`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(draft);
}

const editorText = (page: Page) => page.locator(EDITOR).innerText();

test('signals, findings and closing questions follow the draft as it is typed', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 104, 'Hi Tomás, no problem.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await expect(panel.locator('[data-rule="no-problem"]')).toContainText('no problem');
  await expect(panel.locator('[data-question="solved"]')).toHaveAttribute('data-asked', 'false');
  await expect(panel.locator('[data-signal="personalization"]')).toHaveAttribute('data-present', 'true');

  await page.bringToFront();
  await page.locator(EDITOR).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Have I solved your problem?');
  await expect(panel.locator('[data-question="solved"]')).toHaveAttribute('data-asked', 'true');
  await expect(panel.locator('[data-signal="closing-question"]')).toHaveAttribute('data-present', 'true');
});

test('Insert puts a line at the caret of the reply box, and the editor’s undo takes it out again', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 104, 'Hi Tomás,');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  const insert = panel.getByRole('button', { name: 'Insert: Is there anything I could have done better?' });
  await insert.click();
  await expect(panel.getByTestId('notice')).toHaveText('Inserted into the reply.');
  // It reads as typed: a space after the greeting's comma and the question going on in lower case.
  await expect.poll(() => editorText(page)).toContain('Hi Tomás, is there anything I could have done better?');
  await expect(panel.locator('[data-question="better"]')).toHaveAttribute('data-asked', 'true');

  await page.bringToFront();
  await page.locator(EDITOR).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toBe('Hi Tomás,');
});

test('Apply replaces the flagged words with the rewrite; undo restores them', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await openTicket(page, desk.origin, 104, 'Hi Tomás, no problem at all, the printer is added.');
  const panel = await harness.openPanel(await harness.tabIdOf(page));
  await panel.getByRole('button', { name: /^Apply “you're welcome”/ }).click();
  await expect(panel.getByTestId('notice')).toHaveText('Rewrite applied.');
  await expect.poll(() => editorText(page)).toContain("Hi Tomás, you're welcome");
  await expect(panel.locator('[data-rule="no-problem"]')).toHaveCount(0);

  await page.bringToFront();
  await page.locator(EDITOR).focus();
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(page)).toContain('Hi Tomás, no problem');
});

test('the pop-out stays bound to its tab while the agent works in another', async ({ context, desk, harness }) => {
  const first = await context.newPage();
  await openTicket(first, desk.origin, 104, 'Bound tab draft');
  const firstId = await harness.tabIdOf(first);
  const panel = await harness.openPanel(firstId);
  await expect(panel.getByTestId('word-count')).toHaveText('3 words');

  const other = await context.newPage();
  await openTicket(other, desk.origin, 103, 'A different ticket with more words in it');
  await harness.waitForTabState(await harness.tabIdOf(other), (s) => s?.text.startsWith('A different') ?? false);
  await expect(panel.locator('main')).toHaveAttribute('data-tab-id', String(firstId));
  await expect(panel.getByTestId('word-count')).toHaveText('3 words');
});

test('a customer in a hurry gets the hurry line and no bonus tip; a relaxed one gets a tip', async ({ context, desk, harness }) => {
  const hurried = await context.newPage();
  await openTicket(hurried, desk.origin, 101, 'Hi Priya, I see the VPN drops.');
  const panel = await harness.openPanel(await harness.tabIdOf(hurried));
  await expect(panel.getByTestId('mood')).toHaveAttribute('data-mood', 'hurry');
  await expect(panel.getByTestId('bonus-tip-held')).toContainText('hurry');
  await expect(panel.getByTestId('bonus-tip')).toHaveCount(0);

  const relaxed = await context.newPage();
  await openTicket(relaxed, desk.origin, 104, 'Hi Tomás, here is how to add the printer.');
  const relaxedPanel = await harness.openPanel(await harness.tabIdOf(relaxed));
  await expect(relaxedPanel.getByTestId('bonus-tip')).toBeVisible();
  await expect(relaxedPanel.getByTestId('mood')).toHaveCount(0);
});

test('an internal note is not coached, and says so', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await page.goto(`${desk.origin}/agent/tickets/102`);
  await page.locator('button[data-test-id="omnichannel-channel-switcher-button"]:visible').click();
  await page.locator('[data-test-id="omnichannel-channel-switcher-menuitem-internal"]:visible').click();
  await page.locator(EDITOR).click();
  await page.keyboard.type('Customer is angry, refund both charges, no problem.');
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, (s) => s?.boxKind === 'internal' && s.text.includes('refund'));
  const panel = await harness.openPanel(tabId);
  await expect(panel.getByTestId('internal-note')).toContainText('Internal note — not customer-facing');
  await expect(panel.locator('[data-rule]')).toHaveCount(0);
  await expect(panel.getByRole('textbox', { name: /spell/i })).toBeVisible();
});

/** The badge lives in a closed shadow root; CDP (pierce) is the only way in, as for any page script it is none. */
async function badgeOf(page: Page): Promise<{ text: string; x: number; y: number } | null> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const button = findNode(root, (n) => n.nodeName === 'BUTTON' && (n.attributes ?? []).includes('badge'));
    if (!button) return null;
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: button.nodeId }).catch(() => ({ model: null }))) as { model: { content: number[] } | null };
    if (!model) return null;
    const text = collectText(button);
    return { text, x: model.content[0]!, y: model.content[1]! };
  } finally {
    await cdp.detach();
  }
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
}

function findNode(n: CdpNode, pred: (n: CdpNode) => boolean): CdpNode | null {
  if (pred(n)) return n;
  for (const c of [...(n.children ?? []), ...(n.shadowRoots ?? [])]) {
    const hit = findNode(c, pred);
    if (hit) return hit;
  }
  return null;
}

const collectText = (n: CdpNode): string =>
  (n.nodeName === '#text' ? (n.nodeValue ?? '') : '') + [...(n.children ?? [])].map(collectText).join('');

test('the in-page badge shows the score on the reply box and follows it when the window resizes', async ({ context, desk, harness }) => {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 700 });
  await openTicket(page, desk.origin, 104, 'Hi Tomás, no problem.');
  const tabId = await harness.tabIdOf(page);
  const state = await harness.waitForTabState(tabId, (s) => s?.text === 'Hi Tomás, no problem.' && !!s.report);
  await expect.poll(async () => (await badgeOf(page))?.text ?? '').toContain(String(state?.report?.score));

  const box = (await page.locator(EDITOR).boundingBox())!;
  const badge = (await badgeOf(page))!;
  expect(badge.x).toBeGreaterThan(box.x);
  expect(badge.x).toBeLessThan(box.x + box.width);
  expect(badge.y).toBeGreaterThan(box.y);
  expect(badge.y).toBeLessThan(box.y + box.height);

  // The page itself cannot open the badge's shadow root.
  expect(await page.evaluate(() => [...document.querySelectorAll('rapport-badge')].map((h) => h.shadowRoot))).toEqual([null]);

  await page.setViewportSize({ width: 1000, height: 560 });
  await expect.poll(async () => {
    const b = await badgeOf(page);
    const r = (await page.locator(EDITOR).boundingBox())!;
    return !!b && b.x > r.x && b.x < r.x + r.width && b.y > r.y && b.y < r.y + r.height;
  }).toBe(true);
});
