// Shared by every contenteditable-based editor: reading goes through the text model; what differs
// between editors is only how text gets in (their own input path, so their model and undo see it).
import type { EditResult } from '@/lib/messaging';
import type { Editor, EditorKind, Span } from './types';
import { buildTextModel, offsetOf, rangeFor } from './text-model';
import { i18n } from '#i18n';

export type InsertPath = (root: HTMLElement, text: string) => boolean;

export function richEditor(root: HTMLElement, kind: EditorKind, insert: InsertPath): Editor {
  const read = () => {
    const m = buildTextModel(root);
    return m.quoted ? { text: m.text, quoted: m.quoted } : { text: m.text };
  };
  return {
    kind,
    root,
    read,
    selection() {
      const sel = root.ownerDocument.getSelection();
      const range = sel && sel.rangeCount > 0 ? sel.getRangeAt(0) : null;
      if (!range || !root.contains(range.startContainer)) return null;
      const model = buildTextModel(root);
      const a = offsetOf(model, range.startContainer, range.startOffset);
      const b = range.collapsed ? a : offsetOf(model, range.endContainer, range.endOffset);
      return { start: Math.min(a, b), end: Math.max(a, b) };
    },
    async replace(span: Span, text: string): Promise<EditResult> {
      const before = read().text;
      await select(root, span);
      const handled = insert(root, text);
      await settle(root);
      const after = read().text;
      if (after === before && text.length > 0) {
        return { ok: false, reason: handled ? i18n.t('edit.editorDidNotTake') : i18n.t('edit.editorRefused') };
      }
      return { ok: true };
    },
    watch(onChange, signal) {
      const observer = new MutationObserver(onChange);
      observer.observe(root, { childList: true, characterData: true, subtree: true });
      signal.addEventListener('abort', () => observer.disconnect(), { once: true });
      root.addEventListener('input', onChange, { signal });
    },
  };
}

/** Focuses the box and selects [start, end), then lets the editor sync its model to the DOM selection. */
async function select(root: HTMLElement, span: Span): Promise<void> {
  const doc = root.ownerDocument;
  root.focus({ preventScroll: true });
  const model = buildTextModel(root);
  const sel = doc.getSelection();
  sel?.removeAllRanges();
  sel?.addRange(rangeFor(model, Math.min(span.start, model.text.length), Math.min(span.end, model.text.length)));
  // Editors read the DOM selection on `selectionchange`, which the browser dispatches asynchronously.
  await nextEvent(doc, 'selectionchange', 100);
  await tick(root);
}

function nextEvent(doc: Document, type: string, timeoutMs: number): Promise<void> {
  return new Promise((done) => {
    const view = doc.defaultView ?? window;
    const timer = view.setTimeout(finish, timeoutMs);
    function finish() {
      view.clearTimeout(timer);
      doc.removeEventListener(type, finish);
      done();
    }
    doc.addEventListener(type, finish, { once: true });
  });
}

function tick(root: HTMLElement, ms = 0): Promise<void> {
  const view = root.ownerDocument.defaultView ?? window;
  return new Promise((done) => view.setTimeout(done, ms));
}

/** Some editors apply an insert in a microtask or frame; wait before reading the result. */
function settle(root: HTMLElement): Promise<void> {
  return tick(root, 30);
}

/** The browser's own insert: fires beforeinput/input and lands on the native undo stack. */
export function execInsert(root: HTMLElement, text: string): boolean {
  try {
    return root.ownerDocument.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/**
 * A paste the editor handles itself (CKEditor 5, ProseMirror, Quill, Lexical, TinyMCE). Plain text
 * only: every one of them turns it into paragraphs and keeps its spaces, whereas an HTML flavour
 * would have its edge spaces collapsed or kept as no-break spaces, depending on the editor.
 */
export function pasteInsert(root: HTMLElement, text: string): boolean {
  const doc = root.ownerDocument;
  const view = doc.defaultView ?? window;
  const data = new view.DataTransfer();
  data.setData('text/plain', text);
  const target = doc.getSelection()?.anchorNode?.parentElement ?? root;
  const event = new view.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true, composed: true });
  target.dispatchEvent(event);
  // An editor that took the paste cancels it; otherwise fall back to the browser's own insert.
  return event.defaultPrevented || execInsert(root, text);
}
