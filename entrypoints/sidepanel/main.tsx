import { render } from 'preact';
import { z } from 'zod';
import { App } from '@/components/App';
import { ConnectorContext } from '@/lib/panel/context';
import { browserConnector } from '@/lib/panel/browser-connector';
import { startPanel } from '@/lib/panel/store';
import { uiLang } from '@/lib/panel/texts';
import { i18n } from '#i18n';
import '@/components/panel.css';

// The panel reads the effective pack (zod-validated); extension pages forbid eval, so no JIT probe.
z.config({ jitless: true });
// The page speaks the language of the messages the browser picked (pack text carries its own `lang`).
document.documentElement.lang = uiLang();
document.title = i18n.t('panel.heading');
void startPanel(browserConnector);
render(
  <ConnectorContext.Provider value={browserConnector}>
    <App />
  </ConnectorContext.Provider>,
  document.getElementById('app')!,
);
