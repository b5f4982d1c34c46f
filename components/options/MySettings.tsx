import { useEffect, useState } from 'preact/hooks';
import { ALPHABETS } from '@/lib/phonetic';
import { settingsItem, type Settings } from '@/lib/packs/storage';
import { useOptions } from './store';

/** Small personal settings; they sync across the agent's browsers (storage.sync). */
export function MySettings() {
  const packAlphabet = useOptions((s) => s.active?.pack.phonetic?.alphabet);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void settingsItem.getValue().then(setSettings);
    return settingsItem.watch(setSettings);
  }, []);
  if (!settings) return null;
  const fromPack = packAlphabet ? ALPHABETS[packAlphabet]?.label : undefined;
  return (
    <section class="op-card" aria-labelledby="settings-h">
      <h2 id="settings-h">My settings</h2>
      <label class="op-stack">
        Spelling alphabet
        <select
          value={settings.phoneticAlphabet}
          onChange={(e) => void settingsItem.setValue({ ...settings, phoneticAlphabet: e.currentTarget.value })}
        >
          <option value="">The pack's choice{fromPack ? ` (${fromPack})` : ''}</option>
          {Object.values(ALPHABETS).map((a) => (
            <option key={a.id} value={a.id}>
              {a.label}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}
