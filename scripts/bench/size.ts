// Size of the scoring code as the extension ships it: lib/scoring/index.ts bundled with the
// default pack, minified for the browser. esbuild comes with vite/wxt.
import { build } from 'esbuild';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  rawBytes: number;
  gzipBytes: number;
  /** The same bundle written to a file, for the cold-start child processes. */
  file: string;
  /** The largest inputs, to see what a size regression comes from. */
  top: { path: string; bytes: number }[];
}

export async function bundleScoring(root: string, outDir: string): Promise<BundleSize> {
  const result = await build({
    entryPoints: [join(root, 'lib/scoring/index.ts')],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.contents;
  const file = join(outDir, 'rapport-scoring.mjs');
  writeFileSync(file, code);
  const output = Object.values(result.metafile.outputs)[0]!;
  const top = Object.entries(output.inputs)
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 5);
  return { rawBytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length, file, top };
}
