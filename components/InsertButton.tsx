import { useConnector, runEdit } from '@/lib/panel/context';
import { i18n } from '#i18n';

/** Inserts text at the caret of the coached tab's reply box. Its name always begins with "Insert". */
export function InsertButton({ text, what }: { text: string; what: string }) {
  const connector = useConnector();
  return (
    <button
      type="button"
      class="rp-btn"
      aria-label={`Insert ${what}`}
      title={text}
      onClick={() => void runEdit(connector, (tabId) => connector.insert(tabId, text), i18n.t('panel.inserted'))}
    >
      {i18n.t('panel.insert')}
    </button>
  );
}

export function CopyButton({ text, what }: { text: string; what: string }) {
  const connector = useConnector();
  return (
    <button
      type="button"
      class="rp-btn rp-btn-quiet"
      aria-label={`Copy ${what}`}
      onClick={() => void runEdit(connector, async () => (await connector.copy(text), { ok: true }), i18n.t('panel.copied'))}
    >
      {i18n.t('panel.copy')}
    </button>
  );
}
