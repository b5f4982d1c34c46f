// What the options page can do to the stored layers. Every change is validated first: a refused pack
// changes nothing, and the answer says why with path-named problems.
import { readStoredLayers } from './active';
import { enableRecheckHere, flushSafePatterns } from './checked-patterns';
import { validateTeamText } from './pipeline';
import { readManagedPolicy } from './managed';
import { personalItem, sniffFormat, teamPackItem, type PersonalTip } from './storage';
import { refreshFromUrl } from './subscription';
import type { PackProblem } from './validate';
import type { ProblemCode } from '../rule-pack/problems';
import type { PackFormat } from './records';

export type ActionResult = { ok: true; warnings?: PackProblem[] } | { ok: false; errors: PackProblem[] };

const refused = (message: string, code?: ProblemCode): ActionResult => ({ ok: false, errors: [{ path: '', message, ...(code ? { code, params: {} } : {}) }] });

async function teamPacksAllowed(): Promise<boolean> {
  // Whatever the page imports is judged by recheck, never by the background's narrower fallback.
  await enableRecheckHere().catch(() => undefined);
  return (await readManagedPolicy()).policy.allowTeamPacks;
}

/** Import from a file (picker or drop) or save the editor's text. Replaces any subscription. */
export async function saveTeamPack(text: string, name: string): Promise<ActionResult> {
  if (!(await teamPacksAllowed())) return refused("Your organisation's policy does not allow team packs.", 'teamPacksNotAllowed');
  const format = /\.json$/i.test(name) ? 'json' : sniffFormat(text);
  const v = validateTeamText(await readStoredLayers(), text, format);
  if (!v.ok) return v;
  // The background accepts the pack's patterns from recheck's verdicts: store those first.
  await flushSafePatterns();
  await teamPackItem.setValue({ text, format, pack: v.pack, source: { kind: 'file', name, lastUpdated: Date.now() } });
  return { ok: true, warnings: v.warnings };
}

export async function subscribe(url: string): Promise<ActionResult> {
  if (!(await teamPacksAllowed())) return refused("Your organisation's policy does not allow team packs.", 'teamPacksNotAllowed');
  const layers = await readStoredLayers();
  const result = await refreshFromUrl(null, url.trim(), { validate: (t: string, f: PackFormat) => validateTeamText(layers, t, f) });
  if (!result.record) return { ok: false, errors: result.problems ?? (result.failure ? [result.failure] : [{ path: '', message: result.error ?? 'The pack could not be fetched.' }]) };
  await flushSafePatterns();
  await teamPackItem.setValue(result.record);
  return { ok: true, warnings: result.warnings };
}

export async function removeTeamPack(): Promise<void> {
  await teamPackItem.setValue(null);
}

export async function setRuleOff(ruleId: string, off: boolean): Promise<void> {
  const p = await personalItem.getValue();
  const rest = p.disabledRules.filter((id) => id !== ruleId);
  await personalItem.setValue({ ...p, disabledRules: off ? [...rest, ruleId] : rest });
}

export async function addPersonalTip(tip: Omit<PersonalTip, 'id'>): Promise<ActionResult> {
  if (!tip.title.trim() || !tip.text.trim()) return refused('A tip needs a title and a text.', 'tipIncomplete');
  if (tip.title.length > 120 || tip.text.length > 1000) return refused('Keep the title under 120 and the text under 1000 characters.', 'tipTooLong');
  // The same caps the pack schema puts on tips, so an own tip can never make the effective pack invalid.
  if (tip.topics.length > 30 || tip.topics.some((t) => t.length > 60)) return refused('Use at most 30 topics, each under 60 characters.', 'tipTooManyTopics');
  const p = await personalItem.getValue();
  const id = `my-tip-${Date.now().toString(36)}`;
  await personalItem.setValue({ ...p, tips: [...p.tips, { ...tip, id }] });
  return { ok: true };
}

export async function removePersonalTip(id: string): Promise<void> {
  const p = await personalItem.getValue();
  await personalItem.setValue({ ...p, tips: p.tips.filter((t) => t.id !== id) });
}
