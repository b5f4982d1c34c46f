// E2E_STEPS=1: every call a test makes on the driver and its tabs is written to stderr with how long
// it took, to find where a contract spends its time (a trace changes the timings it records).
import type { Driver, Tab } from './types';

const started = Date.now();

/** A short readable form of an argument (a tab is shown as "tab"). */
function show(a: unknown): string {
  if (typeof a === 'string') return a;
  if (typeof a === 'function') return 'fn';
  if (a && typeof a === 'object' && real.has(a)) return 'tab';
  try {
    return JSON.stringify(a) ?? String(a);
  } catch {
    return String(a);
  }
}

const real = new WeakMap<object, object>();

function timed<T extends object>(target: T, label: string, wrapResult?: (name: string, value: unknown) => unknown): T {
  const proxy = new Proxy(target, {
    get(obj, name, receiver) {
      const value = Reflect.get(obj, name, receiver) as unknown;
      if (typeof value !== 'function' || typeof name !== 'string') return value;
      return (...args: unknown[]) => {
        const t0 = Date.now();
        const out = (value as (...a: unknown[]) => unknown).apply(obj, args.map((a) => (a && typeof a === 'object' && real.get(a)) || a));
        const done = (result: unknown) => {
          const what = args.map(show).join(', ').slice(0, 70);
          process.stderr.write(`[steps] ${String(t0 - started).padStart(7)} ${String(Date.now() - t0).padStart(5)} ms ${label}.${name}(${what})\n`);
          return wrapResult ? wrapResult(name, result) : result;
        };
        return out instanceof Promise ? out.then(done) : done(out);
      };
    },
  });
  real.set(proxy, target);
  return proxy;
}

/** The driver, logging each call and the calls on the tabs it opens (E2E_STEPS=1). */
export function withSteps(driver: Driver): Driver {
  if (!process.env.E2E_STEPS) return driver;
  const wrapTab = (name: string, v: unknown) =>
    (name === 'newTab' || name === 'openPanel') && v && typeof v === 'object' ? timed(v as Tab, name === 'openPanel' ? 'panel' : 'tab') : v;
  return timed(driver, 'driver', wrapTab);
}
