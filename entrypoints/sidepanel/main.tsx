import { render } from 'preact';
import { App } from '@/components/App';
import { ConnectorContext } from '@/lib/panel/context';
import { browserConnector } from '@/lib/panel/browser-connector';
import { startPanel } from '@/lib/panel/store';
import '@/components/panel.css';

void startPanel(browserConnector);
render(
  <ConnectorContext.Provider value={browserConnector}>
    <App />
  </ConnectorContext.Provider>,
  document.getElementById('app')!,
);
