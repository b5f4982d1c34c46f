// Rule packs end to end: what a team lead does on the options page reaches the coach on the desk.
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { hostResolverRules } from '../../demo/server';
import type { CoachTabState } from '../../lib/coach-state';
import { chromiumPath, extensionArgs, QUIET_FLAGS } from './browser';
import { expect, test, type Harness } from './harness';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

const avoidRule = (id: string, word: string, message: string) => `
  - id: ${id}
    type: phrase-avoid
    level: warning
    message: ${message}
    phrases: ["${word}"]
    examples: { flag: ["Hello ${word}"], pass: ["Hello all"] }`;
const pack = (id: string, name: string, rules: string, extra = '') =>
  `schema_version: 1\nid: ${id}\nname: ${name}\nversion: "1"\n${extra}rules:${rules}\n`;

const TEAM_V1 = pack('team-e2e', 'E2E team v1', avoidRule('say-colleagues', 'guys', 'Say "colleagues".'));
const TEAM_V2 = pack('team-e2e', 'E2E team v2', avoidRule('say-everyone', 'folks', 'Say "everyone".'));
const BROKEN = pack('team-e2e', 'Broken', avoidRule('say-colleagues', 'guys', 'x').replace('level: warning', 'level: loud'));

const ruleIds = (s: CoachTabState | undefined) => (s?.report?.findings ?? []).map((f) => f.ruleId);

async function openOptions(context: BrowserContext, extensionId: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByTestId('effective-name')).toBeVisible();
  return page;
}

async function startDraft(context: BrowserContext, origin: string, harness: Harness, text: string) {
  const page = await context.newPage();
  await page.goto(`${origin}/agent/tickets/101`);
  await page.locator(EDITOR).click();
  await page.keyboard.type(text);
  const tabId = await harness.tabIdOf(page);
  await harness.waitForTabState(tabId, (s) => s?.text === text && !!s.report);
  return { page, tabId };
}

