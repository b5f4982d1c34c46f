// Editor.js gives every block its own contenteditable inside one holder (.codex-editor). The box is
// the holder: the draft is every block in order, one line each, and an edit goes into the block that
// holds its span through the browser's own insert (Editor.js reads its blocks back from the DOM).
import { execInsert, richEditor } from './rich';
import type { EditorModule } from './module';

/** The holder Editor.js renders around its blocks. */
export const EDITORJS_HOLDER = '.codex-editor';

export const editorjs: EditorModule = {
  kind: 'editorjs',
  matches: (el) => el.classList.contains('codex-editor'),
  hostOf: (el) => el.closest<HTMLElement>(EDITORJS_HOLDER),
  create: (el) => richEditor(el, 'editorjs', execInsert, { oneBlockPerEdit: true }),
};
