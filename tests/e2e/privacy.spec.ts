// Privacy, proven on the wire: a whole session (demo desk, every fixture page, the options page, a
// pack import and a pack subscription) is recorded request by request, and the extension itself asks
// for nothing but the pack address the test typed. Also: the manifest asks only for what
// docs/permissions.md lists, with a reason.
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page, Request } from '@playwright/test';
import { test, expect, EXTENSION_DIR } from './harness';
import { CASES } from './contracts/cases';
import { openCase, typeInto } from './contracts/session';
import { chromiumDriver } from './driver/chromium';

const EDITOR = '[data-test-id="omnicomposer-rich-text-ckeditor"]:visible';

interface Seen {
  url: string;
  /** Who asked: the service worker, an extension page, a content script, or the page itself. */
  by: 'worker' | 'extension-page' | 'content-script' | 'page';
}

/**
 * Records every request of the context. Playwright reports the service worker's requests; a CDP
 * session per page tells a content script's requests (their initiator stack is in our files) from
 * the page's own.
 */
function recordRequests(context: BrowserContext, extensionId: string) {
  const ours = `chrome-extension://${extensionId}/`;
  const fromContentScript = new Set<string>();
  const seen: Seen[] = [];
  const watchPage = async (page: Page) => {
    const cdp = await context.newCDPSession(page).catch(() => null);
    if (!cdp) return;
    // Scripts of our content script's world (Chrome names it after the extension), by script id.
    const ourWorlds = new Set<number>();
    const ourScripts = new Set<string>();
    cdp.on('Runtime.executionContextCreated', ({ context: c }) => {
      if (c.name === 'Rapport' || c.origin.startsWith(ours)) ourWorlds.add(c.id);
    });
    cdp.on('Debugger.scriptParsed', (e) => {
      if (ourWorlds.has(e.executionContextId) || e.url.startsWith(ours)) ourScripts.add(e.scriptId);
    });
    cdp.on('Network.requestWillBeSent', (e) => {
      const frames = [];
      for (let st = e.initiator.stack; st; st = st.parent) frames.push(...st.callFrames);
      if (frames.some((f) => ourScripts.has(f.scriptId) || f.url.startsWith(ours))) fromContentScript.add(e.request.url);
    });
    for (const domain of ['Runtime', 'Debugger', 'Network'] as const) await cdp.send(`${domain}.enable`).catch(() => undefined);
  };
  context.on('page', (page) => void watchPage(page));
  context.pages().forEach((page) => void watchPage(page));
  const frameUrl = (r: Request) => {
    try {
      return r.frame().url();
    } catch {
      return '';
    }
  };
  context.on('request', (r) => {
    const by = r.serviceWorker() ? 'worker' : frameUrl(r).startsWith(ours) ? 'extension-page' : 'page';
    seen.push({ url: r.url(), by });
  });
  return {
    all: (): Seen[] => seen.map((s) => (s.by === 'page' && fromContentScript.has(s.url) ? { ...s, by: 'content-script' } : s)),
  };
}

