// ProseMirror (Atlassian editor, Intercom, Tiptap): its view handles paste events itself and records
// them in its history plugin.
import { pasteInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const prosemirror: EditorModule = {
  kind: 'prosemirror',
  matches: (el) => el.classList.contains('ProseMirror'),
  create: (el) => richEditor(el, 'prosemirror', pasteInsert),
};
