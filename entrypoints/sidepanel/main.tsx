import { render } from 'preact';
import { App } from '@/components/App';
import { ConnectorContext } from '@/lib/panel/context';
import { browserConnector } from '@/lib/panel/browser-connector';
import { startPanel } from '@/lib/panel/store';
import '@/components/panel.css';

// The panel loads no pack compiler (no zod, no yaml): what it needs of the pack the background
// publishes (lib/packs/in-force.ts); tests/e2e/bundle.spec.ts checks the build output for it.
void startPanel(browserConnector);
render(
  <ConnectorContext.Provider value={browserConnector}>
    <App />
  </ConnectorContext.Provider>,
  document.getElementById('app')!,
);
