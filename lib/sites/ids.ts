// The ids of the built-in site adapters (contract 1's `site`), as plain data: the rule-pack schema
// checks `sites.disable` against this list without importing any DOM code. The registry test
// (lib/sites/registry.test.ts) fails when this list and the registered adapters differ.
export const SITE_IDS = [
  'zendesk',
  'jira-service-management',
  'jira-data-center',
  'servicenow',
  'intercom',
  'freshdesk',
  'help-scout',
  'kayako',
  'gmail',
  'zoho-desk',
  'front',
  'hubspot',
  'salesforce',
  'generic',
] as const;

export type SiteId = (typeof SITE_IDS)[number];
