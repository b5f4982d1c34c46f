// Lexical reconciles the DOM from its own state; its PASTE_COMMAND reads the clipboard data.
import { pasteInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const lexical: EditorModule = {
  kind: 'lexical',
  matches: (el) => el.hasAttribute('data-lexical-editor'),
  create: (el) => richEditor(el, 'lexical', pasteInsert),
};
