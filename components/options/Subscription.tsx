import { useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { removeTeamPack, subscribe } from '@/lib/packs/actions';
import { packUrlProblem, type PackUrlProblem } from '@/lib/packs/managed';
import { refreshTeamSubscription } from '@/lib/packs/refresh';
import { setNotice, useOptions } from './store';
import { when } from './labels';
import { i18n } from '#i18n';
import { failureText } from './problem-text';

/** Servers that do not send CORS headers need host access; asked for once, for that origin only. */
async function askForOrigin(url: string): Promise<void> {
  try {
    await browser.permissions.request({ origins: [`${new URL(url).origin}/*`] });
  } catch {
    // Declined or not grantable: the fetch may still succeed if the server allows it.
  }
}

function addressProblem(problem: PackUrlProblem): string {
  switch (problem) {
    case 'invalid':
      return i18n.t('options.subscription.urlInvalid');
    case 'credentials':
      return i18n.t('options.subscription.urlCredentials');
    case 'not-https':
      return i18n.t('options.subscription.urlNotHttps');
  }
}

export function Subscription() {
  const team = useOptions((s) => s.inputs?.team ?? null);
  const allowed = useOptions((s) => s.inputs?.policy.allowTeamPacks ?? true);
  const [url, setUrl] = useState('');
  const [busy, setBusy] = useState(false);
  const source = team?.source.kind === 'url' ? team.source : null;
  const problem = url.trim() ? packUrlProblem(url.trim()) : null;

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
      setNotice(r.ok ? { ok: true, text: i18n.t('options.subscription.subscribed', [address]), warnings: r.warnings } : { ok: false, text: i18n.t('options.subscription.refused'), errors: r.errors });
      if (r.ok) setUrl('');
    });
  const onUpdate = () =>
    run(async () => {
      const r = await refreshTeamSubscription();
      if (!r) return;
      setNotice(
        r.error
          ? { ok: false, text: i18n.t('options.subscription.updateFailed', [failureText(r.failure, r.problems, r.error.replace(/\.$/, ''))]) }
          : { ok: true, text: r.changed ? i18n.t('options.subscription.updated') : i18n.t('options.subscription.upToDate'), warnings: r.warnings },
      );
    });

  return (
    <section class="op-card" aria-labelledby="sub-h">
      <h2 id="sub-h">{i18n.t('options.subscription.title')}</h2>
      {source ? (
        <>
          <p>
            {i18n.t('options.subscription.following')} <code data-testid="subscription-url">{source.url}</code>
          </p>
          <p class="op-muted" data-testid="subscription-status">
            {i18n.t('options.subscription.checked', [when(source.lastChecked), when(source.lastUpdated)])}
            {source.lastError ? i18n.t('options.subscription.lastFailed', [failureText(source.lastFailure, source.lastProblems, source.lastError)]) : ''}
          </p>
          <div class="op-row">
            <button type="button" disabled={busy} onClick={() => void onUpdate()}>
              {i18n.t('options.subscription.update')}
            </button>
            <button type="button" disabled={busy} onClick={() => void removeTeamPack().then(() => setNotice({ ok: true, text: i18n.t('options.subscription.unsubscribed') }))}>
              {i18n.t('options.subscription.unsubscribe')}
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
            {i18n.t('options.subscription.address')}
            <input type="url" value={url} placeholder="https://intranet.example.com/rapport/team.yaml" disabled={!allowed} onInput={(e) => setUrl(e.currentTarget.value)} />
          </label>
          <button type="submit" disabled={busy || !allowed || !url.trim() || problem !== null}>
            {i18n.t('options.subscription.subscribe')}
          </button>
          {problem && <p class="op-bad-text">{addressProblem(problem)}</p>}
        </form>
      )}
      <p class="op-muted">{i18n.t('options.subscription.fetchNote')}</p>
    </section>
  );
}
