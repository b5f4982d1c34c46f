// The product names of the tools with an adapter, by adapter id: what the panel and the progress
// page show (not translated). Kept apart from the adapters so extension pages can name a tool
// without bundling the adapters' page code (36 KB).
export const SITE_NAMES = {
  'freshdesk': 'Freshdesk',
  'front': 'Front',
  'gmail': 'Gmail',
  'help-scout': 'Help Scout',
  'hubspot': 'HubSpot',
  'intercom': 'Intercom',
  'jira-data-center': 'Jira Data Center',
  'jira-service-management': 'Jira Service Management',
  'kayako': 'Kayako',
  'salesforce': 'Salesforce',
  'servicenow': 'ServiceNow',
  'zendesk': 'Zendesk',
  'zoho-desk': 'Zoho Desk',
} as const satisfies Record<string, string>;

/** The product name for an adapter id, or undefined for an id without an adapter (generic, a pack's own tool). */
export function productName(id: string): string | undefined {
  return (SITE_NAMES as Record<string, string | undefined>)[id];
}
