import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { DEMO_MATCHES, KNOWN_TOOL_MATCHES } from './lib/sites/matches';
import { thirdPartyNotices } from './scripts/notices';
import pkg from './package.json';

// THIRD-PARTY-NOTICES.txt: every bundled npm package with its licence text and NOTICE; the build
// fails when a bundled package is missing from it (scripts/notices.ts).
const notices = thirdPartyNotices(`Rapport ${pkg.version}`);


export default defineConfig({
  modules: ['@wxt-dev/i18n/module'],
  vite: () => ({ plugins: [preact(), notices.vitePlugin()] }),
  hooks: notices.hooks,
  manifest: ({ browser }) => ({
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    permissions: ['storage', 'tabs', 'scripting', 'alarms', 'notifications', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    host_permissions: [...KNOWN_TOOL_MATCHES, ...DEMO_MATCHES],
    // "Coach on this site" asks for one site's access at the moment the agent turns it on.
    ...(browser === 'firefox' ? { optional_permissions: ['*://*/*'] } : { optional_host_permissions: ['*://*/*'] }),
    action: { default_title: '__MSG_actionTitle__' },
    commands:
      browser === 'firefox'
        ? { _execute_sidebar_action: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpen__' } }
        : { _execute_action: { suggested_key: { default: 'Alt+Shift+R' }, description: '__MSG_commandOpen__' } },
    // Admins deploy a team pack through enterprise policy (storage.managed); Firefox reads policies.json.
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Rapport collects nothing: drafts and scores stay in the browser.
            gecko: { id: 'rapport@rapport.invalid', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
});
