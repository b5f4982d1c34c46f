import { useState } from 'preact/hooks';
import { useConnector, runEdit } from '@/lib/panel/context';
import { usePanel } from '@/lib/panel/store';
import { i18n } from '#i18n';

/** Shown when the coached tab has no reply box Rapport can read. */
/** `offBy`: the tool's name when the team's pack switched Rapport off there (`sites.disable`). */
export function NoBox({ knownSite, offBy }: { knownSite: boolean; offBy?: string | undefined }) {
  const connector = useConnector();
  const tabId = usePanel((s) => s.tabId);
  const [busy, setBusy] = useState(false);
  return (
    <section class="rp-card rp-nobox" aria-labelledby="nobox-title">
      <h2 id="nobox-title">{i18n.t('noBox.title')}</h2>
      <p>{offBy ? i18n.t('noBox.switchedOff', [offBy]) : i18n.t('noBox.help')}</p>
      {!knownSite && tabId !== null ? (
        <>
          <p class="rp-muted">{i18n.t('noBox.offSite')}</p>
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await runEdit(connector, (id) => connector.coachSite(id), i18n.t('noBox.coaching'));
              setBusy(false);
            }}
          >
            {i18n.t('noBox.coachHere')}
          </button>
        </>
      ) : null}
    </section>
  );
}
