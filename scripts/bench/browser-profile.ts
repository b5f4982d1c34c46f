// Where inside the content script the time goes: V8's sampling profiler over a short extra burst
// of typing, time per innermost function of the extension's bundle and what it was calling. The bundle is minified, so each
// function is shown with the source text at its position (enough to find it in lib/).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CDPSession } from '@playwright/test';

interface ProfileNode {
  id: number;
  children?: number[];
  callFrame: { url: string; functionName: string; lineNumber: number; columnNumber: number };
}

export interface ProfileHotspot {
  where: string;
  source: string;
  /** What the sampled stack was doing above the extension's frame (a DOM call, GC, or its own code). */
  via: string;
  selfMs: number;
}

export async function profileWhile(cdp: CDPSession, extensionDir: string, act: () => Promise<void>): Promise<ProfileHotspot[]> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  await act();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] } };
  const nodes = new Map(profile.nodes.map((n) => [n.id, n.callFrame]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const isExt = (id: number | undefined) => id !== undefined && (nodes.get(id)?.url.startsWith('chrome-extension://') ?? false);
  // Each sample goes to the innermost extension frame on its stack: native DOM calls and the work
  // they force have no script URL of their own but are still the extension's doing.
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    let at: number | undefined = id;
    while (at !== undefined && !isExt(at)) at = parent.get(at);
    if (at === undefined) return;
    const f = nodes.get(at)!;
    const top = nodes.get(id)!;
    const via = at === id ? 'own code' : top.functionName || top.url || '(native)';
    const key = `${f.url.replace(/^chrome-extension:\/\/[^/]+\//, '')}|${f.lineNumber}|${f.columnNumber}|${f.functionName}|${via}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  const sources = new Map<string, string[]>();
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([key, ms]) => {
      const [file = '', line = '0', col = '0', name = '', via = ''] = key.split('|');
      if (!sources.has(file)) sources.set(file, readFileSync(join(extensionDir, file), 'utf8').split('\n'));
      const text = sources.get(file)?.[Number(line)] ?? '';
      return { where: `${name || '(anonymous)'} ${file}:${Number(line) + 1}:${Number(col) + 1}`, source: text.slice(Number(col), Number(col) + 70), via, selfMs: ms };
    });
}
