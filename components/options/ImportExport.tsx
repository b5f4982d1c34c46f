import { useState } from 'preact/hooks';
import { stringify } from 'yaml';
import { removeTeamPack, saveTeamPack } from '@/lib/packs/actions';
import { setNotice, useOptions } from './store';
import { i18n } from '#i18n';

const MAX_FILE_BYTES = 1_000_000;

export async function importFile(file: File): Promise<void> {
  if (file.size > MAX_FILE_BYTES) return setNotice({ ok: false, text: i18n.t('options.import.tooLarge', [file.name]) });
  const result = await saveTeamPack(await file.text(), file.name);
  setNotice(
    result.ok
      ? { ok: true, text: i18n.t('options.import.imported', [file.name]), warnings: result.warnings }
      : { ok: false, text: i18n.t('options.import.refused', [file.name]), errors: result.errors },
  );
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Import by file picker or drag and drop; export the team pack as written, or the whole effective pack. */
export function ImportExport() {
  const team = useOptions((s) => s.inputs?.team ?? null);
  const active = useOptions((s) => s.active);
  const [over, setOver] = useState(false);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer?.files[0];
    if (file) void importFile(file);
  };
  return (
    <section
      class={`op-card op-drop${over ? ' op-drop-over' : ''}`}
      aria-labelledby="import-h"
      data-testid="drop-zone"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <h2 id="import-h">{i18n.t('options.import.title')}</h2>
      <p class="op-muted">{i18n.t('options.import.help')}</p>
      <div class="op-row">
        <label class="op-button">
          {i18n.t('options.import.choose')}
          <input
            type="file"
            accept=".yaml,.yml,.json,application/json,application/yaml,text/yaml"
            class="op-hidden-input"
            onChange={(e) => {
              const input = e.currentTarget;
              const file = input.files?.[0];
              if (file) void importFile(file).then(() => (input.value = ''));
            }}
          />
        </label>
        <button type="button" disabled={!team} onClick={() => team && download(team.source.name ?? `team-pack.${team.format}`, team.text, 'text/yaml')}>
          {i18n.t('options.import.exportTeam')}
        </button>
        <button type="button" disabled={!active} onClick={() => active && download(`${active.pack.id}-effective.yaml`, stringify(active.pack), 'text/yaml')}>
          {i18n.t('options.import.exportEffective')}
        </button>
        <button
          type="button"
          disabled={!team}
          onClick={() => void removeTeamPack().then(() => setNotice({ ok: true, text: i18n.t('options.import.removed') }))}
        >
          {i18n.t('options.import.remove')}
        </button>
      </div>
    </section>
  );
}
