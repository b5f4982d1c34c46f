// Bundles the demo desk and every fixture page (real editor libraries included) into .output/desk
// with Vite, so the server only ever serves static files and nothing loads from the network.
import { cp, lstat, mkdir, readdir, rename, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Always the newest complete build: a link switched atomically, so running servers never see a half-built tree. */
export const DESK_OUT = join(REPO_ROOT, '.output', 'desk');
const BUILDS = join(REPO_ROOT, '.output', 'desk-builds');
const KEEP_BUILDS = 3;
const PRUNE_AFTER_MS = 15 * 60_000;
const SOURCE_DIRS = ['demo', join('tests', 'fixtures')];
const STAMP = join(DESK_OUT, '.stamp');
const LOCK = join(REPO_ROOT, '.output', 'desk.lock');
const STALE_LOCK_MS = 5 * 60_000;

async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
    const full = join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else out.push(full);
  }
  return out;
}

async function sourceFiles(): Promise<string[]> {
  const lists = await Promise.all(SOURCE_DIRS.map((d) => walk(join(REPO_ROOT, d))));
  return lists.flat();
}

async function newestSourceMtime(files: string[]): Promise<number> {
  // Dependency upgrades (a new editor version) must rebuild too.
  const all = [...files, join(REPO_ROOT, 'package-lock.json')];
  const times = await Promise.all(all.map(async (f) => (await stat(f)).mtimeMs));
  return Math.max(...times);
}

async function isFresh(files: string[]): Promise<boolean> {
  try {
    return (await stat(STAMP)).mtimeMs >= (await newestSourceMtime(files));
  } catch {
    return false;
  }
}

/** Several test runs may start at once: only one builds, the others wait for it. */
async function withLock<T>(fn: () => Promise<T>): Promise<T> {
  await mkdir(dirname(LOCK), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const age = await stat(LOCK).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (age > STALE_LOCK_MS) await rm(LOCK, { recursive: true, force: true });
      else await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    return await fn();
  } finally {
    await rm(LOCK, { recursive: true, force: true });
  }
}

/** Old builds may still be served by a server started before the switch: keep the last few. */
async function pruneOldBuilds(current: string): Promise<void> {
  const names = (await readdir(BUILDS)).sort().reverse();
  for (const name of names.slice(KEEP_BUILDS)) {
    const dir = join(BUILDS, name);
    if (dir === current) continue;
    const age = Date.now() - (await stat(dir)).mtimeMs;
    if (age > PRUNE_AFTER_MS) await rm(dir, { recursive: true, force: true });
  }
}

async function publish(outDir: string): Promise<void> {
  const tmpLink = `${DESK_OUT}.tmp-${process.pid}`;
  await rm(tmpLink, { force: true });
  await symlink(outDir, tmpLink, 'junction');
  const existing = await lstat(DESK_OUT).catch(() => null);
  // Earlier layouts built straight into .output/desk.
  if (existing && !existing.isSymbolicLink()) await rm(DESK_OUT, { recursive: true, force: true });
  await rename(tmpLink, DESK_OUT);
}

export async function buildDesk(opts: { force?: boolean } = {}): Promise<string> {
  let files = await sourceFiles();
  if (!opts.force && (await isFresh(files))) return DESK_OUT;
  return withLock(async () => {
    files = await sourceFiles();
    if (!opts.force && (await isFresh(files))) return DESK_OUT;
    const pages = files.filter((f) => f.endsWith('.html'));
    const input = Object.fromEntries(pages.map((p) => [relative(REPO_ROOT, p).replace(/\.html$/, ''), p]));
    const outDir = join(BUILDS, `${Date.now()}-${process.pid}`);
    const { build } = await import('vite');
    await build({
      configFile: false,
      root: REPO_ROOT,
      base: '/',
      publicDir: false,
      logLevel: 'warn',
      build: {
        outDir,
        emptyOutDir: true,
        sourcemap: false,
        chunkSizeWarningLimit: 10_000,
        rollupOptions: { input },
      },
    });
    // CKEditor 4 loads its plugins, skin and language files at run time from its own folder.
    await cp(join(REPO_ROOT, 'node_modules', 'ckeditor4'), join(outDir, 'assets', 'ckeditor4'), {
      recursive: true,
      filter: (src) => !/[\\/](samples|adapters|vendor)([\\/]|$)|\.md$/.test(src),
    });
    await writeFile(join(outDir, '.stamp'), new Date().toISOString());
    await publish(outDir);
    await pruneOldBuilds(outDir);
    return DESK_OUT;
  });
}
