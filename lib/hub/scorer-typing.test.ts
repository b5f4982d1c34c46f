// Session 43 (speed): the background scores each reply box with its own typing scorer (lib/scoring/incremental.ts):
// the reports are a fresh score's, keystroke after keystroke, and forgetting drafts drops what a box kept.
import { describe, expect, it } from 'vitest';
import { createScorer, forgetDrafts } from '@/lib/scoring';
import { heldDraftEntries } from '@/lib/scoring/draft-memory';
import { boxScanStats, scoreSnapshot, usePack } from './scorer';

const fresh = createScorer();
const box = (boxId: string, text: string) => ({ boxId, site: 'zendesk', boxKind: 'public' as const, text, customerMessage: 'My order never came and I need it by Friday.' });
// Written for this test: a long reply, so a keystroke in its middle is rescored by a window.
const LONG = Array.from({ length: 30 }, (_, i) => `Step ${i + 1}: I have checked the courier's tracking for your parcel and it is still at the depot.`).join(' ');

describe('the background rescores a reply box incrementally', () => {
  it('gives a fresh score’s report on every keystroke, in two boxes typed in turn', async () => {
    const at = Date.UTC(2026, 11, 6, 12);
    let a = LONG;
    let b = 'Hi Ana, I am sorry the parcel is late.';
    for (let k = 0; k < 6; k++) {
      a = a.slice(0, 1200 + k) + 'x' + a.slice(1200 + k);
      b = `${b} Thanks`;
      for (const [id, text] of [['a', a], ['b', b]] as const) {
        const s = box(id, text);
        const report = await scoreSnapshot(s, at);
        expect(JSON.stringify(report)).toBe(JSON.stringify(fresh.score(text, { customerMessage: s.customerMessage, writtenAt: at })));
      }
    }
  });

  it('keeps each tab’s box its own memo when two tickets in two tabs share a box id', async () => {
    // Session 45: the memo was keyed by site and box id only, so two tabs of one help desk (same box id) took turns
    // replacing each other's draft and every keystroke rescanned the whole draft. Keyed by tab, each keystroke after
    // the first is a window, and the reports are still a fresh score's.
    usePack(undefined);
    const at = Date.UTC(2026, 11, 7, 12);
    const drafts = { 1: LONG, 2: LONG.replace(/parcel/g, 'order') };
    for (let k = 0; k < 5; k++) {
      for (const tabId of [1, 2] as const) {
        drafts[tabId] = drafts[tabId].slice(0, 900 + k) + 'y' + drafts[tabId].slice(900 + k);
        const s = box('reply', drafts[tabId]);
        const report = await scoreSnapshot(s, at, { tabId, frameId: 0 });
        expect(JSON.stringify(report)).toBe(JSON.stringify(fresh.score(drafts[tabId], { customerMessage: s.customerMessage, writtenAt: at })));
      }
    }
    const stats = boxScanStats();
    expect(stats.whole).toBe(2);
    expect(stats.windows).toBe(8);
  });

  it('keeps no draft once drafts are forgotten', async () => {
    await scoreSnapshot(box('c', LONG));
    forgetDrafts();
    expect(heldDraftEntries()).toBe(0);
  });
});
