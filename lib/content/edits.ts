// Insert and replace requests from the panel, applied to the active box through its editor. What the
// text becomes is decided by the pure fitters (lib/scoring/fit); this file only applies their edits
// and leaves the box as the agent would after typing: focused, caret after an insert, and after a
// rewrite where the agent had left it (moved by the change in length).
import type { EditResult, ReplaceRequest } from '@/lib/messaging';
import { caretAfterEdit, fitInsertion } from '@/lib/scoring/fit/insertion';
import type { ActiveBox, ReplySession } from './session';
import { i18n } from '#i18n';

export async function insertText(session: ReplySession, text: string): Promise<EditResult> {
  const box = activeBox(session);
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
  const box = activeBox(session);
  if ('reason' in box) return box;
  const draft = box.editor.read().text;
  const { start, end } = req;
  if (!(start >= 0 && start <= end && end <= draft.length) || draft.slice(start, end) !== req.actual) {
    return { ok: false, reason: i18n.t('edit.draftChanged') };
  }
  // Where the agent was writing, before the edit moves the editor's selection to the replaced words.
  const agent = session.caretFor(box);
  const result = await box.editor.replace({ start, end }, req.text);
  if (result.ok) await leaveCaret(session, box, caretAfterEdit(agent.end, { span: { start, end }, text: req.text }));
  session.report();
  return result;
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
