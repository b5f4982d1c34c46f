import { useEffect, useState } from 'preact/hooks';
import { PhoneticHelper } from './phonetic/PhoneticHelper';
import type { PhoneticPrefs } from '@/lib/panel/connector';
import { useConnector, runEdit } from '@/lib/panel/context';
import { i18n } from '#i18n';

/** The phonetic helper bound to the coached tab: its draft, the customer's message, the agent's alphabet. */
export function Phonetic({ draft, customerMessage }: { draft: string; customerMessage?: string }) {
  const connector = useConnector();
  const [prefs, setPrefs] = useState<PhoneticPrefs | null>(null);
  useEffect(() => {
    let live = true;
    void connector.phoneticPrefs().then((p) => live && setPrefs(p));
    return () => {
      live = false;
    };
  }, [connector]);
  if (!prefs) return null;
  return (
    <PhoneticHelper
      draft={draft}
      customerMessage={customerMessage}
      alphabet={prefs.alphabet}
      digits={prefs.digits}
      onAlphabetChange={(alphabet) => {
        setPrefs({ ...prefs, alphabet });
        void connector.setAlphabet(alphabet);
      }}
      onInsert={(text) => void runEdit(connector, (tabId) => connector.insert(tabId, text), i18n.t('spelling.inserted'))}
      copy={(text) => connector.copy(text)}
    />
  );
}
