import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { PanelConnector } from './connector';
import { panelStore } from './store';
import { i18n } from '#i18n';

export const ConnectorContext = createContext<PanelConnector | null>(null);

export function useConnector(): PanelConnector {
  const c = useContext(ConnectorContext);
  if (!c) throw new Error('Panel components need a ConnectorContext provider');
  return c;
}

/**
 * The language of the pack's words (prompts, its findings, closing questions, tips), BCP 47, from the
 * report. Elements showing pack text carry it as `lang`, so a German pack in an English panel is read
 * as German by screen readers, spell checkers and hyphenation.
 */
export const PackLangContext = createContext<string | undefined>(undefined);

export function usePackLang(): string | undefined {
  return useContext(PackLangContext);
}

/**
 * Runs an edit in the coached tab and shows its outcome. With `toBox`, a successful edit sends the
 * agent back to the reply box (Insert, Apply): the words are there, typing goes on.
 */
export async function runEdit(
  connector: PanelConnector,
  edit: (tabId: number) => Promise<{ ok: boolean; reason?: string }>,
  done: string,
  opts: { toBox?: boolean } = {},
): Promise<void> {
  const { tabId } = panelStore.getState();
  if (tabId === null) return;
  const result = await edit(tabId).catch(() => ({ ok: false, reason: i18n.t('panel.notAnswered') }));
  panelStore.setState({ notice: result.ok ? { ok: true, text: done } : { ok: false, text: result.reason ?? i18n.t('panel.notDone') } });
  if (result.ok && opts.toBox) await connector.showReplyBox(tabId).catch(() => undefined);
}
