// The effective pack: default ← managed ← team ← personal. Pure: no storage, no browser API.
// Layering works on the pack's shape, not its meaning, so new pack sections layer without changes here:
//  - lists of objects with an `id` (rules, closing questions, tips, prompts…) merge by id, a higher
//    layer's item replacing the lower one's whole (a half-merged rule would be nobody's rule);
//  - plain objects (weights, prompts, sites…) merge key by key, recursively;
//  - anything else is replaced.
import type { ProblemCode, ProblemParams } from '../rule-pack/problems';
import type { PersonalLayer } from './records';

export type LayerName = 'default' | 'managed' | 'team' | 'personal';
export type PackLike = Record<string, unknown>;

/** section → (item id or key → the layer it came from). Top-level scalars sit under `pack`. */
export type Provenance = Record<string, Record<string, LayerName>>;

/** A layer's problem; `code` and `params` as in PROBLEM_PARAMS (lib/rule-pack/problems.ts). */
export interface LayerError {
  layer: LayerName;
  path: string;
  message: string;
  code?: ProblemCode;
  params?: ProblemParams;
}

export interface ManagedLayer {
  pack: PackLike | null;
  lockRules: boolean;
  allowTeamPacks: boolean;
}

/** The packs to compose, already validated one by one (lib/packs/pipeline.ts does that). */
export interface ComposeInput {
  defaultPack: PackLike;
  managed?: ManagedLayer | null;
  team?: PackLike | null;
  personal?: PersonalLayer | null;
}

export interface EffectivePack {
  pack: PackLike;
  provenance: Provenance;
  /** Rule ids the agent cannot turn off. */
  locked: string[];
  /** Signal ids whose declaration and weight only the organisation's pack sets. */
  lockedSignals: string[];
  /** Rule ids the personal layer turned off (they are absent from `pack`). */
  disabled: string[];
  errors: LayerError[];
}

export const RULES = 'rules';
const SIGNALS = 'signals';
const WEIGHTS = 'weights';
/** Where personal tips go; the pack schema's name for bonus tips. */
export const TIPS = 'tips';
/** Fields that describe a pack file rather than coaching; they never layer. */
const FILE_FIELDS = new Set(['$schema', 'extends']);

type Item = { id: string } & Record<string, unknown>;

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isIdList(v: unknown): v is Item[] {
  return Array.isArray(v) && v.length > 0 && v.every((x) => isPlainObject(x) && typeof x.id === 'string');
}

/**
 * A pack is the whole pack, as written, unless it says `extends: default`: then it is an overlay on
 * what lies below (the method, the organisation's pack). What you see in the file is what coaches.
 */
function replacesBelow(pack: PackLike): boolean {
  return pack.extends !== 'default';
}

function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out = { ...base };
  for (const [k, v] of Object.entries(over)) {
    const b = out[k];
    out[k] = isPlainObject(v) && isPlainObject(b) ? deepMerge(b, v) : v;
  }
  return out;
}

class Composer {
  pack: PackLike = {};
  provenance: Provenance = {};
  locked = new Set<string>();
  lockedSignals = new Set<string>();
  errors: LayerError[] = [];
  disabled: string[] = [];

  mark(section: string, key: string, layer: LayerName): void {
    (this.provenance[section] ??= {})[key] = layer;
  }

  apply(layer: LayerName, src: PackLike): void {
    if (replacesBelow(src)) this.clearUnlocked();
    for (const [key, value] of Object.entries(src)) {
      if (FILE_FIELDS.has(key) || value === undefined) continue;
      const current = this.pack[key];
      if (isIdList(value) || (Array.isArray(value) && value.length === 0 && isIdList(current))) {
        this.pack[key] = this.mergeList(layer, key, isIdList(current) ? current : [], value as Item[]);
      } else if (isPlainObject(value)) {
        const base = isPlainObject(current) ? current : {};
        const over = key === SIGNALS || key === WEIGHTS ? this.withoutLockedSignals(layer, key, value) : value;
        this.pack[key] = deepMerge(base, over);
        for (const k of Object.keys(over)) this.mark(key, k, layer);
      } else {
        this.pack[key] = value;
        this.mark('pack', key, layer);
      }
    }
  }

  private mergeList(layer: LayerName, section: string, base: Item[], over: Item[]): Item[] {
    const out = [...base];
    for (const item of over) {
      const at = out.findIndex((x) => x.id === item.id);
      if (section === RULES && this.locked.has(item.id)) {
        this.errors.push({ layer, path: `${section}.${item.id}`, message: 'locked by your organisation; this layer cannot change it', code: 'lockedByOrganisation' });
        continue;
      }
      if (at >= 0) out[at] = item;
      else out.push(item);
      this.mark(section, item.id, layer);
    }
    return out;
  }