function servePack(body: string) {
  const hits: string[] = [];
  const server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'text/yaml' }).end(body);
  });
  return {
    hits,
    listen: () => new Promise<string>((ok) => server.listen(0, '127.0.0.1', () => ok(`http://127.0.0.1:${(server.address() as AddressInfo).port}/team-pack.yaml`))),
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

const PACK = (id: string, name: string) => `schema_version: 1
id: ${id}
name: ${name}
version: "1"
extends: default
rules:
  - id: say-colleagues
    type: phrase-avoid
    level: warning
    message: Say "colleagues".
    phrases: ["guys"]
    examples: { flag: ["Hello guys"], pass: ["Hello all"] }
`;

/** Our own content script, as seen from CDP: the isolated world Chrome names after the extension. */
async function inContentScript(context: BrowserContext, page: Page, expression: string): Promise<unknown> {
  const cdp = await context.newCDPSession(page);
  const worlds: { id: number; name: string; auxData?: { type?: string; frameId?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (e) => worlds.push(e.context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const world = worlds.find((w) => w.name === 'Rapport' && w.auxData?.type === 'isolated' && w.auxData.frameId === frameTree.frame.id);
  if (!world) throw new Error(`no Rapport content script world in ${page.url()}: ${worlds.map((w) => w.name).join(', ')}`);
  const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, awaitPromise: true, returnByValue: true });
  await cdp.detach();
  if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
  return result.value;
}

test('a whole session: the extension requests nothing but the pack address the lead typed', async ({ context, extensionId, desk, harness }) => {
  test.setTimeout(300_000);
  const recorder = recordRequests(context, extensionId);
  const pack = servePack(PACK('team-privacy', 'Privacy team'));
  const packUrl = await pack.listen();
  try {
    // The demo desk: type, insert from the panel, switch tickets.
    const page = await context.newPage();
    await page.goto(`${desk.origin}/agent/tickets/101`);
    await page.locator(EDITOR).click();
    await page.keyboard.type('Hi Priya, my password is hunter2 and the code is 4711.');
    const tabId = await harness.tabIdOf(page);
    await harness.waitForTabState(tabId, (s) => s?.text.endsWith('4711.') ?? false);
    const panel = await harness.openPanel(tabId);
    await panel.getByRole('button', { name: /^Insert/ }).first().click();
    await expect(panel.getByTestId('notice')).toHaveText('Inserted into the reply.');

    // The recorder sees what a content script and the service worker would send.
    const canary = `${desk.origin}/__canary-from-content-script`;
    await inContentScript(context, page, `fetch(${JSON.stringify(canary)}).then(() => 1, () => 0)`);
    const swCanary = `${desk.origin}/__canary-from-worker`;
    await (await harness.worker()).evaluate((u) => fetch(u).then(() => 1, () => 0), swCanary);

    // Every fixture page: open it, write in its reply box.
    // A page whose box is broken still loads and runs our script: its requests are recorded all the
    // same, and it is named so the gap is seen (the sites spec owns that failure).
    const notCoached: string[] = [];
    for (const c of CASES) {
      const before = context.pages().length;
      try {
        const o = await openCase(c, chromiumDriver(context, harness, extensionId), desk);
        await typeInto(c, o, 'Thanks for waiting, I reset the account.');
        await o.state((s) => s?.text.includes('I reset the account.') ?? false);
      } catch {
        notCoached.push(c.fixture.name);
      }
      for (const p of context.pages().slice(before)) await p.close();
    }
    if (notCoached.length) console.log(`privacy: no reply box found on ${notCoached.join(', ')}`);
    expect(notCoached.length, `fixture pages coached (missed: ${notCoached.join(', ')})`).toBeLessThan(CASES.length / 2);

    // The options page: import a pack file, then subscribe to the address the lead types.
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/options.html`);
    await options.locator('input[type=file]').setInputFiles({ name: 'team.yaml', mimeType: 'text/yaml', buffer: Buffer.from(PACK('team-file', 'File team')) });
    await expect(options.getByRole('status')).toContainText('Imported team.yaml');
    await options.getByRole('textbox', { name: 'Pack address' }).fill(packUrl);
    await options.getByRole('button', { name: 'Subscribe' }).click();
    await expect(options.getByRole('status')).toContainText(`Subscribed to ${packUrl}`);
    await expect(options.getByTestId('effective-name')).toHaveText('Privacy team');

    const all = recorder.all();
    const web = (s: Seen) => /^(https?|wss?):/.test(s.url);
    expect(all.filter((s) => s.url === canary).map((s) => s.by), 'the content script canary').toContain('content-script');
    expect(all.filter((s) => s.url === swCanary).map((s) => s.by), 'the service worker canary').toContain('worker');
    expect(pack.hits.length, 'the pack server was asked').toBeGreaterThan(0);

    const byExtension = all.filter((s) => s.by !== 'page' && web(s) && s.url !== canary && s.url !== swCanary);
    expect(byExtension.map((s) => s.url).filter((u) => u !== packUrl), 'requests the extension made').toEqual([]);
    expect(byExtension.map((s) => s.url)).toContain(packUrl);

    // Pages load only from the desk server (its loopback origin and the tool hosts mapped to it).
    const deskHost = (u: string) => {
      const url = new URL(u);
      return url.port === String(desk.port) || (url.hostname === '127.0.0.1' && u === packUrl);
    };
    expect(all.filter((s) => web(s) && !deskHost(s.url)).map((s) => `${s.by}: ${s.url}`), 'requests off the desk server').toEqual([]);
    console.log(`privacy: ${all.length} requests recorded (${all.filter((s) => s.by !== 'page').length} by the extension's contexts, ${CASES.length} fixture pages)`);
  } finally {
    await pack.close();
  }
});

/** The first column's `code` of every table row under a `## heading`. */
function documented(markdown: string, heading: string): string[] {
  const section = markdown.split(/^## /m).find((s) => s.startsWith(heading + '\n'));
  if (!section) throw new Error(`docs/permissions.md has no "## ${heading}" section`);
  return [...section.matchAll(/^\|\s*`([^`]+)`\s*\|/gm)].map((m) => m[1] as string);
}

test('the manifest asks only for permissions docs/permissions.md lists and explains', () => {
  const doc = readFileSync(path.resolve('docs/permissions.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  const list = (key: string) => (manifest[key] as string[] | undefined) ?? [];
  const api = documented(doc, 'API permissions');
  const hosts = documented(doc, 'Host permissions');
  const optional = documented(doc, 'Optional host permissions');
  expect(list('permissions').filter((p) => !api.includes(p)), 'permissions without a documented reason').toEqual([]);
  expect(list('host_permissions').filter((p) => !hosts.includes(p)), 'host permissions without a documented reason').toEqual([]);
  expect(list('optional_host_permissions').filter((p) => !optional.includes(p)), 'optional host permissions without a documented reason').toEqual([]);
  const scripts = (manifest.content_scripts as { matches: string[] }[] | undefined) ?? [];
  expect(scripts.flatMap((s) => s.matches).filter((m) => !hosts.includes(m)), 'content script sites not listed').toEqual([]);
  // The doc promises these stay absent: pages cannot message Rapport or probe its files.
  expect(manifest.externally_connectable).toBeUndefined();
  expect(manifest.web_accessible_resources).toBeUndefined();
});

test('the Firefox build asks for nothing beyond the same list', () => {
  const file = path.resolve('.output/firefox-mv2/manifest.json');
  test.skip(!existsSync(file), 'no Firefox build (npm run build makes one)');
  const doc = readFileSync(path.resolve('docs/permissions.md'), 'utf8');
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as { permissions?: string[]; optional_permissions?: string[] };
  // MV2 keeps host permissions in `permissions`, optional ones in `optional_permissions`.
  const allowed = [...documented(doc, 'API permissions'), ...documented(doc, 'Host permissions')];
  expect((manifest.permissions ?? []).filter((p) => !allowed.includes(p))).toEqual([]);
  expect((manifest.optional_permissions ?? []).filter((p) => !documented(doc, 'Optional host permissions').includes(p))).toEqual([]);
});
