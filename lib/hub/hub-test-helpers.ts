// Shared by the hub's unit tests: a minimal report and the sender a content script's message carries.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { Report } from '@/lib/scoring/types';

/** A report with only a score (0–100) and a calm customer: what the hub stores and badges. */
export const reportWithScore = (score: number): Report => ({
  score,
  signals: {},
  findings: [],
  prompts: [],
  closingQuestions: [],
  mood: { kind: 'calm', hurry: false, upset: false, confused: false, evidence: [] },
});

/** The `sender` of a message from the content script in tab `tabId`, frame `frameId` (0 = top), at `url`. */
export const contentSender = (tabId: number, url: string, frameId = 0) => ({
  id: fakeBrowser.runtime.id,
  tab: { id: tabId, url } as never,
  frameId,
  url,
});