  /** A locked signal's declaration and weight stay as the organisation set them. */
  private withoutLockedSignals(layer: LayerName, section: string, value: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [id, v] of Object.entries(value)) {
      if (this.lockedSignals.has(id)) this.errors.push({ layer, path: `${section}.${id}`, message: 'locked by your organisation; this layer cannot change it', code: 'lockedByOrganisation' });
      else out[id] = v;
    }
    return out;
  }

  /**
   * Starting over for a replacing pack keeps what the organisation locked: its locked rules, its
   * locked signals (declaration and weight), and the declarations of signals those rules name.
   */
  private clearUnlocked(): void {
    const rules = this.pack[RULES];
    const kept = isIdList(rules) ? rules.filter((r) => this.locked.has(r.id)) : [];
    const keepSignals = new Set([...this.lockedSignals, ...kept.flatMap((r) => [r.signal, r.require_signal].filter((x): x is string => typeof x === 'string'))]);
    const prov = this.provenance;
    const pick = (section: string, ids: Iterable<string>) => {
      const from = this.pack[section];
      if (!isPlainObject(from)) return;
      const entries = [...ids].filter((id) => Object.hasOwn(from, id)).map((id) => [id, from[id]] as const);
      if (!entries.length) return;
      next[section] = Object.fromEntries(entries);
      nextProv[section] = Object.fromEntries(entries.map(([id]) => [id, prov[section]?.[id] ?? 'managed']));
    };
    const next: PackLike = kept.length ? { [RULES]: kept } : {};
    const nextProv: Provenance = kept.length ? { [RULES]: Object.fromEntries(kept.map((r) => [r.id, prov[RULES]?.[r.id] ?? 'managed'])) } : {};
    pick(SIGNALS, keepSignals);
    pick(WEIGHTS, this.lockedSignals);
    this.pack = next;
    this.provenance = nextProv;
  }

  /** Locks a managed pack's rules and signals: those marked `locked`, or all of them with `lock_rules`. */
  lockFrom(src: PackLike, all: boolean): void {
    const rules = src[RULES];
    if (isIdList(rules)) for (const r of rules) if (all || r.locked === true) this.locked.add(r.id);
    const signals = src[SIGNALS];
    if (isPlainObject(signals))
      for (const [id, d] of Object.entries(signals)) if (all || (isPlainObject(d) && d.locked === true)) this.lockedSignals.add(id);
    // With every rule locked, the weights the organisation set are its scoring, locked too.
    const weights = src[WEIGHTS];
    if (all && isPlainObject(weights)) for (const id of Object.keys(weights)) this.lockedSignals.add(id);
  }

  applyPersonal(p: PersonalLayer): void {
    const rules = this.pack[RULES];
    if (isIdList(rules) && p.disabledRules.length) {
      const off = new Set(p.disabledRules.filter((id) => !this.locked.has(id)));
      for (const id of p.disabledRules) {
        if (this.locked.has(id)) this.errors.push({ layer: 'personal', path: `${RULES}.${id}`, message: 'locked by your organisation; it stays on', code: 'lockedStaysOn' });
      }
      this.pack[RULES] = rules.filter((r) => !off.has(r.id));
      this.disabled = rules.filter((r) => off.has(r.id)).map((r) => r.id);
    }
    if (p.tips.length) this.apply('personal', { extends: 'default', [TIPS]: p.tips as unknown as Item[] });
  }
}

export function composeLayers(input: ComposeInput): EffectivePack {
  const c = new Composer();
  c.apply('default', { ...input.defaultPack, extends: 'default' });
  const managed = input.managed;
  if (managed?.pack) {
    c.apply('managed', managed.pack);
    c.lockFrom(managed.pack, managed.lockRules);
  }
  if (input.team) {
    if (managed && !managed.allowTeamPacks) {
      c.errors.push({ layer: 'team', path: '', message: "your organisation's policy does not allow team packs; it is not applied", code: 'teamPackNotApplied' });
    } else {
      c.apply('team', input.team);
    }
  }
  if (input.personal) c.applyPersonal(input.personal);
  return { pack: c.pack, provenance: c.provenance, locked: [...c.locked].sort(), lockedSignals: [...c.lockedSignals].sort(), disabled: c.disabled, errors: c.errors };
}
