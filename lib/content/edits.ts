// Insert and replace requests from the panel, applied to the active box through its editor.
import type { EditResult, ReplaceRequest } from '@/lib/messaging';
import type { ReplySession } from './session';
import { i18n } from '#i18n';

export async function insertText(session: ReplySession, text: string): Promise<EditResult> {
  session.check();
  const box = session.active;
  if (!box) return { ok: false, reason: i18n.t('edit.noBoxOnPage') };
  if (!box.el.isConnected) return { ok: false, reason: i18n.t('edit.boxClosed') };
  const at = session.caretFor(box);
  const result = await box.editor.replace(at, text);
  if (result.ok) session.setCaret(box, { start: at.start + text.length, end: at.start + text.length });
  session.report();
  return result;
}

export async function replaceText(session: ReplySession, req: ReplaceRequest): Promise<EditResult> {
  session.check();
  const box = session.active;
  if (!box) return { ok: false, reason: i18n.t('edit.noBoxOnPage') };
  const draft = box.editor.read().text;
  const { start, end } = req;
  if (!(start >= 0 && start <= end && end <= draft.length) || draft.slice(start, end) !== req.actual) {
    return { ok: false, reason: i18n.t('edit.draftChanged') };
  }
  const result = await box.editor.replace({ start, end }, req.text);
  if (result.ok) session.setCaret(box, { start: start + req.text.length, end: start + req.text.length });
  session.report();
  return result;
}
