// CKEditor 5 re-renders its DOM from its model and reverts direct DOM edits; a paste goes through its
// clipboard pipeline into the model, and its undo command sees it.
import { pasteInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const ckeditor5: EditorModule = {
  kind: 'ckeditor5',
  matches: (el) => el.classList.contains('ck-editor__editable') || el.classList.contains('ck-content'),
  create: (el) => richEditor(el, 'ckeditor5', pasteInsert, { needsFocusEvent: true }),
};
