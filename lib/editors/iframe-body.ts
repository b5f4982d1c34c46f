// TinyMCE and CKEditor 4 edit a <body contenteditable> inside an iframe. Both handle paste events
// (and record an undo level for them), so text goes in as a paste on the iframe's document.
import { pasteInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const tinymce: EditorModule = {
  kind: 'tinymce',
  matches: (el) => el.classList.contains('mce-content-body'),
  create: (el) => richEditor(el, 'tinymce', pasteInsert),
};

export const ckeditor4: EditorModule = {
  kind: 'ckeditor4',
  matches: (el) => el.classList.contains('cke_editable'),
  create: (el) => richEditor(el, 'ckeditor4', pasteInsert),
};
