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
import { generic } from './generic';

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
  generic,
];

export function siteFor(url: string, doc: Document): SiteAdapter {
  const byUrl = SITES.find((s) => s.matches.length > 0 && matchesAny(s.matches, url));
  if (byUrl) return byUrl;
  return SITES.find((s) => s.detect(doc)) ?? generic;
}

export { generic };
export type { SiteAdapter };
