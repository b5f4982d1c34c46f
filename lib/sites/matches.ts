import { MatchPattern } from '@webext-core/match-patterns';
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
  '*://desk.zoho.com/*',
  '*://desk.zoho.eu/*',
  '*://desk.zoho.in/*',
  '*://desk.zoho.com.au/*',
  '*://desk.zoho.jp/*',
  '*://app.frontapp.com/*',
  '*://app.hubspot.com/*',
  '*://app-eu1.hubspot.com/*',
  '*://*.lightning.force.com/*',
  '*://*.my.salesforce.com/*',
];

/** The bundled demo help desk (`npm start`) and self-hosted tools under test are served on loopback. */
export const DEMO_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];

const compiled = new Map<string, MatchPattern | null>();

/**
 * Whether `url` falls under any of `patterns` (extension match-pattern syntax, ports ignored as the
 * browser ignores them), parsed once by @webext-core/match-patterns. A pattern that does not parse
 * matches nothing; a URL that does not parse matches nothing.
 */
export function matchesAny(patterns: readonly string[], url: string): boolean {
  try {
    new URL(url);
  } catch {
    return false;
  }
  return patterns.some((p) => {
    let m = compiled.get(p);
    if (m === undefined) {
      try {
        m = new MatchPattern(p);
      } catch {
        m = null;
      }
      compiled.set(p, m);
    }
    // A string, not a URL object: the library's URL branch tests `instanceof Location`, absent in Node.
    return m?.includes(url) ?? false;
  });
}
