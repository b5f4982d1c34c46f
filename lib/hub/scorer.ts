// The background's scorer: compiled once per effective pack, reused for every draft of every tab.
// After a service-worker restart, drafts wait for the pack to load rather than be scored by the wrong one.
import { typingScorers, type ScanStats, type TypingScorer } from '@/lib/scoring/incremental';
import type { RulePack } from '@/lib/rule-pack';
import type { DraftSnapshot } from '@/lib/coach-state';
import type { Report } from '@/lib/scoring/types';

let scorer: (() => TypingScorer) | null = null;
let activePack: RulePack | undefined;
/**
 * One typing scorer per reply box (tab, frame, site and box id), most recently scored last: each keeps only its box's
 * previous draft, so a keystroke rescans just the tokens around the edit (lib/scoring/incremental.ts; the report is a fresh
 * score's). `forgetDrafts` empties every box's memo when a box goes away or its tab closes; at most BOXES are kept.
 */
const boxes = new Map<string, TypingScorer>();
const BOXES = 8;

/**
 * Where a draft was written: the browser tab's id and the frame's id (0 = the top frame). Two tickets open in two tabs
 * of one help desk have the same box id; without the tab each keystroke would rescan against the other tab's draft.
 */
export interface DraftPlace {
  tabId: number;
  frameId?: number;
}

/** The typing scorer of the snapshot's box, made on its first draft. */
function boxScorer(snapshot: DraftSnapshot, place: DraftPlace | undefined): TypingScorer {
  const key = [place?.tabId ?? '', place?.frameId ?? 0, snapshot.site, snapshot.boxId].join('\u0000');
  let box = boxes.get(key);
  if (box) boxes.delete(key);
  else box = (scorer ??= typingScorers(activePack))();
  boxes.set(key, box);
  if (boxes.size > BOXES) {
    const [oldest, dropped] = boxes.entries().next().value!;
    dropped.forget();
    boxes.delete(oldest);
  }
  return box;
}
/**
 * What the memos of the boxes kept now did so far (whole scans, windows, tokens), summed; for tests and the bench.
 * A box dropped (over BOXES, a new pack) no longer counts.
 */
export function boxScanStats(): ScanStats {
  const sum: ScanStats = { whole: 0, windows: 0, windowTokens: 0, tokens: 0 };
  for (const box of boxes.values()) {
    sum.whole += box.stats.whole;
    sum.windows += box.stats.windows;
    sum.windowTokens += box.stats.windowTokens;
    sum.tokens += box.stats.tokens;
  }
  return sum;
}

let ready: Promise<void> = Promise.resolve();

export function usePack(pack: RulePack | undefined): void {
  activePack = pack;
  scorer = null;
  for (const box of boxes.values()) box.forget();
  boxes.clear();
}

/** Scoring waits this long for a pack at most; a draft is never held back by a slow store. */
const PACK_WAIT_MS = 3000;

/**
 * Loads the pack to score with; until it arrives (or PACK_WAIT_MS passes) scoring waits. A failed
 * load keeps the default pack; a late one takes over when it arrives.
 */
export function loadPack(load: () => Promise<RulePack>): Promise<void> {
  const loaded = load().then(usePack, () => usePack(undefined));
  ready = Promise.race([loaded, new Promise<void>((resolve) => setTimeout(resolve, PACK_WAIT_MS))]);
  return loaded;
}

/**
 * Scores a draft as written at `writtenAt` (epoch ms; now by default), so its promises fall due from then. `place` (the
 * tab and frame it came from) keeps each tab's box its own typing memo; without it boxes are told apart by site and id.
 */
export async function scoreSnapshot(snapshot: DraftSnapshot, writtenAt = Date.now(), place?: DraftPlace): Promise<Report> {
  await ready;
  return boxScorer(snapshot, place).score(snapshot.text, {
    boxKind: snapshot.boxKind,
    customerName: snapshot.customerName,
    customerMessage: snapshot.customerMessage,
    // Promises fall due from then, in this browser's time zone (the agent's).
    writtenAt,
  });
}
