// The panel's one store: which tab it coaches and that tab's state. Components read slices of it.
import { createStore } from 'zustand/vanilla';
import { useStore } from 'zustand';
import type { CoachTabState } from '@/lib/coach-state';
import type { PanelConnector } from './connector';

export interface PanelState {
  tabId: number | null;
  bound: boolean;
  coach: CoachTabState | null;
  loaded: boolean;
  /** The last action's outcome, shown briefly ("Inserted", or why not). */
  notice: { ok: boolean; text: string } | null;
}

export const panelStore = createStore<PanelState>(() => ({
  tabId: null,
  bound: false,
  coach: null,
  loaded: false,
  notice: null,
}));

export function usePanel<T>(select: (s: PanelState) => T): T {
  return useStore(panelStore, select);
}

/** Binds the store to the connector: loads the tab's state, watches it, follows tab switches. */
export async function startPanel(connector: PanelConnector): Promise<() => void> {
  let unwatch = (): void => {};
  const show = async (tabId: number | null) => {
    unwatch();
    panelStore.setState({ tabId, coach: null, loaded: false, notice: null });
    if (tabId === null) return panelStore.setState({ loaded: true });
    unwatch = connector.watchState(tabId, (coach) => {
      if (panelStore.getState().tabId === tabId) panelStore.setState({ coach, loaded: true });
    });
    const coach = await connector.getState(tabId);
    if (panelStore.getState().tabId === tabId) panelStore.setState({ coach, loaded: true });
  };
  const { tabId, bound } = await connector.initialTab();
  panelStore.setState({ bound });
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
