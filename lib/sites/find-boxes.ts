// Finds editable boxes in a document, following open shadow roots and same-origin frames. A
// same-origin frame is served by its parent's copy of the content script (its own copy stays silent),
// so a frame being removed is seen by the frame that reported its box.
import { editableRoot } from '@/lib/editors';
import { childFrameDocs, frameDocument, openShadowRoots } from '@/lib/dom/deep';

const EDITABLE = 'textarea, [contenteditable]:not([contenteditable="false"])';

/** Documents of child frames this frame is responsible for. */
export const ownedFrameDocs = childFrameDocs;

/**
 * Editable roots and textareas matching `selector` in `doc` and the frames it owns. A matched
 * `<iframe>` stands for its editable body (Zoho Desk's editor frame, CKEditor 4's wysiwyg frame).
 */
export function queryBoxes(doc: Document, selector = EDITABLE): Element[] {
  const out: Element[] = [];
  for (const d of [doc, ...ownedFrameDocs(doc)]) {
    for (const el of Array.from(d.querySelectorAll(selector))) {
      const root = el.tagName === 'TEXTAREA' ? el : el.tagName === 'IFRAME' ? frameBody(el) : editableRoot(el);
      if (root && !out.includes(root)) out.push(root);
    }
  }
  return out;
}

/** The editable body of a same-origin editor frame, or null. */
export function frameBody(frame: Element): HTMLElement | null {
  const body = frameDocument(frame)?.body;
  return body && editableRoot(body) === body ? body : null;
}

/** Editable boxes inside open shadow roots (walks the tree: only called when the light DOM has none). */
export function queryShadowBoxes(doc: Document): Element[] {
  const out: Element[] = [];
  for (const shadow of openShadowRoots(doc)) {
    for (const el of Array.from(shadow.querySelectorAll(EDITABLE))) {
      const root = el.tagName === 'TEXTAREA' ? el : editableRoot(el);
      if (root && !out.includes(root)) out.push(root);
    }
  }
  return out;
}
