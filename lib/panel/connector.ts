// The side panel talks to the rest of the extension only through this connector, so its components
// can be rendered and tested with a mock and no browser at all.
import type { CoachTabState } from '@/lib/coach-state';
import type { EditResult, ReplaceRequest } from '@/lib/messaging';
import type { AlphabetId, DigitStyle } from '@/lib/phonetic';

export interface PanelConnector {
  /** The tab the panel is bound to (`?tabId=N`), or the active tab it follows. */
  initialTab(): Promise<{ tabId: number | null; bound: boolean }>;
  /** Calls back with the newly active tab whenever the agent switches tabs (unbound panels only). */
  followActiveTab(cb: (tabId: number) => void): () => void;
  getState(tabId: number): Promise<CoachTabState | null>;
  watchState(tabId: number, cb: (state: CoachTabState | null) => void): () => void;
  insert(tabId: number, text: string): Promise<EditResult>;
  replace(tabId: number, req: ReplaceRequest): Promise<EditResult>;
  coachSite(tabId: number): Promise<EditResult>;
  /** The agent's answer to "reply or internal note?" for the tab's box; null forgets it. */
  answerBoxKind(tabId: number, kind: 'public' | 'internal' | null): Promise<EditResult>;
  copy(text: string): Promise<void>;
  /** Bonus tips this requester was already offered (by tip id). */
  offeredTips(customerName: string | undefined): Promise<string[]>;
  markTipOffered(customerName: string | undefined, tipId: string): Promise<void>;
  /** The phonetic alphabet: the agent's choice, else the pack's, else ICAO. */
  phoneticPrefs(): Promise<PhoneticPrefs>;
  setAlphabet(id: AlphabetId): Promise<void>;
  /**
   * After an Insert or Apply: put the agent back in the reply box. The content script has already
   * focused the box in its page; this brings the tab and its window forward when the panel is not
   * docked beside it (a pop-out window, or the panel opened as a tab).
   */
  showReplyBox(tabId: number): Promise<void>;
}

export interface PhoneticPrefs {
  alphabet: AlphabetId;
  digits: DigitStyle;
}
