// URL match patterns Rapport is declared for at install time. Any other site is coached only after
// the agent turns Rapport on for it ("Coach on this site": optional host permission at that moment).
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

/** The bundled demo help desk (`npm start`) and self-hosted tools under test are served on loopback. */
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
