// The side panel opens on every ticket: it must not load the pack compiler (the YAML parser, zod, the
// loader that runs rule examples). This reads the built extension, following the panel page's scripts,
// preloads and their static imports, and looks for text only those libraries carry. No browser needed.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';

const BUILDS = ['.output/chrome-mv3', '.output/firefox-mv2'];

/** Text each library cannot be built without (error messages and class names survive minifying). */
const SIGNATURES: Record<string, string[]> = {
  'the yaml parser': ['BAD_DQ_ESCAPE', 'Implicit map keys need to be'],
  zod: ['ZodError', '$ZodType'],
  'the pack loader': ['does not flag its example', 'unknown rule type: use'],
};

/** Every script file a page loads before it runs: its module scripts, modulepreloads and their static imports. */
function pageScripts(dir: string, html: string): Map<string, string> {
  const page = readFileSync(path.join(dir, html), 'utf8');
  const queue = [...page.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const seen = new Map<string, string>();
  while (queue.length) {
    const rel = queue.shift()!.replace(/^\//, '');
    if (seen.has(rel)) continue;
    const code = readFileSync(path.join(dir, rel), 'utf8');
    seen.set(rel, code);
    for (const m of code.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},\s*]+from\s*)?["']([^"']+\.js)["']/g))
      queue.push(path.posix.join(path.posix.dirname(rel), m[1]!));
  }
  return seen;
}

for (const build of BUILDS) {
  test(`${build}: the side panel loads no YAML parser, zod or pack compiler`, () => {
    test.skip(!existsSync(path.join(build, 'sidepanel.html')), `${build} is not built`);
    const scripts = pageScripts(build, 'sidepanel.html');
    expect(scripts.size).toBeGreaterThan(0);
    const found: string[] = [];
    for (const [file, code] of scripts)
      for (const [lib, marks] of Object.entries(SIGNATURES)) if (marks.some((m) => code.includes(m))) found.push(`${file}: ${lib}`);
    expect(found).toEqual([]);
  });

  test(`${build}: the check can see the compiler where it belongs (the options page)`, () => {
    test.skip(!existsSync(path.join(build, 'options.html')), `${build} is not built`);
    const all = [...pageScripts(build, 'options.html').values()].join('\n');
    for (const marks of Object.values(SIGNATURES)) expect(marks.some((m) => all.includes(m))).toBe(true);
  });

  // recheck (the ReDoS checker, ~2.9 MB) is loaded on demand by the options page only: the background
  // wakes often and takes its verdicts from storage; the side panel never judges packs.
  test(`${build}: recheck sits in a chunk only the options page imports, not in the background or the side panel`, () => {
    test.skip(!existsSync(path.join(build, 'options.html')), `${build} is not built`);
    const RECHECK = 'codes.quine.labs.recheck';
    const background = readFileSync(path.join(build, 'background.js'), 'utf8');
    expect(background.includes(RECHECK)).toBe(false);
    if (existsSync(path.join(build, 'sidepanel.html')))
      for (const [file, code] of pageScripts(build, 'sidepanel.html')) expect(code.includes(RECHECK), file).toBe(false);
    const chunks = path.join(build, 'chunks');
    const holders = readdirSync(chunks).filter((f) => readFileSync(path.join(chunks, f), 'utf8').includes(RECHECK));
    expect(holders).toHaveLength(1);
    const importers = [...pageScripts(build, 'options.html')].filter(([, code]) => code.includes(`${holders[0]}`)).map(([f]) => f);
    expect(importers.length).toBeGreaterThan(0);
  });
}
