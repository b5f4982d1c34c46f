// Paths into a parsed pack, and setters that can also create own "__proto__" keys the way
// JSON.parse does (a plain assignment would change the prototype instead).
export type Path = (string | number)[];

export function formatPath(path: Path): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/** Every node of the tree with its path, parents before children. */
export function allPaths(root: unknown, limit = 5000): Path[] {
  const out: Path[] = [];
  const walk = (v: unknown, path: Path) => {
    if (out.length >= limit) return;
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, [...path, i]));
    else if (v !== null && typeof v === 'object') for (const k of Object.keys(v)) walk((v as Record<string, unknown>)[k], [...path, k]);
  };
  walk(root, []);
  return out;
}

export function getAt(root: unknown, path: Path): unknown {
  let v = root;
  for (const p of path) v = (v as Record<string | number, unknown> | null)?.[p];
  return v;
}

/** Sets (or, with value undefined and remove, deletes) the node at path; the root path is not settable. */
export function setAt(root: unknown, path: Path, value: unknown, remove = false): void {
  const parent = getAt(root, path.slice(0, -1)) as Record<string | number, unknown>;
  const key = path[path.length - 1]!;
  if (remove) {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key];
    return;
  }
  defineOwn(parent, key, value);
}

export function defineOwn(obj: Record<string | number, unknown>, key: string | number, value: unknown): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

const PHRASE_LIST = /^(phrases|except|with|when|require|variants)$/;

/** Paths of phrase entries: strings or {phrase}/{pattern} objects in any phrase list. */
export function phrasePaths(root: unknown): Path[] {
  return allPaths(root).filter((p) => {
    if (typeof p[p.length - 1] !== 'number' || p.length < 2) return false;
    const list = p[p.length - 2];
    return typeof list === 'string' && (PHRASE_LIST.test(list) || p[p.length - 3] === 'mood_cues');
  });
}
