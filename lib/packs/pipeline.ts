// The one pack pipeline, for the background, the options page and the CLI alike:
//   parse + validate each layer's text (lib/rule-pack loadPack, whole or not at all)
//   → compose the layers (layers.ts: method ← organisation ← team ← personal, with locks)
//   → finalize (the composition is checked as one pack; a layer that breaks it is left out, named).
// Pure: no storage and no browser API; callers read the stored layers and pass them in.
import { defaultPack as methodPack, loadPack, rulePackSchema, type RulePack } from '../rule-pack';
import { formatPath } from '../rule-pack/problems';
import { verdictJudge, type PatternJudge } from '../rule-pack/redos';
import { composeLayers, type EffectivePack, type LayerError, type LayerName, type PackLike } from './layers';
import type { ManagedPolicy } from './managed';
import { sniffFormat, type PackFormat, type PersonalLayer, type TeamPackRecord } from './records';
import type { Validation } from './validate';

/** Everything the pack manager stores (or the CLI reads from files) that makes the effective pack. */
export interface StoredLayers {
  policy: ManagedPolicy;
  policyErrors: string[];
  /** Last good copy of the policy's `pack_url`. */
  managedCache: TeamPackRecord | null;
  team: TeamPackRecord | null;
  personal: PersonalLayer;
  /** Patterns recheck judged safe on the options page (storage `packs:checked-patterns`); see redos.ts. */
  checkedPatterns?: readonly string[];
}

export const NO_LAYERS: StoredLayers = {
  policy: { lockRules: false, allowTeamPacks: true },
  policyErrors: [],
  managedCache: null,
  team: null,
  personal: { disabledRules: [], tips: [] },
};

export interface BuiltPack extends Omit<EffectivePack, 'pack'> {
  /** The pack that coaches: always valid (the method alone when nothing else can be used). */
  pack: RulePack;
  /** Whether a managed pack is in force (inline or from its address). */
  managedActive: boolean;
  teamActive: boolean;
  /** Each text layer's own check, e.g. for the options page's editor. */
  checks: { managed?: Validation; team?: Validation };
  warnings: LayerError[];
}

export interface BuildOptions {
  /** The method pack at the bottom (tests pass a small one). */
  defaultPack?: () => PackLike;
  /** Text to compose in place of the stored team pack (the options page's unsaved draft, "Try it"). */
  teamText?: { text: string; format: PackFormat };
}

// Where recheck can be loaded (options page, CLI) it judges every pattern; elsewhere (the background
// service worker) a pattern passes when it is linear by construction or recheck judged it safe before.
let recheck: { judge: PatternJudge } | null = null;

/** Installs (or with null removes) recheck's judge for every pack validated in this context. */
export function usePatternChecker(judge: PatternJudge | null): void {
  recheck = judge ? { judge } : null;
  recent.clear();
}

/** True when recheck's judge is installed here. */
export const hasPatternChecker = (): boolean => recheck !== null;

function judgeFor(checked: readonly string[] | undefined): { judge: PatternJudge; key: string } {
  if (recheck) return { judge: recheck.judge, key: 'recheck' };
  const list = checked ?? [];
  return { judge: verdictJudge(new Set(list)), key: `checked:${list.join('\u0001')}` };
}

// The background recomposes on every layer change (a personal toggle, a policy push); remembering the
// last few answers spares re-running a large pack's examples (~100 ms) for text that did not change.
const recent = new Map<string, Validation>();
const RECENT_MAX = 8;

/**
 * What the layers under a layer define that an overlay may name: their declared signals and their
 * situation ids. `situations` undefined: not known (a layer checked alone), so an overlay's own
 * unknown situation ids are warnings there, errors once the layers below are known.
 */
export interface LayersBelow {
  signals?: readonly string[];
  situations?: readonly string[];
}

/** What `packs` (the layers under one) define, for validateLayer. */
export function belowOf(...packs: (PackLike | null | undefined)[]): Required<LayersBelow> {
  return { signals: packs.flatMap(declaredSignals), situations: packs.flatMap(situationIds) };
}

/**
 * Validates one layer's text over what the layers under it define (`below`), which an overlay may
 * name. Results are remembered for the last few texts.
 */
export function validateLayer(text: string, format: PackFormat, below: LayersBelow = {}, checkedPatterns?: readonly string[]): Validation {
  const { judge, key: judgeKey } = judgeFor(checkedPatterns);
  const situationsKey = below.situations ? below.situations.join(',') : '\u0001';
  const key = `${format}\u0000${(below.signals ?? []).join(',')}\u0000${situationsKey}\u0000${judgeKey}\u0000${text}`;
  const hit = recent.get(key);
  if (hit) return hit;
  const result = validateUncached(text, format, below, judge);
  recent.set(key, result);
  if (recent.size > RECENT_MAX) recent.delete(recent.keys().next().value as string);
  return result;
}

