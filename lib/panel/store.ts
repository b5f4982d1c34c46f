// The panel's one store: which tab it coaches and that tab's state. Components read slices of it.
// Everything the first paint needs (the state, the spelling alphabet, the tips this requester has had)
// is loaded before `loaded` turns true, so the panel paints once and nothing moves afterwards.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CoachTabState } from '@/lib/coach-state';
import type { PanelConnector, PhoneticPrefs } from './connector';

export interface PanelState {
  tabId: number | null;
  bound: boolean;
  coach: CoachTabState | null;
  loaded: boolean;
  /** The last action's outcome, shown briefly ("Inserted", or why not). */
  notice: { ok: boolean; text: string } | null;
  /** The spelling alphabet in force (the agent's choice, else the pack's); null until read. */
  prefs: PhoneticPrefs | null;
  /** Bonus tips the requester of the coached draft has already been offered (tip ids). */
  offered: { customer: string | undefined; ids: string[] } | null;
}

export const panelStore = createStore<PanelState>(() => ({
  tabId: null,
  bound: false,
  coach: null,
  loaded: false,
  notice: null,
  prefs: null,
  offered: null,
}));

export function usePanel<T>(select: (s: PanelState) => T): T {
  return useStore(panelStore, select);
}

/** The requester a state's tips are remembered for: the name the scorer used, else the page's. */
export function customerOf(coach: CoachTabState | null): string | undefined {
  return coach?.report?.customerName ?? coach?.customerName;
}

/** Binds the store to the connector: loads the tab's state, watches it, follows tab switches. */
export async function startPanel(connector: PanelConnector): Promise<() => void> {
  let unwatch = (): void => {};
  let generation = 0;
  /** Shows a state once what it needs is read; a newer state or tab switch makes an older one stale. */
  const apply = async (tabId: number, coach: CoachTabState | null) => {
    const mine = ++generation;
    const customer = customerOf(coach);
    const had = panelStore.getState().offered;
    const offered = had && had.customer === customer ? had : { customer, ids: await connector.offeredTips(customer).catch(() => []) };
    if (mine !== generation || panelStore.getState().tabId !== tabId) return;
    panelStore.setState({ coach, offered, loaded: true });
  };
  const show = async (tabId: number | null) => {
    unwatch();
    generation++;
    panelStore.setState({ tabId, coach: null, loaded: false, notice: null });
    if (tabId === null) return panelStore.setState({ loaded: true });
    unwatch = connector.watchState(tabId, (coach) => void apply(tabId, coach));
    await apply(tabId, await connector.getState(tabId));
  };
  const [{ tabId, bound }, prefs] = await Promise.all([
    connector.initialTab(),
    connector.phoneticPrefs().catch((): PhoneticPrefs => ({ alphabet: 'icao', digits: 'plain' })),
  ]);
  panelStore.setState({ bound, prefs });
  const unfollow = bound ? () => {} : connector.followActiveTab((id) => void show(id));
  await show(tabId);
  if (!bound) {
    // A switch between the first look and the subscription above would be lost: look once more.
    const now = (await connector.initialTab()).tabId;
    if (now !== panelStore.getState().tabId) await show(now);
  }
  return () => {
    unwatch();
    unfollow();
  };
}
