import { useMemo } from 'preact/hooks';
import { PhoneticHelper, tokensOf } from './phonetic/PhoneticHelper';
import { useConnector, runEdit } from '@/lib/panel/context';
import { panelStore, usePanel } from '@/lib/panel/store';
import { Section } from './Section';
import { i18n } from '#i18n';

/**
 * The phonetic helper bound to the coached tab: its draft, the customer's message, the agent's alphabet.
 * It paints with the rest of the panel (the alphabet is read before the first paint), folded away
 * unless the agent keeps it open; the heading says how many spell-worthy tokens the ticket holds.
 */
export function Phonetic({ draft, customerMessage, id = 'spell', defaultOpen = false }: { draft: string; customerMessage?: string; id?: string; defaultOpen?: boolean }) {
  const connector = useConnector();
  const prefs = usePanel((s) => s.prefs) ?? { alphabet: 'icao', digits: 'plain' };
  const found = useMemo(() => tokensOf(draft, customerMessage).length, [draft, customerMessage]);
  return (
    <Section id={id} title={i18n.t('phonetic.title')} badge={found ? i18n.t('before.found', found) : null} defaultOpen={defaultOpen}>
      <PhoneticHelper
        bare
        draft={draft}
        customerMessage={customerMessage}
        alphabet={prefs.alphabet}
        digits={prefs.digits}
        onAlphabetChange={(alphabet) => {
          panelStore.setState({ prefs: { ...prefs, alphabet } });
          void connector.setAlphabet(alphabet);
        }}
        onInsert={(text) => void runEdit(connector, (tabId) => connector.insert(tabId, text), i18n.t('spelling.inserted'), { toBox: true })}
        copy={(text) => connector.copy(text)}
      />
    </Section>
  );
}
