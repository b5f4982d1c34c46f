import { useState } from 'preact/hooks';
import { useConnector, runEdit } from '@/lib/panel/context';
import { usePanel } from '@/lib/panel/store';

/** Shown when the coached tab has no reply box Rapport can read. */
export function NoBox({ knownSite }: { knownSite: boolean }) {
  const connector = useConnector();
  const tabId = usePanel((s) => s.tabId);
  const [busy, setBusy] = useState(false);
  return (
    <section class="rp-card rp-nobox" aria-labelledby="nobox-title">
      <h2 id="nobox-title">No reply box yet</h2>
      <p>Open a ticket and click into its reply box: the coach follows what you write there.</p>
      {!knownSite && tabId !== null ? (
        <>
          <p class="rp-muted">Rapport is not turned on for this site. It reads nothing here until you allow it.</p>
          <button
            type="button"
            disabled={busy}
            onClick={async () => {
              setBusy(true);
              await runEdit(connector, (id) => connector.coachSite(id), 'Rapport now coaches on this site.');
              setBusy(false);
            }}
          >
            Coach on this site
          </button>
        </>
      ) : null}
    </section>
  );
}
