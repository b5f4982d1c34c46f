// The adapter registry. A page's adapter is the first whose URL patterns match, else the first whose
// DOM fingerprint is present (self-hosted installs, the demo desk), else `generic`, which comes last.
import type { SiteAdapter } from './types';
import { matchesAny } from './matches';
import { zendesk } from './zendesk';
import { jiraServiceManagement } from './jira-service-management';
import { jiraDataCenter } from './jira-data-center';
import { servicenow } from './servicenow';
import { intercom } from './intercom';
import { freshdesk } from './freshdesk';
import { helpScout } from './help-scout';
import { kayako } from './kayako';
import { gmail } from './gmail';
import { zohoDesk } from './zoho-desk';
import { front } from './front';
import { hubspot } from './hubspot';
import { salesforce } from './salesforce';
import { generic } from './generic';
import { customSite } from './custom';
import { EMPTY_SITE_SETTINGS, type CustomSite, type SiteSettings } from './settings';

export const SITES: readonly SiteAdapter[] = [
  zendesk,
  jiraServiceManagement,
  jiraDataCenter,
  servicenow,
  intercom,
  freshdesk,
  helpScout,
  kayako,
  gmail,
  zohoDesk,
  front,
  hubspot,
  salesforce,
  generic,
];

/** The adapter for a page, and whether the team's pack switched that tool off (`sites.disable`). */
export interface SiteChoice {
  adapter: SiteAdapter;
  off: boolean;
}

let customCache: { from: readonly CustomSite[]; adapters: SiteAdapter[] } | null = null;

function customAdapters(custom: readonly CustomSite[]): SiteAdapter[] {
  if (customCache?.from !== custom) customCache = { from: custom, adapters: custom.map(customSite) };
  return customCache.adapters;
}

/**
 * Picks the adapter: a pack's in-house tool whose patterns match the URL first (the team lead's word
 * wins), then a built-in tool by URL, then by its DOM fingerprint, then `generic`.
 */
export function chooseSite(url: string, doc: Document, settings: SiteSettings = EMPTY_SITE_SETTINGS): SiteChoice {
  const custom = customAdapters(settings.custom).find((s) => matchesAny(s.matches, url));
  if (custom) return { adapter: custom, off: false };
  const known =
    SITES.find((s) => s.matches.length > 0 && matchesAny(s.matches, url)) ?? SITES.find((s) => s !== generic && s.detect(doc)) ?? generic;
  return { adapter: known, off: settings.disable.includes(known.id) };
}

export function siteFor(url: string, doc: Document, settings?: SiteSettings): SiteAdapter {
  return chooseSite(url, doc, settings).adapter;
}

export { generic };
export type { SiteAdapter };
