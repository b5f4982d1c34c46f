// Zoho Desk's editor (ZohoDeskEditor): the body of iframe.KB_Editor_iframe, driven by Squire, which
// keeps its own undo stack and records a step when it handles a paste, not when the browser inserts.
// Text therefore goes in as a paste Squire takes, so the agent's Ctrl+Z removes just that text. Squire
// turns pasted plain text into HTML, where a space at either end collapses: those go in as no-break
// spaces, as the browser itself writes a space typed at the end of a line (read back as spaces).
import { pasteInsert, richEditor } from './rich';
import type { EditorModule } from './module';

export const zohoDeskEditor: EditorModule = {
  kind: 'contenteditable',
  matches(root) {
    if (root.tagName !== 'BODY') return false;
    try {
      return root.ownerDocument.defaultView?.frameElement?.matches('iframe.KB_Editor_iframe') ?? false;
    } catch {
      return false;
    }
  },
  create: (root) => richEditor(root, 'contenteditable', (el, text) => pasteInsert(el, text.replace(/^ | $/g, '\u00a0'))),
};
