// Froala (Freshdesk, Kayako and many self-hosted desks) keeps its own undo stack of snapshots and
// answers Ctrl+Z itself; the browser's undo stack is never used. Froala saves a snapshot when a key
// without a key code is released while no typing is in progress (its hook for input it cannot see),
// so an insert is bracketed by two such keyups: the draft before it and after it are two snapshots,
// and one Ctrl+Z goes back exactly to the draft. Those keyups count only once the typing timer (500 ms
// after the last text key) has saved the draft, so the edit first waits it out (Editor.settle,
// undo-window.ts); the box is never blurred for it. The text itself goes in as the browser's own insert.
import { execInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const froala: EditorModule = {
  kind: 'froala',
  matches: (el) => el.classList.contains('fr-element') && el.classList.contains('fr-view'),
  create: (el) => richEditor(el, 'froala', snapshotInsert),
};

function snapshotInsert(root: HTMLElement, text: string): boolean {
  saveSnapshot(root);
  const done = execInsert(root, text);
  saveSnapshot(root);
  return done;
}

/** A keyup that carries no key: Froala's keyboard module saves an undo snapshot for it. */
function saveSnapshot(root: HTMLElement): void {
  const view = root.ownerDocument.defaultView ?? window;
  root.dispatchEvent(new view.KeyboardEvent('keyup', { bubbles: true, cancelable: true, composed: true }));
}
