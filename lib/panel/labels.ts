// Words the panel shows for adapter ids, box kinds and scores.
import type { BoxKind } from '@/lib/coach-state';

const SITE_NAMES: Record<string, string> = {
  zendesk: 'Zendesk',
  'jira-service-management': 'Jira Service Management',
  'jira-data-center': 'Jira Data Center',
  servicenow: 'ServiceNow',
  intercom: 'Intercom',
  freshdesk: 'Freshdesk',
  'help-scout': 'Help Scout',
  kayako: 'Kayako',
  gmail: 'Gmail',
  generic: 'This site',
};

export function siteName(site: string): string {
  return SITE_NAMES[site] ?? site;
}

export function boxLabel(kind: BoxKind): string {
  return kind === 'public' ? 'public reply' : kind === 'internal' ? 'internal note' : 'reply';
}

export function verdict(score: number): string {
  if (score >= 85) return 'Warm and complete';
  if (score >= 65) return 'Good, a few gaps';
  if (score >= 40) return 'Needs some care';
  return 'Just getting started';
}