test('an imported pack coaches the desk; a broken one is refused with its errors and the old one keeps coaching', async ({ context, extensionId, desk, harness }) => {
  const { tabId } = await startDraft(context, desk.origin, harness, 'Hi guys, no problem.');
  expect(ruleIds(await harness.readTabState(tabId))).toContain('no-problem');

  const options = await openOptions(context, extensionId);
  await options.locator('input[type=file]').setInputFiles({ name: 'team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(TEAM_V1) });
  await expect(options.getByRole('status')).toContainText('Imported team.yaml');
  await expect(options.getByTestId('effective-name')).toHaveText('E2E team v1');
  // The team pack replaces the method (no `extends: default`): its rule coaches, the method's does not.
  let state = await harness.waitForTabState(tabId, (s) => ruleIds(s).includes('say-colleagues'));
  expect(ruleIds(state)).not.toContain('no-problem');

  // Dropped on the page, like a file dragged from the desktop.
  await options.getByTestId('drop-zone').evaluate((zone, text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], 'broken.yaml', { type: 'text/yaml' }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, BROKEN);
  const alert = options.getByRole('alert');
  await expect(alert).toContainText('broken.yaml was refused; the previous pack is still coaching.');
  await expect(alert).toContainText('rules[0].level');
  await expect(options.getByTestId('effective-name')).toHaveText('E2E team v1');

  const desk101 = context.pages().find((p) => p.url().includes('/agent/tickets/101'))!;
  await desk101.bringToFront();
  await desk101.locator(EDITOR).click();
  await desk101.keyboard.press('End');
  await desk101.keyboard.type(' Thanks guys.');
  state = await harness.waitForTabState(tabId, (s) => s?.text === 'Hi guys, no problem. Thanks guys.');
  expect(ruleIds(state).filter((id) => id === 'say-colleagues')).toHaveLength(2);
});

test('a URL subscription updates from its server and survives the server failing', async ({ context, extensionId, desk, harness }) => {
  let mode: 'v1' | 'v2' | 'down' = 'v1';
  const seen: { etag?: string }[] = [];
  const server: Server = createServer((req, res) => {
    seen.push({ etag: req.headers['if-none-match'] });
    if (mode === 'down') return void res.writeHead(503).end('maintenance');
    const etag = `"${mode}"`;
    if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/yaml', etag }).end(mode === 'v1' ? TEAM_V1 : TEAM_V2);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/team.yaml`;
  try {
    const { tabId } = await startDraft(context, desk.origin, harness, 'Hi guys and folks.');
    const options = await openOptions(context, extensionId);
    await options.getByRole('textbox', { name: 'Pack address' }).fill(url);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await expect(options.getByRole('status')).toContainText(`Subscribed to ${url}`);
    await harness.waitForTabState(tabId, (s) => ruleIds(s).includes('say-colleagues'));

    await options.getByRole('button', { name: 'Update now' }).click();
    await expect(options.getByRole('status')).toContainText('Already up to date.');
    expect(seen.at(-1)?.etag).toBe('"v1"');

    mode = 'v2';
    await options.getByRole('button', { name: 'Update now' }).click();
    await expect(options.getByRole('status')).toContainText('Updated to the new version.');
    let state = await harness.waitForTabState(tabId, (s) => ruleIds(s).includes('say-everyone'));
    expect(ruleIds(state)).not.toContain('say-colleagues');

    mode = 'down';
    await options.getByRole('button', { name: 'Update now' }).click();
    await expect(options.getByRole('alert')).toContainText('Update failed: The server answered 503');
    await expect(options.getByTestId('subscription-status')).toContainText('last check failed');
    await expect(options.getByTestId('effective-name')).toHaveText('E2E team v2');
    // Closed for good: still the last good pack.
    await new Promise<void>((ok) => server.close(() => ok()));
    await options.getByRole('button', { name: 'Update now' }).click();
    await expect(options.getByRole('alert')).toContainText('Could not reach the server');
    state = await harness.readTabState(tabId);
    expect(ruleIds(state)).toContain('say-everyone');
  } finally {
    server.close();
  }
});

// Enterprise policy cannot be set in a test browser without machine-wide files, so this build bakes
// the policy in at build time (lib/packs/managed.ts, WXT_MANAGED_POLICY_SEED); real policy wins over it.
const MANAGED_DIR = path.resolve('.output/chrome-mv3-e2e-managed');
const POLICY = {
  lock_rules: true,
  pack: pack('corp', 'Corp policy pack', avoidRule('corp-wording', 'cheers', 'Corporate tone, say kind regards.'), 'extends: default\n'),
};

const managedTest = test.extend<{ context: BrowserContext }>({
  context: async ({}, use) => {
    execFileSync('npx', ['wxt', 'build', '--mode', 'e2e-managed'], {
      env: { ...process.env, WXT_MANAGED_POLICY_SEED: JSON.stringify(POLICY) },
      stdio: 'ignore',
    });
    const context = await chromium.launchPersistentContext('', {
      executablePath: chromiumPath(),
      headless: true,
      ignoreDefaultArgs: ['--disable-extensions'],
      args: [...QUIET_FLAGS, ...extensionArgs(MANAGED_DIR), `--host-resolver-rules=${hostResolverRules()}`],
    });
    await use(context);
    await context.close();
  },
});

managedTest('a managed pack locks its rules: the agent cannot turn them off', async ({ context, extensionId, desk, harness }) => {
  const options = await openOptions(context, extensionId);
  await expect(options.getByTestId('layer-managed')).toContainText('Inline pack from your organisation · rules locked');
  const locked = options.getByRole('checkbox', { name: 'Coach corp-wording' });
  await expect(locked).toBeChecked();
  await expect(locked).toBeDisabled();
  // An unlocked method rule can still be switched off by the agent.
  await options.getByRole('checkbox', { name: 'Coach no-problem' }).uncheck();
  await expect(options.getByTestId('layer-personal')).toContainText('1 rule off');

  // Even if the personal layer names the locked rule (synced from elsewhere, edited by hand), it stays on.
  await (await harness.worker()).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { set(v: object): Promise<void> } } } }).chrome;
    await api.storage.local.set({ 'packs:personal': { disabledRules: ['no-problem', 'corp-wording'], tips: [] } });
  });
  await expect(options.getByRole('list', { name: 'Layer problems' })).toContainText('rules.corp-wording: locked by your organisation; it stays on');

  const { tabId } = await startDraft(context, desk.origin, harness, 'Cheers, no problem.');
  const state = await harness.waitForTabState(tabId, (s) => ruleIds(s).includes('corp-wording'));
  expect(ruleIds(state)).not.toContain('no-problem');
});
