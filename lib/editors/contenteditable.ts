// A plain contenteditable (Froala, Redactor, Gmail, hand-made boxes) keeps no model of its own:
// the browser's insertText edits the DOM and the native undo stack.
import { execInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const contenteditable: EditorModule = {
  kind: 'contenteditable',
  // Reached only for roots already known to be editable hosts.
  matches: () => true,
  create: (el) => richEditor(el, 'contenteditable', execInsert),
};
