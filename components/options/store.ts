// The options page's one store: the stored layers, the pack they make, and the editor's draft.
// It talks to storage only through lib/packs, so the page and the background agree on every rule.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import { readStoredLayers, type ActivePack } from '@/lib/packs/active';
import { buildEffectivePack, NO_LAYERS, type StoredLayers } from '@/lib/packs/pipeline';
import { enableRecheckHere } from '@/lib/packs/checked-patterns';
import { starterPack } from '@/lib/packs/edits';
import { sniffFormat, type PackFormat } from '@/lib/packs/records';
import { managedCacheItem, personalItem, teamPackItem } from '@/lib/packs/storage';
import type { PackProblem, Validation } from '@/lib/packs/validate';

export interface Notice {
  ok: boolean;
  text: string;
  /** Why the pack was refused, each by path. */
  errors?: PackProblem[];
  /** An accepted pack's warnings (e.g. a list item a " #" comment cut short), each by path. */
  warnings?: PackProblem[];
}

export interface OptionsState {
  inputs: StoredLayers | null;
  /** What coaches now: the stored layers composed. */
  active: ActivePack | null;
  draft: string;
  draftFormat: PackFormat;
  /** The draft differs from the stored team pack. */
  dirty: boolean;
  check: Validation | null;
  /** The stored layers with the draft in place of the team pack, while the draft is valid ("Try it"). */
  preview: ActivePack | null;
  /** The draft changed and is waiting to be checked. */
  checking: boolean;
  notice: Notice | null;
}

export const optionsStore = createStore<OptionsState>(() => ({
  inputs: null,
  active: null,
  draft: '',
  draftFormat: 'yaml',
  dirty: false,
  check: null,
  preview: null,
  checking: false,
  notice: null,
}));

export function useOptions<T>(select: (s: OptionsState) => T): T {
  return useStore(optionsStore, select);
}

export function setNotice(notice: Notice | null): void {
  optionsStore.setState({ notice });
}

/** Re-reads the layers; the editor keeps unsaved work and otherwise shows the stored team pack. */
export async function reload(): Promise<void> {
  // Patterns are judged by recheck here (a lazily loaded chunk); without it only the linear subset passes.
  await enableRecheckHere().catch(() => undefined);
  const inputs = await readStoredLayers();
  const active = buildEffectivePack(inputs);
  const s = optionsStore.getState();
  optionsStore.setState({ inputs, active });
  if (!s.dirty) {
    const text = inputs.team?.text ?? '';
    setDraft(text, inputs.team?.format ?? 'yaml', false);
  } else {
    setDraft(s.draft, s.draftFormat, true);
  }
}

export function setDraft(draft: string, format: PackFormat = sniffFormat(draft), dirty = true): void {
  clearTimeout(pending);
  const { inputs } = optionsStore.getState();
  // One pipeline run gives both: the draft's own check (over the layers below it) and "Try it".
  const built = draft.trim() ? buildEffectivePack(inputs ?? NO_LAYERS, { teamText: { text: draft, format } }) : null;
  const check = built?.checks.team ?? null;
  const preview = inputs && check?.ok ? built : null;
  optionsStore.setState({ draft, draftFormat: format, dirty: dirty && draft !== (inputs?.team?.text ?? ''), check, preview, checking: false });
}

let pending: ReturnType<typeof setTimeout> | undefined;
/** Checking a large pack runs all its examples (a few hundred ms for the whole method), so typing waits for a pause. */
export const TYPING_PAUSE_MS = 250;

export function typeDraft(draft: string): void {
  clearTimeout(pending);
  optionsStore.setState({ draft, checking: true, dirty: draft !== (optionsStore.getState().inputs?.team?.text ?? '') });
  pending = setTimeout(() => setDraft(optionsStore.getState().draft), TYPING_PAUSE_MS);
}

export function draftOrStarter(): string {
  const { draft } = optionsStore.getState();
  return draft.trim() ? draft : starterPack();
}

export function startOptions(): () => void {
  void reload();
  const again = () => void reload();
  const unwatch = [teamPackItem.watch(again), personalItem.watch(again), managedCacheItem.watch(again)];
  return () => unwatch.forEach((u) => u());
}
