// The one message protocol between the extension's parts. Every message names its data and its
// answer here, so a change on one side fails to type-check on the other.
import { defineExtensionMessaging } from '@webext-core/messaging';
import type { Report } from '@/lib/scoring/types';
import type { BoxKind, DraftSnapshot } from '@/lib/coach-state';
import type { FollowUpAction, SentReply } from '@/lib/followup/types';

export interface EditResult {
  ok: boolean;
  /** Why nothing was changed, in words the panel can show. */
  reason?: string;
}

export interface ReplaceRequest {
  start: number;
  end: number;
  /** The text expected at [start, end); the edit is refused when the draft changed under it. */
  actual: string;
  text: string;
}

export interface ProtocolMap {
  /** content → background: the draft in the active reply box changed (debounced). */
  draftChanged(snapshot: DraftSnapshot): Report | null;
  /** content → background: the agent clicked the in-page badge; open the coach for this tab. */
  openCoach(): void;
  /** content → background: the reply box this frame reported is gone (ticket closed, box unmounted). */
  boxGone(data: { boxId: string }): void;
  /** content → background: this page's tool is switched off by the team's pack (`sites.disable`). */
  siteOff(data: { site: string; siteName?: string }): void;
  /** content → background: the agent sent the reply (lib/content/sent.ts); record it, schedule its promises. */
  replySent(data: SentReply): void;
  /** panel / progress page → background: mark a follow-up done, snooze it, or open its ticket. */
  followUp(data: { id: string; action: FollowUpAction }): EditResult;

  /** panel → background → content: insert text at the saved caret of the tab's active reply box. */
  insertIntoTab(data: { tabId: number; text: string }): EditResult;
  /** panel → background → content: replace a finding's span with a rewrite. */
  replaceInTab(data: { tabId: number } & ReplaceRequest): EditResult;
  /** panel → background: ask for host permission and start coaching on the tab's site. */
  coachSite(data: { tabId: number }): EditResult;
  /** panel → background: the agent says the tab's box is a reply or a note (null: forget the answer). */
  answerBoxKind(data: { tabId: number; kind: 'public' | 'internal' | null }): EditResult;

  /** background → content (one frame): insert at the caret of the active box. */
  insertText(data: { text: string }): EditResult;
  /** background → content (one frame): replace a span of the active box's draft. */
  replaceText(data: ReplaceRequest): EditResult;
  /** background → content: report the current draft again (after a pack change or worker restart). */
  rescan(): void;
}

export const messaging = defineExtensionMessaging<ProtocolMap>();
export const { sendMessage, onMessage } = messaging;
export type { BoxKind };
