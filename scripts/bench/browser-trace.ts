// Reads a Chromium trace (devtools.timeline + toplevel) of the heavy page while an agent types:
// main-thread busy time per keystroke, the extension's own script time (FunctionCall events whose
// script URL is chrome-extension://), and long tasks with how much of each was the extension's.
import type { CDPSession } from '@playwright/test';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time of a complete event, when the trace records it. */
  tdur?: number;
  args?: { data?: { type?: string; url?: string; functionName?: string; lineNumber?: number; columnNumber?: number } };
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'toplevel', '__metadata'];
const TOP_LEVEL = new Set(['RunTask', 'ThreadControllerImpl::RunTask', 'ThreadControllerImpl::DoWork']);
const LAYOUT = new Set(['Layout', 'UpdateLayoutTree', 'RecalculateStyles']);
const SCRIPT = new Set(['FunctionCall', 'EvaluateScript', 'v8.callFunction', 'V8.Execute']);

export async function startTrace(cdp: CDPSession): Promise<() => Promise<TraceEvent[]>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const ev of e.value as unknown as TraceEvent[]) events.push(ev);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  return async () => {
    const done = new Promise<void>((ok) => cdp.once('Tracing.tracingComplete', () => ok()));
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

interface Span {
  start: number;
  end: number;
}

export interface TraceFigures {
  keystrokes: number;
  /** Main-thread busy ms in each interval between two keystrokes of a burst. */
  busyPerKey: number[];
  /** The extension's own script ms in each of those intervals. */
  extPerKey: number[];
  /** The same in thread CPU time (tdur): what it costs when the machine is not shared. */
  extCpuPerKey: number[];
  /** Extension script ms while the agent paused (debounced work lands here). */
  extInPauses: number;
  longTasks: { ms: number; extMs: number }[];
  /** Style and layout work forced inside the extension's calls, ms (part of its script time). */
  extForcedLayoutMs: number;
  /** Where the extension's time went: outermost calls by function and position in its bundle. */
  hotspots: { where: string; ms: number; calls: number }[];
  traceSeconds: number;
}

/** Merges overlapping spans (nested events) so time is not counted twice. */
function merge(spans: Span[]): Span[] {
  const out: Span[] = [];
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** Total length of `spans` (merged, sorted) inside [from, to), in ms. */
function within(spans: Span[], from: number, to: number): number {
  let us = 0;
  for (const s of spans) {
    if (s.end <= from) continue;
    if (s.start >= to) break;
    us += Math.min(s.end, to) - Math.max(s.start, from);
  }
  return us / 1000;
}

export function analyseTrace(events: TraceEvent[], maxGapMs: number): TraceFigures {
  // The page's main thread is the one that dispatched the agent's keydowns.
  const keydowns = events.filter((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown');
  const counts = new Map<string, number>();
  for (const k of keydowns) counts.set(`${k.pid}:${k.tid}`, (counts.get(`${k.pid}:${k.tid}`) ?? 0) + 1);
  const main = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur !== undefined);
  const tasks = merge(onMain.filter((e) => TOP_LEVEL.has(e.name)).map((e) => ({ start: e.ts, end: e.ts + e.dur! })));
  const extEvents = onMain.filter((e) => SCRIPT.has(e.name) && e.args?.data?.url?.startsWith('chrome-extension://'));
  const ext = merge(extEvents.map((e) => ({ start: e.ts, end: e.ts + e.dur! })));
  const layout = merge(onMain.filter((e) => LAYOUT.has(e.name)).map((e) => ({ start: e.ts, end: e.ts + e.dur! })));
  let extForcedLayoutMs = 0;
  for (const span of ext) extForcedLayoutMs += within(layout, span.start, span.end);
  const keys = keydowns.filter((k) => `${k.pid}:${k.tid}` === main).map((k) => k.ts).sort((a, b) => a - b);
  const busyPerKey: number[] = [];
  const extPerKey: number[] = [];
  const extCpuPerKey: number[] = [];
  const outer = outermost(extEvents);
  let extInPauses = 0;
  for (let i = 0; i + 1 < keys.length; i++) {
    const from = keys[i]!;
    const to = keys[i + 1]!;
    if ((to - from) / 1000 > maxGapMs) {
      extInPauses += within(ext, from, to);
      continue;
    }
    busyPerKey.push(within(tasks, from, to));
    extPerKey.push(within(ext, from, to));
    let cpu = 0;
    for (const e of outer) if (e.ts >= from && e.ts < to) cpu += (e.tdur ?? e.dur!) / 1000;
    extCpuPerKey.push(cpu);
  }
  const longTasks = tasks.filter((t) => t.end - t.start > 50_000).map((t) => ({ ms: (t.end - t.start) / 1000, extMs: within(ext, t.start, t.end) }));
  let first = Infinity;
  let last = -Infinity;
  for (const e of onMain) {
    first = Math.min(first, e.ts);
    last = Math.max(last, e.ts);
  }
  return {
    keystrokes: keys.length,
    extForcedLayoutMs,
    hotspots: hotspots(extEvents),
    busyPerKey,
    extPerKey,
    extCpuPerKey,
    extInPauses,
    longTasks,
    traceSeconds: last > first ? (last - first) / 1e6 : 0,
  };
}

function hotspots(events: TraceEvent[]): TraceFigures['hotspots'] {
  const by = new Map<string, { ms: number; calls: number }>();
  let outerEnd = -1;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < outerEnd) continue; // nested inside an extension call already counted
    outerEnd = e.ts + e.dur!;
    const d = e.args?.data ?? {};
    const file = d.url?.replace(/^chrome-extension:\/\/[^/]+\//, '') ?? '?';
    const where = `${d.functionName || '(anonymous)'} ${file}:${d.lineNumber ?? '?'}:${d.columnNumber ?? '?'}`;
    const h = by.get(where) ?? { ms: 0, calls: 0 };
    h.ms += e.dur! / 1000;
    h.calls++;
    by.set(where, h);
  }
  return [...by.entries()].map(([where, h]) => ({ where, ...h })).sort((a, b) => b.ms - a.ms).slice(0, 6);
}

/** Extension calls not nested in another extension call, in time order. */
function outermost(events: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -1;
  for (const e of [...events].sort((a, b) => a.ts - b.ts)) {
    if (e.ts < end) continue;
    end = e.ts + e.dur!;
    out.push(e);
  }
  return out;
}
