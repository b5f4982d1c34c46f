// Insert and replace requests from the panel, applied to the active box through its editor. What the
// text becomes is decided by the pure fitters (lib/scoring/fit); this file only applies their edits
// and leaves the box as the agent would after typing: focused, caret after an insert, and after a
// rewrite where the agent had left it (moved by the change in length). Every edit first lets the
// editor's undo-grouping window pass since the agent's last change (Editor.settle, undo-window.ts), so
// one Ctrl+Z takes back just the edit; the draft, caret and span are read after that wait.
import type { EditResult, ReplaceRequest } from '@/lib/messaging';
import { caretAfterEdit, fitInsertion } from '@/lib/scoring/fit/insertion';
import type { ActiveBox, ReplySession } from './session';
import { i18n } from '#i18n';

export async function insertText(session: ReplySession, text: string): Promise<EditResult> {
  const box = await settledBox(session);
  if ('reason' in box) return box;
  const draft = box.editor.read().text;
  const edit = fitInsertion(draft, session.caretFor(box), text, { name: session.customerName });
  if (edit.text === '') return { ok: false, reason: i18n.t('edit.nothingToInsert') };
  const result = await box.editor.replace(edit.span, edit.text);
  if (result.ok) await leaveCaret(session, box, edit.caret);
  session.report();
  return result;
}

export async function replaceText(session: ReplySession, req: ReplaceRequest): Promise<EditResult> {
  // A span that is already stale is refused at once; one that goes stale while the editor settles
  // (the agent typed on) is refused after it.
  const first = activeBox(session);
  if ('reason' in first) return first;
  if (!spanHolds(first.editor.read().text, req)) return { ok: false, reason: i18n.t('edit.draftChanged') };
  const box = await settledBox(session);
  if ('reason' in box) return box;
  if (!spanHolds(box.editor.read().text, req)) return { ok: false, reason: i18n.t('edit.draftChanged') };
  const { start, end } = req;
  // Where the agent was writing, before the edit moves the editor's selection to the replaced words.
  const agent = session.caretFor(box);
  const result = await box.editor.replace({ start, end }, req.text);
  if (result.ok) await leaveCaret(session, box, caretAfterEdit(agent.end, { span: { start, end }, text: req.text }));
  session.report();
  return result;
}

/** Whether `req.actual` still stands at [req.start, req.end) of `draft` (UTF-16 offsets). */
function spanHolds(draft: string, req: ReplaceRequest): boolean {
  const { start, end } = req;
  return start >= 0 && start <= end && end <= draft.length && draft.slice(start, end) === req.actual;
}

/**
 * The active box once its editor's undo-grouping window has passed since the last change seen in it
 * (Editor.settle: at most 1.2 s). The box must still be the active one after the wait; its caret is
 * read again then (the agent may have typed on), so the edit goes where they left it.
 */
async function settledBox(session: ReplySession): Promise<ActiveBox | { ok: false; reason: string }> {
  const box = activeBox(session);
  if ('reason' in box) return box;
  await box.editor.settle();
  const now = activeBox(session);
  if ('reason' in now) return now;
  if (now.el !== box.el) return { ok: false, reason: i18n.t('edit.draftChanged') };
  // Reports a draft that changed during the wait and saves the caret from the live selection.
  session.report();
  return now;
}

function activeBox(session: ReplySession): ActiveBox | { ok: false; reason: string } {
  session.check();
  const box = session.active;
  if (!box) return { ok: false, reason: i18n.t('edit.noBoxOnPage') };
  if (!box.el.isConnected) return { ok: false, reason: i18n.t('edit.boxClosed') };
  return box;
}

/** Focus back in the box with the caret at `offset`, remembered for the next insert. */
async function leaveCaret(session: ReplySession, box: ActiveBox, offset: number): Promise<void> {
  try {
    await box.editor.placeCaret(offset);
  } catch {
    // The edit itself succeeded; a caret the editor would not take is not worth failing it for.
  }
  session.setCaret(box, { start: offset, end: offset });
}
