// The background's scorer: compiled once per effective pack, reused for every draft of every tab.
// After a service-worker restart, drafts wait for the pack to load rather than be scored by the wrong one.
import { typingScorers, type TypingScorer } from '@/lib/scoring/incremental';
import type { RulePack } from '@/lib/rule-pack';
import type { DraftSnapshot } from '@/lib/coach-state';
import type { Report } from '@/lib/scoring/types';

let scorer: (() => TypingScorer) | null = null;
let activePack: RulePack | undefined;
/**
 * One typing scorer per reply box (site and box id), most recently scored last: each keeps only its box's previous
 * draft, so a keystroke rescans just the tokens around the edit (lib/scoring/incremental.ts; the report is a fresh
 * score's). `forgetDrafts` empties every box's memo when a box goes away or its tab closes; at most BOXES are kept.
 */
const boxes = new Map<string, TypingScorer>();
const BOXES = 8;

/** The typing scorer of the snapshot's box, made on its first draft. */
function boxScorer(snapshot: DraftSnapshot): TypingScorer {
  const key = `${snapshot.site}\u0000${snapshot.boxId}`;
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

/** Scores a draft as written at `writtenAt` (epoch ms; now by default), so its promises fall due from then. */
export async function scoreSnapshot(snapshot: DraftSnapshot, writtenAt = Date.now()): Promise<Report> {
  await ready;
  return boxScorer(snapshot).score(snapshot.text, {
    boxKind: snapshot.boxKind,
    customerName: snapshot.customerName,
    customerMessage: snapshot.customerMessage,
    // Promises fall due from then, in this browser's time zone (the agent's).
    writtenAt,
  });
}
