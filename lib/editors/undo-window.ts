// Editors group changes that come close together into one undo step. An Insert or Apply that reaches
// the editor inside that window after the agent's last keystroke joins their typing, and one Ctrl+Z
// then takes back the typing with it (issue 12: Froala in the lead's CI run of 4d606ba, ProseMirror
// under load). So an edit first waits until the editor's window has passed since the last change seen
// in the box — timing, because the content script cannot reach the editors' own APIs (they live in
// the page's world), and because blurring the box or moving the agent's caret to close a group would
// change what the agent is doing. Pure: the clock is passed in.
import type { EditorKind } from './types';

/**
 * How long (ms) after a change each editor kind may still put the next change into the same undo
 * step, for the input path Rapport's edits take into that editor (rich.ts, per module). 0: that path
 * is an undo step of its own whatever the timing, so an edit never waits.
 *
 * | kind            | ms   | source (package version in package-lock.json)                                                                  |
 * |-----------------|------|----------------------------------------------------------------------------------------------------------------|
 * | prosemirror     | 500  | prosemirror-history 1.5.1, dist/index.js:278-280 (a transaction starts a new group only when `prevTime < tr.time - newGroupDelay` or it is not adjacent) and :375 (`newGroupDelay` defaults to 500); prosemirror-example-setup and Tiptap's History keep the default. |
 * | froala          | 500  | froala-editor 5.4.0, js/froala_editor.min.js, keys module: a character keydown (re)starts a timer of `Math.max(250, opts.typingTimer)` that saves the undo snapshot, and a keyless keyup saves one only when no such timer is pending; defaults `typingTimer:500`. |
 * | quill           | 1000 | quill 2.0.3, modules/history.js:6 (`delay: 1000`) and :93 (a change joins the last step while `lastRecorded + delay > now`; `lastRecorded` is the step's first change, so waiting from the last change is on the safe side). |
 * | lexical         | 0    | @lexical/history 0.52.0, src/index.ts:299-309: an update tagged PASTE_TAG is never merged (the merge window, `delay` 300 ms at :785, applies to typing only); @lexical/rich-text src/index.ts:571-574 tags its paste so. |
 * | ckeditor5       | 0    | @ckeditor/ckeditor5-typing 48.5.2, dist/index.js:68-77: any other undoable batch (the clipboard pipeline's paste) closes the typing batch; no timer. |
 * | slate           | 0    | slate-history 0.115.0, dist/index.js:187-260: merging is by operation adjacency, not time (handled by `mergesAdjacentInserts`). |
 * | tinymce         | 0    | tinymce 8.9.2: a paste goes through insertContent as a command of its own undo level; no timer decides grouping. |
 * | ckeditor4       | 0    | ckeditor4 4.22.1: its undo plugin takes a snapshot before a paste; typing is grouped by keystroke count, not time. |
 * | editorjs        | 0    | the browser's own undo (execCommand insertText after a script selection closes the typing command). |
 * | contenteditable | 0    | the browser's own undo; Summernote 0.9.1 and Squire 2.4.8 (also this kind) get a snapshot bracket or their paste step (summernote.ts, zoho-desk.ts). |
 * | textarea        | 0    | the browser's own undo. |
 */
export const UNDO_GROUP_MS: Readonly<Record<EditorKind, number>> = {
  prosemirror: 500,
  froala: 500,
  quill: 1000,
  lexical: 0,
  ckeditor5: 0,
  slate: 0,
  tinymce: 0,
  ckeditor4: 0,
  editorjs: 0,
  contenteditable: 0,
  textarea: 0,
};

/**
 * Added to an editor's window (ms): the content script sees a change a task or so after the editor
 * stamped it, and the editor's own typing timer (Froala) may fire a little after it was due.
 */
export const QUIET_MARGIN_MS = 100;

/**
 * The longest an edit waits for quiet (ms). Past it the edit goes ahead (the agent asked for it; it is
 * still verified), at the risk of sharing an undo step with typing that never paused.
 */
export const MAX_QUIET_WAIT_MS = 1200;

/**
 * How long (ms) an edit asked for at `startedAt` should still wait at `now`: until `windowMs` +
 * QUIET_MARGIN_MS after `lastChange` (ms, same clock), but never past `startedAt + maxWaitMs`.
 * 0 means go now; so does an editor without a window or a box with no change seen yet.
 */
export function quietDelay(now: number, lastChange: number | undefined, windowMs: number, startedAt: number, maxWaitMs = MAX_QUIET_WAIT_MS): number {
  if (windowMs <= 0 || lastChange === undefined) return 0;
  const due = lastChange + windowMs + QUIET_MARGIN_MS;
  return Math.max(0, Math.min(due, startedAt + maxWaitMs) - now);
}

/** The clock an edit waits on: `now()` in ms (monotonic), `sleep(ms)` resolves no earlier than that. */
export interface QuietClock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export interface QuietOutcome {
  /** The window had passed when the wait ended (false: it ended at the cap, the box still busy). */
  quiet: boolean;
  /** How long the wait took (ms). */
  waitedMs: number;
}

/**
 * Waits until an edit made now would be an undo step of its own: `windowMs` + margin after the last
 * change `lastChange()` reports (ms on `clock`, undefined when none was seen). A change during the
 * wait (the agent typing on) starts the window again; the whole wait ends by `maxWaitMs` (ms).
 */
export async function untilQuiet(lastChange: () => number | undefined, windowMs: number, clock: QuietClock, maxWaitMs = MAX_QUIET_WAIT_MS): Promise<QuietOutcome> {
  const startedAt = clock.now();
  for (;;) {
    const left = quietDelay(clock.now(), lastChange(), windowMs, startedAt, maxWaitMs);
    if (left <= 0) break;
    await clock.sleep(left);
  }
  const now = clock.now();
  const last = lastChange();
  const quiet = windowMs <= 0 || last === undefined || now >= last + windowMs + QUIET_MARGIN_MS;
  return { quiet, waitedMs: now - startedAt };
}

/** A key, as a keydown reports it. */
export interface KeyLike {
  key: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
}

/**
 * Whether a keydown types or deletes text (a printable character, Enter, Backspace, Delete): the keys
 * whose keydown starts an editor's typing timer (Froala's keys module counts exactly these) before
 * any change reaches the DOM. Navigation, modifiers and shortcuts are not changes.
 */
export function keyChangesText(e: KeyLike): boolean {
  if (e.ctrlKey || e.metaKey) return false;
  if (e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Delete') return true;
  // Printable keys report themselves as one character (a surrogate pair for some); named keys are words.
  return [...e.key].length === 1;
}
