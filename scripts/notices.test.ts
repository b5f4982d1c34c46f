import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { bundledPackages, listedPackages, missingFromNotices, NOTICES_FILE, packageDirOf, renderNotices, thirdPartyNotices, type BuiltChunk } from './notices';

const root = resolve(__dirname, '..');
const vaderVersion = (JSON.parse(readFileSync(join(root, 'node_modules/vader-sentiment/package.json'), 'utf8')) as { version: string }).version;
const tmp = mkdtempSync(join(tmpdir(), 'rapport-notices-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('third-party notices', () => {
  it('names the package a bundled module comes from, scoped or nested, and not our own files', () => {
    expect(packageDirOf('/p/node_modules/zod/v4/core/core.js')).toBe('/p/node_modules/zod');
    expect(packageDirOf('/p/node_modules/@wxt-dev/i18n/dist/index.mjs')).toBe('/p/node_modules/@wxt-dev/i18n');
    expect(packageDirOf('/p/node_modules/a/node_modules/b/x.js?commonjs-es-import')).toBe('/p/node_modules/a/node_modules/b');
    expect(packageDirOf('/p/lib/scoring/mood.ts')).toBeNull();
    expect(packageDirOf('\0vite/preload-helper.js')).toBeNull();
  });

  it('lists every package with its licence text and NOTICE, once each', () => {
    const text = renderNotices('Rapport 9', [
      { name: 'b-lib', version: '2.0.0', license: 'Apache-2.0', licenseText: 'Apache text', noticeText: 'b-lib NOTICE: made by B' },
      { name: 'a-lib', version: '1.0.0', license: 'MIT', licenseText: null, noticeText: null, author: 'A <a@example.org>' },
      { name: 'b-lib', version: '2.0.0', license: 'Apache-2.0', licenseText: 'Apache text', noticeText: 'b-lib NOTICE: made by B' },
    ]);
    expect([...listedPackages(text)]).toEqual(['a-lib@1.0.0', 'b-lib@2.0.0']);
    expect(text).toContain('b-lib NOTICE: made by B');
    expect(text.match(/Apache text/g)).toHaveLength(1);
    expect(text).toMatch(/Package: a-lib@1\.0\.0\nLicense: MIT\nAuthor: A <a@example.org>\n\n\(The package ships no licence file/);
  });

  it('a real bundle: the notices carry vader-sentiment with its NOTICE, and the build check fails when a package is left out', async () => {
    // The same two steps wxt.config.ts runs, on a small entry that bundles the sentiment lexicon.
    const notices = thirdPartyNotices('Rapport test');
    const entry = join(root, 'lib/scoring/mood-sentiment.ts');
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      root,
      plugins: [notices.vitePlugin()],
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'mood' } },
    });
    const chunks = (Array.isArray(result) ? result.flatMap((r) => r.output) : (result as { output: BuiltChunk[] }).output) as BuiltChunk[];
    const files: { relativeDest: string; contents?: string }[] = [];
    notices.hooks['build:publicAssets'](null, files);
    const written = files.find((f) => f.relativeDest === NOTICES_FILE)!.contents!;

    const bundled = bundledPackages(chunks);
    expect([...bundled.keys()]).toContain(`vader-sentiment@${vaderVersion}`);
    expect(missingFromNotices(written, bundled)).toEqual([]);
    expect(written).toContain('Apache License');
    expect(written).toMatch(/--- NOTICE ---\n\n[^\n]*VADER/i);

    const check = (text: string) => {
      writeFileSync(join(tmp, NOTICES_FILE), text);
      notices.hooks['build:done']({ config: { outDir: tmp, root } }, { steps: [{ chunks }] });
    };
    expect(() => check(written)).not.toThrow();
    const without = written.replace(`Package: vader-sentiment@${vaderVersion}`, 'Package: removed');
    expect(() => check(without)).toThrow(new RegExp(`misses bundled package\\(s\\): vader-sentiment@${vaderVersion.replace(/\./g, '\\.')}`));
  });
});
