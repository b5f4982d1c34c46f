import { useConnector, runEdit } from '@/lib/panel/context';
import { i18n } from '#i18n';

/**
 * Inserts text at the caret of the coached tab's reply box. Its accessible name says what it inserts
 * ("Insert: I can see why that would be frustrating"); `label` replaces it where a title says it better.
 */
export function InsertButton({ text, label, done }: { text: string; label?: string; done?: string }) {
  const connector = useConnector();
  return (
    <button
      type="button"
      class="rp-btn"
      aria-label={label ?? i18n.t('panel.insertLabel', [text])}
      onClick={() => void runEdit(connector, (tabId) => connector.insert(tabId, text), done ?? i18n.t('panel.inserted'), { toBox: true })}
    >
      {i18n.t('panel.insert')}
    </button>
  );
}

/** Copies text to the clipboard; named for what it copies, like InsertButton. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const connector = useConnector();
  return (
    <button
      type="button"
      class="rp-btn rp-btn-quiet"
      aria-label={label ?? i18n.t('panel.copyLabel', [text])}
      onClick={() => void runEdit(connector, async () => (await connector.copy(text), { ok: true }), i18n.t('panel.copied'))}
    >
      {i18n.t('panel.copy')}
    </button>
  );
}
