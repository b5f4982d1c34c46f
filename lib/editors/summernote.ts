// Summernote (FreeScout and many self-hosted desks) keeps its own undo history of snapshots (its
// History module: the editable's HTML and a caret bookmark) and answers Ctrl+Z itself through its key
// map (`editor.undo`); the browser's undo stack is never used. It records a snapshot on the editable's
// `mouseup`, before Space/Enter/Backspace/Tab/Delete is handled, and after each of its own commands; an
// undo first records the current HTML when it differs from the last snapshot and then steps back one.
// Text the browser inserts is none of these, so without help an insert joins the agent's typing since
// the last snapshot and one Ctrl+Z takes back both. The content script cannot call Summernote's API
// (it lives in the page's world), so the insert is bracketed by the event Summernote itself records a
// snapshot for, a `mouseup` on the editable: the draft as typed and the draft after the insert are two
// snapshots, and one Ctrl+Z goes back exactly to the draft (summernote/src/js/module/Editor.js, 0.9).
import { execInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const summernote: EditorModule = {
  kind: 'contenteditable',
  matches: (el) => el.classList.contains('note-editable') && !!el.closest('.note-editor'),
  create: (el) => richEditor(el, 'contenteditable', snapshotInsert),
};

function snapshotInsert(root: HTMLElement, text: string): boolean {
  recordUndo(root);
  const done = execInsert(root, text);
  recordUndo(root);
  return done;
}

/** A primary-button mouseup on the editable: Summernote's editor saves its range and records a snapshot. */
function recordUndo(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView ?? window;
  root.dispatchEvent(new view.MouseEvent('mouseup', { bubbles: true, cancelable: true, composed: true, button: 0 }));
}
