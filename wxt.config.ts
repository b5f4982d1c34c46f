import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEMO_MATCHES, KNOWN_TOOL_MATCHES } from './lib/sites/matches';


export default defineConfig({
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'Rapport',
    description:
      'Coaches help-desk replies as you write them: empathy, ownership, closing questions. Runs locally; no ticket text leaves the browser.',
    permissions: ['storage', 'tabs', 'scripting', 'alarms', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...KNOWN_TOOL_MATCHES, ...DEMO_MATCHES],
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Rapport coach' },
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open the Rapport coach' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: 'Open the Rapport coach' } },
    // Admins deploy a team pack through enterprise policy (storage.managed); Firefox reads policies.json.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'rapport@rapport.invalid', strict_min_version: '128.0' } } }
      : {}),
  }),
});
