// Telling the truth about an edit: after the editor had its say, the draft is read back and compared
// with what the edit should have produced. Only an exact match is a success; anything else is a
// failure the panel reports, with the draft put back when the editor changed it half-way.
import { i18n } from '#i18n';
import type { EditResult } from '@/lib/messaging';
import type { Span } from './types';

/** The draft `before` with [span.start, span.end) replaced by `text` (UTF-16 offsets, clamped). */
export function spliceText(before: string, span: Span, text: string): string {
  const start = Math.max(0, Math.min(span.start, before.length));
  const end = Math.max(start, Math.min(span.end, before.length));
  return before.slice(0, start) + text + before.slice(end);
}

/**
 * Where two drafts differ: `a.slice(start, aEnd)` stands where `b.slice(start, bEnd)` stands; the text
 * before `start` and after the ends is shared. Null when they are equal.
 */
export function differingSpan(a: string, b: string): { start: number; aEnd: number; bEnd: number } | null {
  if (a === b) return null;
  let start = 0;
  const shorter = Math.min(a.length, b.length);
  while (start < shorter && a[start] === b[start]) start++;
  let tail = 0;
  while (tail < shorter - start && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  return { start, aEnd: a.length - tail, bEnd: b.length - tail };
}

/**
 * Waits until `read()` returns `expected`, re-reading after each DOM change under `root`, for at most
 * `timeoutMs` (ms) — editors with a model apply an insert synchronously, in a microtask or on their
 * next render. Returns the last draft read. A match must also survive the editor's next render: an
 * editor that reverts DOM edits it did not make (CKEditor 5) does so within a task.
 */
export function settledDraft(root: Node, read: () => string, expected: string, timeoutMs = 1500): Promise<string> {
  const view = root.ownerDocument?.defaultView ?? window;
  return new Promise((resolve) => {
    let timer = 0;
    const observer = new view.MutationObserver(() => void check());
    const finish = (draft: string) => {
      observer.disconnect();
      view.clearTimeout(timer);
      resolve(draft);
    };
    const check = async () => {
      if (read() !== expected) return;
      // Still there once the editor had a task to re-render (or revert) from its model?
      await nextTask();
      if (read() === expected) finish(expected);
    };
    observer.observe(root, { childList: true, characterData: true, subtree: true });
    timer = view.setTimeout(() => finish(read()), timeoutMs);
    void check();
  });
}

/** Resolves in a later task. A message, not a timer: background tabs clamp timers to a second. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export type Attempt = (span: Span, text: string) => Promise<void>;

/**
 * Runs one edit through `attempt` and judges it by reading the draft back. When the editor changed
 * the draft but not into what was asked (a rewrite that deleted the phrase and inserted nothing),
 * the difference is put back through the same input path — never through the editor's undo, which
 * could also take back the agent's own typing — and the result says whether that worked.
 * `timeoutMs` bounds each wait for the editor (ms).
 */
export async function verifiedEdit(
  root: Node,
  read: () => string,
  span: Span,
  text: string,
  attempt: Attempt,
  timeoutMs = 1500,
): Promise<EditResult> {
  const before = read();
  const expected = spliceText(before, span, text);
  await attempt(span, text);
  const after = await settledDraft(root, read, expected, timeoutMs);
  if (after === expected) return { ok: true };
  if (after === before) return { ok: false, reason: i18n.t('edit.notTaken') };
  const diff = differingSpan(after, before);
  if (diff) {
    await attempt({ start: diff.start, end: diff.aEnd }, before.slice(diff.start, diff.bEnd));
    if ((await settledDraft(root, read, before, timeoutMs)) === before) return { ok: false, reason: i18n.t('edit.putBack') };
  }
  return { ok: false, reason: i18n.t('edit.changed') };
}
