import { useEffect, useState } from 'preact/hooks';
import { ALPHABETS } from '@/lib/phonetic';
import { settingsItem, type Settings } from '@/lib/packs/storage';
import { alphabetName } from '@/lib/panel/labels';
import { useOptions } from './store';
import { i18n } from '#i18n';

/** Small personal settings; they sync across the agent's browsers (storage.sync). */
export function MySettings() {
  const packAlphabet = useOptions((s) => s.active?.pack.phonetic?.alphabet);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  if (!settings) return null;
  const fromPack = packAlphabet && packAlphabet in ALPHABETS ? alphabetName(packAlphabet) : undefined;
  return (
    <section class="op-card" aria-labelledby="settings-h">
      <h2 id="settings-h">{i18n.t('options.settings.title')}</h2>
      <label class="op-stack">
        {i18n.t('options.settings.alphabet')}
        <select
          value={settings.phoneticAlphabet}
          onChange={(e) => void settingsItem.setValue({ ...settings, phoneticAlphabet: e.currentTarget.value })}
        >
          <option value="">{fromPack ? i18n.t('options.settings.packChoiceWith', [fromPack]) : i18n.t('options.settings.packChoice')}</option>
          {Object.values(ALPHABETS).map((a) => (
            <option key={a.id} value={a.id}>
              {alphabetName(a.id)}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
