// THIRD-PARTY-NOTICES.txt in the built extension (Chrome and Firefox): every npm package whose code
// is bundled into it, with its licence and, where the package ships them, its licence text and NOTICE
// file (Apache-2.0 §4(d) asks for the NOTICE of e.g. vader-sentiment to travel with the product).
//
// How (wxt.config.ts wires it):
//  1. `rollup-plugin-license` runs in every Vite build WXT makes and collects the packages of the
//     modules that end up in a chunk (tree-shaken-away code does not count), reading each package's
//     package.json, LICENSE/LICENCE and NOTICE files;
//  2. the `build:publicAssets` hook (after every entrypoint is built, before WXT copies the public
//     files) adds the notices file to the output;
//  3. the `build:done` hook checks the written file against the build's own output — every package
//     with a rendered module in any chunk must be listed — and fails the build when one is missing.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import license from 'rollup-plugin-license';

/** One bundled package as the notices list it. Texts are the files' contents, trimmed. */
export interface NoticeEntry {
  name: string;
  version: string;
  /** The package.json `license` field (an SPDX expression), or null when the package has none. */
  license: string | null;
  /** LICENSE / LICENCE file text, or null when the package ships none. */
  licenseText: string | null;
  /** NOTICE file text, or null when the package ships none. */
  noticeText: string | null;
  /** package.json `author` as "Name <email> (url)", when given. */
  author?: string | null;
  /** Where the source lives (package.json `repository`, else `homepage`). */
  source?: string | null;
}

/** File name in the extension's root. */
export const NOTICES_FILE = 'THIRD-PARTY-NOTICES.txt';

/** The line that opens each entry; {@link listedPackages} reads it back. */
const entryHead = (e: { name: string; version: string }) => `Package: ${e.name}@${e.version}`;
const RULE = '='.repeat(78);

/**
 * The notices file's text: a header naming `product`, then one block per package (sorted by name,
 * then version; duplicates dropped), each with its licence, licence text and NOTICE where present.
 */
export function renderNotices(product: string, entries: Iterable<NoticeEntry>): string {
  const unique = new Map<string, NoticeEntry>();
  for (const e of entries) unique.set(`${e.name}@${e.version}`, e);
  const sorted = [...unique.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const out = [
    `Third-party software in ${product}`,
    '',
    `${product} bundles the npm packages below. Each is listed with its licence and, where the package`,
    'ships them, its licence text and NOTICE file, as distributed with the package.',
    '',
  ];
  for (const e of sorted) {
    out.push(RULE, entryHead(e), `License: ${e.license ?? 'not stated in package.json'}`);
    if (e.author) out.push(`Author: ${e.author}`);
    if (e.source) out.push(`Source: ${e.source}`);
    out.push('');
    out.push(e.licenseText ? e.licenseText.trim() : '(The package ships no licence file; its package.json names the licence and author above.)');
    if (e.noticeText) out.push('', '--- NOTICE ---', '', e.noticeText.trim());
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

/** `name@version` of every entry in a notices file's text. */
export function listedPackages(text: string): Set<string> {
  return new Set([...text.matchAll(/^Package: (\S+)$/gm)].map((m) => m[1]!));
}

/**
 * The package directory a bundled module comes from: the part of its path up to and including the
 * package folder after the last `node_modules` (`…/node_modules/@scope/name`), or null for the
 * project's own files and virtual modules (ids starting with "\0").
 */
export function packageDirOf(moduleId: string): string | null {
  if (moduleId.startsWith('\0')) return null;
  const path = moduleId.split('?')[0]!.replace(/\\/g, '/');
  const at = path.lastIndexOf('/node_modules/');
  if (at < 0) return null;
  const rest = path.slice(at + '/node_modules/'.length).split('/');
  const depth = rest[0]?.startsWith('@') ? 2 : 1;
  if (rest.length <= depth) return null;
  return path.slice(0, at) + '/node_modules/' + rest.slice(0, depth).join('/');
}

/** What the build check needs of a WXT build step's output (rolldown/rollup output chunks). */
export interface BuiltChunk {
  type: string;
  fileName?: string;
  modules?: Record<string, { renderedLength: number }>;
}

/**
 * `name@version` of every package with a module rendered into one of `chunks` (read from each package
 * directory's package.json), mapped to the chunk files it is in.
 */
export function bundledPackages(chunks: Iterable<BuiltChunk>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const dirs = new Map<string, string | null>();
  for (const c of chunks) {
    if (c.type !== 'chunk' || !c.modules) continue;
    for (const [id, m] of Object.entries(c.modules)) {
      if (!(m.renderedLength > 0)) continue;
      const dir = packageDirOf(id);
      if (!dir) continue;
      if (!dirs.has(dir)) {
        const pj = join(dir, 'package.json');
        const pkg = existsSync(pj) ? (JSON.parse(readFileSync(pj, 'utf8')) as { name?: string; version?: string }) : {};
        dirs.set(dir, pkg.name && pkg.version ? `${pkg.name}@${pkg.version}` : null);
      }
      const key = dirs.get(dir) ?? dir.slice(dir.lastIndexOf('/node_modules/') + '/node_modules/'.length);
      const files = out.get(key) ?? [];
      if (c.fileName && !files.includes(c.fileName)) files.push(c.fileName);
      out.set(key, files);
    }
  }
  return out;
}

/** Bundled packages (from {@link bundledPackages}) that the notices text does not list. */
export function missingFromNotices(notices: string, bundled: Map<string, string[]>): string[] {
  const listed = listedPackages(notices);
  return [...bundled.keys()].filter((k) => !listed.has(k)).sort();
}

/** What the WXT hooks below need to know about the build. */
interface WxtLike {
  config: { outDir: string; root: string };
}
interface BuildOutputLike {
  steps: { chunks: BuiltChunk[] }[];
}

/**
 * The notices step for wxt.config.ts: `vitePlugin` goes into `vite().plugins` (one instance per Vite
 * build is fine: every instance reports into the same collection), `hooks` into `hooks`.
 * `product` heads the file ("Rapport 0.1.0").
 */
export function thirdPartyNotices(product: string) {
  const collected = new Map<string, NoticeEntry>();
  return {
    vitePlugin: () =>
      license({
        sourcemap: false,
        thirdParty: (deps) => {
          for (const d of deps) {
            if (!d.name || !d.version) continue;
            collected.set(`${d.name}@${d.version}`, {
              name: d.name,
              version: d.version,
              license: d.license,
              licenseText: d.licenseText,
              noticeText: d.noticeText ?? null,
              author: d.author?.text() ?? null,
              source: (typeof d.repository === 'string' ? d.repository : d.repository?.url) ?? d.homepage,
            });
          }
        },
      }),
    hooks: {
      'build:before': () => collected.clear(),
      'build:publicAssets': (_wxt: unknown, files: { relativeDest: string; contents?: string }[]) => {
        files.push({ relativeDest: NOTICES_FILE, contents: renderNotices(product, collected.values()) });
      },
      'build:done': (wxt: WxtLike, output: BuildOutputLike) => {
        const file = resolve(wxt.config.outDir, NOTICES_FILE);
        const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
        const missing = missingFromNotices(text, bundledPackages(output.steps.flatMap((s) => s.chunks)));
        if (missing.length)
          throw new Error(`${NOTICES_FILE} misses bundled package(s): ${missing.join(', ')} (scripts/notices.ts)`);
      },
    },
  };
}
