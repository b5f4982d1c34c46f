import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { siteSettingsOf } from '@/lib/sites/settings';
import { testUrl, type UrlVerdict } from '@/lib/sites/url-test';
import { permissionOrigins } from '@/lib/hub/sites';
import { useOptions } from './store';
import { i18n } from '#i18n';

function isSelector(selector: string): boolean {
  try {
    document.createDocumentFragment().querySelector(selector);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Does Rapport coach here?": the lead types a ticket page's address and sees which tool serves it —
 * an in-house tool of the pack (the one being edited, while it is valid), a built-in tool, or the
 * generic reading — whether the pack switched it off, and, for an in-house tool, whether the agent
 * has allowed Rapport there yet (with the button that asks).
 */
export function SiteTester() {
  const pack = useOptions((s) => (s.preview ?? s.active)?.pack ?? null);
  const [url, setUrl] = useState('');
  const [verdict, setVerdict] = useState<UrlVerdict | null>(null);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const origins = verdict?.kind === 'custom' ? permissionOrigins(verdict.pattern) : [];

  useEffect(() => {
    setAllowed(null);
    if (origins.length === 0) return;
    void browser.permissions.contains({ origins }).then(setAllowed, () => setAllowed(false));
  }, [origins.join(' ')]);

  const run = (ev: Event) => {
    ev.preventDefault();
    if (!pack) return;
    setVerdict(testUrl(url, siteSettingsOf(pack), document.implementation.createHTMLDocument(''), isSelector));
  };
  const allow = async () => {
    const granted = await browser.permissions.request({ origins }).catch(() => false);
    setAllowed(granted);
  };

  return (
    <section class="op-card" aria-labelledby="site-tester-h">
      <h2 id="site-tester-h">{i18n.t('siteTester.title')}</h2>
      <form class="op-row" onSubmit={run}>
        <label>
          {i18n.t('siteTester.label')}
          <br />
          <input type="url" size={40} value={url} placeholder="https://desk.example.com/tickets/123" onInput={(e) => setUrl((e.target as HTMLInputElement).value)} />
        </label>
        <button type="submit" disabled={!url.trim()}>
          {i18n.t('siteTester.test')}
        </button>
      </form>
      {verdict ? (
        <div role="status" data-testid="site-verdict">
          <Verdict verdict={verdict} />
          {verdict.kind === 'custom' && allowed === false ? (
            <p>
              {i18n.t('siteTester.notAllowed')}{' '}
              <button type="button" onClick={allow}>
                {i18n.t('siteTester.allow', [origins[0]?.replace(/^\w+:\/\/|\/\*$/g, '') ?? ''])}
              </button>
            </p>
          ) : null}
          {verdict.kind === 'custom' && allowed === true ? <p class="op-ok-text">{i18n.t('siteTester.allowed')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}

function Verdict({ verdict }: { verdict: UrlVerdict }) {
  switch (verdict.kind) {
    case 'invalid':
      return <p class="op-bad-text">{i18n.t('siteTester.invalid')}</p>;
    case 'custom':
      return (
        <>
          <p>{i18n.t('siteTester.custom', [verdict.site.name, verdict.pattern])}</p>
          <p class="op-muted">{verdict.site.internal_marker || verdict.site.public_marker ? i18n.t('siteTester.markers') : i18n.t('siteTester.noMarkers')}</p>
          {verdict.problems.length > 0 ? (
            <ul class="op-problems">
              {verdict.problems.map((p) => (
                <li key={p.field}>{i18n.t('siteTester.badSelector', [`sites.custom.${verdict.site.id}.${p.field}`, p.selector])}</li>
              ))}
            </ul>
          ) : null}
        </>
      );
    case 'known':
      return <p class={verdict.off ? 'op-bad-text' : undefined}>{verdict.off ? i18n.t('siteTester.knownOff', [verdict.name]) : i18n.t('siteTester.known', [verdict.name])}</p>;
    case 'other':
      return <p class={verdict.off ? 'op-bad-text' : undefined}>{verdict.off ? i18n.t('siteTester.otherOff') : i18n.t('siteTester.other')}</p>;
  }
}
