// Quill rebuilds its DOM from its Delta; its clipboard module turns a paste into a Delta (undoable).
import { pasteInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const quill: EditorModule = {
  kind: 'quill',
  matches: (el) => el.classList.contains('ql-editor'),
  create: (el) => richEditor(el, 'quill', pasteInsert),
};