/** Always runs the loader; for benchmarks and callers that must not share results. */
export function validateUncached(text: string, format: PackFormat, below: LayersBelow = {}, judgePattern: PatternJudge = judgeFor(undefined).judge): Validation {
  const r = loadPack(text, { format, signalsBelow: below.signals ?? [], situationsBelow: below.situations, judgePattern });
  return r.ok ? { ok: true, pack: r.pack as unknown as PackLike, warnings: r.warnings } : { ok: false, errors: r.errors };
}

const declaredSignals = (pack: PackLike | null | undefined): string[] =>
  pack && typeof pack.signals === 'object' && pack.signals ? Object.keys(pack.signals) : [];
const situationIds = (pack: PackLike | null | undefined): string[] =>
  pack && Array.isArray(pack.situations) ? pack.situations.flatMap((s: unknown) => (s && typeof (s as { id?: unknown }).id === 'string' ? [(s as { id: string }).id] : [])) : [];

/** parse → validate → compose → finalize. Never throws; every problem is named with its layer. */
export function buildEffectivePack(layers: StoredLayers, opts: BuildOptions = {}): BuiltPack {
  const bottom = (opts.defaultPack ?? (() => methodPack() as unknown as PackLike))();
  const errors: LayerError[] = layers.policyErrors.map((message) => ({ layer: 'managed', path: '', message }));
  const warnings: LayerError[] = [];
  const checks: BuiltPack['checks'] = {};
  const load = (layer: 'managed' | 'team', text: string, format: PackFormat, below: LayersBelow): PackLike | null => {
    const v = validateLayer(text, format, below, layers.checkedPatterns);
    checks[layer] = v;
    if (!v.ok) {
      for (const e of v.errors) errors.push({ ...e, layer });
      return null;
    }
    for (const w of v.warnings) warnings.push({ ...w, layer });
    return v.pack;
  };

  const { policy } = layers;
  let managed: PackLike | null = null;
  if (policy.pack) managed = load('managed', policy.pack, sniffFormat(policy.pack), belowOf(bottom));
  else if (policy.packUrl && layers.managedCache?.source.url === policy.packUrl)
    managed = load('managed', layers.managedCache.text, layers.managedCache.format, belowOf(bottom));
  else if (policy.packUrl) errors.push({ layer: 'managed', path: '', message: 'the organisation pack has not been downloaded yet' });

  const teamSource = opts.teamText ?? layers.team;
  // An organisation pack that should be there but is not (not downloaded yet, or refused) may define the situations
  // a team pack names: those are then not known to be wrong, so they warn instead of refusing the team pack.
  const managedMissing = managed === null && Boolean(policy.pack || policy.packUrl);
  const teamBelow = belowOf(bottom, managed);
  const team = teamSource
    ? load('team', teamSource.text, teamSource.format, managedMissing ? { signals: teamBelow.signals } : teamBelow)
    : null;

  const compose = (withManaged: boolean, withTeam: boolean) =>
    composeLayers({
      defaultPack: bottom,
      managed: { pack: withManaged ? managed : null, lockRules: policy.lockRules, allowTeamPacks: policy.allowTeamPacks },
      team: withTeam ? team : null,
      personal: layers.personal,
    });

  // Finalize: the layers together must still be one valid pack (e.g. at most 300 rules). When they are
  // not, the topmost layer that breaks it is left out and named; the method alone always is one.
  const attempts: [boolean, boolean, LayerName | null][] = [
    [true, true, null],
    [true, false, 'team'],
    [false, false, 'managed'],
  ];
  for (const [withManaged, withTeam, dropped] of attempts) {
    if (dropped === 'team' && !team) continue;
    if (dropped === 'managed' && !managed) continue;
    const composed = compose(withManaged, withTeam);
    const checked = rulePackSchema.safeParse(composed.pack);
    if (checked.success) {
      return {
        ...composed,
        pack: checked.data,
        errors: [...errors, ...composed.errors],
        warnings,
        checks,
        managedActive: withManaged && managed !== null,
        teamActive: withTeam && team !== null && policy.allowTeamPacks,
      };
    }
    const first = checked.error.issues[0];
    const layer: LayerName = dropped === null ? (team ? 'team' : 'managed') : dropped === 'team' ? 'managed' : 'default';
    errors.push({ layer, path: first ? formatPath(first.path) : '', message: `together with the layers below it, this is not a valid pack (${first?.message ?? 'invalid'}); it is left out` });
  }
  // Only a broken method pack gets here; its unit test keeps that from shipping.
  return { ...compose(false, false), pack: methodPack(), errors, warnings, checks, managedActive: false, teamActive: false };
}

/** Checks a team pack's text as it would be used: over the method and the organisation's pack. */
export function validateTeamText(layers: StoredLayers, text: string, format: PackFormat): Validation {
  return buildEffectivePack(layers, { teamText: { text, format } }).checks.team ?? validateLayer(text, format, {}, layers.checkedPatterns);
}

/** Checks an organisation pack's text as it would be used: over the method pack. */
export function validateManagedText(layers: Pick<StoredLayers, 'checkedPatterns'>, text: string, format: PackFormat): Validation {
  return validateLayer(text, format, belowOf(methodPack() as unknown as PackLike), layers.checkedPatterns);
}
