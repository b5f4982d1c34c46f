import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { removeTeamPack, subscribe } from '@/lib/packs/actions';
import { checkPackUrl } from '@/lib/packs/managed';
import { refreshTeamSubscription } from '@/lib/packs/refresh';
import { setNotice, useOptions } from './store';
import { when } from './labels';

/** Servers that do not send CORS headers need host access; asked for once, for that origin only. */
async function askForOrigin(url: string): Promise<void> {
  try {
    await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    // Declined or not grantable: the fetch may still succeed if the server allows it.
  }
}

export function Subscription() {
  const team = useOptions((s) => s.inputs?.team ?? null);
  const allowed = useOptions((s) => s.inputs?.policy.allowTeamPacks ?? true);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const source = team?.source.kind === 'url' ? team.source : null;
  const problem = url.trim() ? checkPackUrl(url.trim()) : null;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    try {
      await work();
    } finally {
      setBusy(false);
    }
  };
  const onSubscribe = () =>
    run(async () => {
      const address = url.trim();
      await askForOrigin(address);
      const r = await subscribe(address);
      setNotice(r.ok ? { ok: true, text: `Subscribed to ${address}.` } : { ok: false, text: 'Subscription refused; the previous pack is still coaching.', errors: r.errors });
      if (r.ok) setUrl('');
    });
  const onUpdate = () =>
    run(async () => {
      const r = await refreshTeamSubscription();
      if (!r) return;
      setNotice(r.error ? { ok: false, text: `Update failed: ${r.error} The last good pack is still coaching.` } : { ok: true, text: r.changed ? 'Updated to the new version.' : 'Already up to date.' });
    });

  return (
    <section class="op-card" aria-labelledby="sub-h">
      <h2 id="sub-h">Subscribe to a pack address</h2>
      {source ? (
        <>
          <p>
            Following <code data-testid="subscription-url">{source.url}</code>
          </p>
          <p class="op-muted" data-testid="subscription-status">
            Checked {when(source.lastChecked)} · changed {when(source.lastUpdated)}
            {source.lastError ? ` · last check failed: ${source.lastError}` : ''}
          </p>
          <div class="op-row">
            <button type="button" disabled={busy} onClick={() => void onUpdate()}>
              Update now
            </button>
            <button type="button" disabled={busy} onClick={() => void removeTeamPack().then(() => setNotice({ ok: true, text: 'Unsubscribed.' }))}>
              Unsubscribe
            </button>
          </div>
        </>
      ) : (
        <form
          class="op-row"
          onSubmit={(e) => {
            e.preventDefault();
            if (!problem && url.trim()) void onSubscribe();
          }}
        >
          <label class="op-grow">
            Pack address
            <input type="url" value={url} placeholder="https://intranet.example.com/rapport/team.yaml" disabled={!allowed} onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy || !allowed || !url.trim() || problem !== null}>
            Subscribe
          </button>
          {problem && <p class="op-bad-text">The address {problem}.</p>}
        </form>
      )}
      <p class="op-muted">Rapport fetches only this address, every 6 hours and when you press Update now. Nothing is ever sent.</p>
    </section>
  );
}
