// Serves the demo help desk and the fixture pages from .output/desk. Hosted tools are routed by the
// Host header, so a browser started with hostResolverRules() opens e.g.
// http://acme.zendesk.com:PORT/agent/tickets/101 and the extension sees a real-looking Zendesk URL.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { createServer as createNetServer, type Socket } from 'node:net';
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { FIXTURES, fixtureDir, findFixture } from '../tests/fixtures/manifest';
import { buildDesk, DESK_OUT, REPO_ROOT } from './build';
import { deskTlsCert } from './tls';

export { buildDesk } from './build';

export interface DeskServer {
  origin: string;
  port: number;
  urlFor(tool: string, path?: string): string;
  close(): Promise<void>;
}

/** Adapter id → the host its hosted fixture is served on. */
export const TOOL_HOSTS: Record<string, string> = Object.fromEntries(
  FIXTURES.filter((f) => f.host).map((f) => [f.tool, f.host as string]),
);

/** Loopback pages that are not fixtures. */
export const DEMO_PAGES: Record<string, string> = { demo: '/', 'demo-jsm': '/jsm/' };

/** Real tools load some documents at their own paths (ServiceNow's classic form in gsft_main). */
const HOST_PATH_ALIASES: Record<string, Record<string, string>> = {
  'acme.service-now.com': { '/incident.do': 'tests/fixtures/servicenow/frame.html' },
  // Zoho Desk's editor frame document.
  'desk.zoho.com': { '/agent/deskEditor.html': 'tests/fixtures/zoho-desk/editor.html' },
};

/** Chromium flags a browser under test needs to reach the hosted fixtures on this server. */
export function deskBrowserArgs(): string[] {
  return [`--host-resolver-rules=${hostResolverRules()}`, '--ignore-certificate-errors'];
}

export function hostResolverRules(): string {
  const hosts = [...new Set(Object.values(TOOL_HOSTS))];
  return hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ');
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.map': 'application/json; charset=utf-8',
};

function pageForHost(host: string, pathname: string): string | undefined {
  const alias = HOST_PATH_ALIASES[host]?.[pathname];
  if (alias) return alias;
  const fixture = FIXTURES.find((f) => f.host === host);
  return fixture && `tests/fixtures/${fixtureDir(fixture)}/index.html`;
}

/** Maps a request to a file under .output/desk (relative), or undefined for 404. */
export function routeRequest(hostHeader: string, pathname: string): string | undefined {
  if (pathname.startsWith('/assets/')) return pathname.slice(1);
  const fixtureMatch = /^\/fixtures\/([\w-]+)(?:\/(.*))?$/.exec(pathname);
  if (fixtureMatch) return `tests/fixtures/${fixtureMatch[1]}/${fixtureMatch[2] || 'index.html'}`;
  const host = hostHeader.replace(/:\d+$/, '').toLowerCase();
  if (Object.values(TOOL_HOSTS).includes(host)) return pageForHost(host, pathname);
  // The desk is an SPA that pushes Zendesk-style paths (/agent/tickets/101); reloads must land on it.
  if (pathname === '/' || pathname === '/index.html' || pathname.startsWith('/agent/')) return 'demo/index.html';
  if (pathname === '/jsm' || pathname.startsWith('/jsm/')) return 'demo/jsm/index.html';
  return undefined;
}

async function serveFile(root: string, rel: string, res: ServerResponse): Promise<boolean> {
  const file = resolve(root, rel);
  if (!file.startsWith(root + sep)) return false;
  try {
    if (!(await stat(file)).isFile()) return false;
    const body = await readFile(file);
    res.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    res.end(body);
    return true;
  } catch {
    return false;
  }
}

function handler(root: string) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    } catch {
      pathname = '';
    }
    if (pathname === '/favicon.ico') {
      res.writeHead(204, { 'Cache-Control': 'no-store' });
      res.end();
      return;
    }
    const rel = pathname.includes('\0') ? undefined : routeRequest(req.headers.host ?? '', pathname);
    if (rel && (req.method === 'GET' || req.method === 'HEAD') && (await serveFile(root, rel, res))) return;
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end('Not found');
  };
}

export async function startDeskServer(
  opts: { port?: number; host?: string; build?: boolean } = {},
): Promise<DeskServer> {
  if (opts.build !== false) await buildDesk();
  const listenHost = opts.host ?? '127.0.0.1';
  // Pinned to the build current at start: a rebuild by another run must not change pages mid-test.
  const handle = handler(await realpath(DESK_OUT));
  const plain = createServer(handle);
  const tls = deskTlsCert(join(REPO_ROOT, '.output', 'desk-tls'), Object.values(TOOL_HOSTS));
  const secure = tls && createTlsServer(tls, handle);
  const sockets = new Set<Socket>();
  // One port speaks both: a TLS ClientHello starts with 0x16, anything else is plain HTTP.
  const server = createNetServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 && secure ? secure : plain).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(opts.port ?? 0, listenHost, () => ok());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${listenHost}:${port}`;
  const urlFor = (tool: string, path?: string): string => {
    const demoPath = DEMO_PAGES[tool];
    if (demoPath) return origin + (path ?? demoPath);
    const fixture = findFixture(tool) ?? FIXTURES.find((f) => f.tool === tool && f.host);
    if (!fixture) throw new Error(`No demo page or fixture named "${tool}"`);
    const base = fixture.host ? `${secure ? 'https' : 'http'}://${fixture.host}:${port}` : origin;
    return base + (path ?? fixture.path);
  };
  return {
    origin,
    port,
    urlFor,
    close: () =>
      new Promise<void>((ok) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => ok());
      }),
  };
}

async function main(): Promise<void> {
  const force = process.argv.includes('--force');
  if (force) await buildDesk({ force });
  const desk = await startDeskServer({ port: Number(process.env.PORT ?? 8370) });
  console.log(`Demo help desk:  ${desk.urlFor('demo')}`);
  console.log(`JSM-like view:   ${desk.urlFor('demo-jsm')}`);
  for (const f of FIXTURES) console.log(`  ${f.name.padEnd(22)} ${desk.urlFor(f.name)}`);
  console.log(`Hosted fixtures need Chromium flags: ${deskBrowserArgs().map((a) => `'${a}'`).join(' ')}`);
  console.log('Ctrl-C to stop.');
  for (const sig of ['SIGINT', 'SIGTERM'] as const) process.on(sig, () => void desk.close().then(() => process.exit(0)));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
}
