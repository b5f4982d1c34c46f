import { render } from 'preact';
import { App } from '@/components/App';
import { ConnectorContext } from '@/lib/panel/context';
import { browserConnector } from '@/lib/panel/browser-connector';
import { startPanel } from '@/lib/panel/store';
import { uiLang } from '@/lib/panel/texts';
import { i18n } from '#i18n';
import { keepFocus } from '@/lib/panel/keep-focus';
import '@/components/panel.css';

// The panel loads no pack compiler (no zod, no yaml): what it needs of the pack the background
// publishes (lib/packs/in-force.ts); tests/e2e/bundle.spec.ts checks the build output for it.
// The page speaks the language of the messages the browser picked (pack text carries its own `lang`).
document.documentElement.lang = uiLang();
document.title = i18n.t('panel.heading');
void startPanel(browserConnector);
const mount = document.getElementById('app')!;
// A control that goes away after Insert, Apply or Dismiss hands focus to its neighbour, not to <body>.
keepFocus(mount);
render(
  <ConnectorContext.Provider value={browserConnector}>
    <App />
  </ConnectorContext.Provider>,
  mount,
);
