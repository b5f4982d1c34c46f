// Per-tab coaching state (DESIGN.md, contract 1). The background writes it to
// `storage.session` under `coach:tab:<tabId>`; the side panel reads and watches that key.
import type { Report } from '@/lib/scoring/types';

export type BoxKind = 'public' | 'internal' | 'unknown';

/** What a content script knows about the reply box the agent is writing in. */
export interface DraftSnapshot {
  /** Stable id of the box within its page, so background tickets keep their own state. */
  boxId: string;
  /** Adapter id: `zendesk`, `jira-service-management`, …, `generic`. */
  site: string;
  boxKind: BoxKind;
  /** The agent's own words: placeholder, quoted history and signature are left out. */
  text: string;
  customerName?: string;
  customerMessage?: string;
  /** The editor kind reading the box (`ckeditor5`, `prosemirror`, `textarea`, …). */
  editor?: string;
  /** The tool's display name (adapter's own, or the pack's for an in-house tool); absent for `generic`. */
  siteName?: string;
  /** 8 hex digits naming the form the box is in (lib/sites/form-key.ts): where an agent's answer is remembered. */
  formKey?: string;
}

export interface CoachTabState {
  url: string;
  site: string;
  boxKind: BoxKind;
  text: string;
  report: Report | null;
  updatedAt: number;
  /** Which frame holds the active box, so actions reach the right one. */
  frameId?: number;
  boxId?: string;
  editor?: string;
  customerName?: string;
  customerMessage?: string;
  siteName?: string;
  formKey?: string;
  /** Who said public or internal: the page's own controls, or the agent answering the panel's question. */
  boxKindFrom?: 'page' | 'agent';
  /** The team's pack switched this tool off (`sites.disable`): nothing is read here. */
  off?: boolean;
}

export const TAB_STATE_PREFIX = 'coach:tab:';

export function tabStateKey(tabId: number): `session:coach:tab:${number}` {
  return `session:${TAB_STATE_PREFIX}${tabId}` as const;
}

export function tabIdFromKey(key: string): number | null {
  const m = /^(?:session:)?coach:tab:(\d+)$/.exec(key);
  return m ? Number(m[1]) : null;
}

/** One banding of scores for every place that colours them (action badge, in-page badge). */
export function scoreBand(score: number): 'good' | 'mid' | 'low' {
  return score >= 80 ? 'good' : score >= 50 ? 'mid' : 'low';
}
