import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Ticketing tools Rapport knows. Other sites are coached only after the agent turns Rapport on for
// them ("Coach on this site"), through an optional host permission requested at that moment.
export const KNOWN_TOOL_MATCHES = [
  '*://*.zendesk.com/*',
  '*://*.atlassian.net/*',
  '*://*.service-now.com/*',
  '*://app.intercom.com/*',
  '*://*.freshdesk.com/*',
  '*://secure.helpscout.net/*',
  '*://*.kayako.com/*',
  '*://mail.google.com/*',
];
// The bundled demo help desk (npm start) is served on loopback.
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description:
      'Coaches help-desk replies as you write them: empathy, ownership, closing questions. Runs locally; no ticket text leaves the browser.',
    permissions: ['storage', 'tabs', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...KNOWN_TOOL_MATCHES, ...DEMO_MATCHES],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Rapport coach' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'rapport@rapport.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});
