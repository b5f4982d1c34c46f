// Where the agent's focus is, looking through open shadow roots and the same-origin frames this
// frame is responsible for (TinyMCE / CKEditor 4 iframes).
import { editableRoot } from '@/lib/editors';

export function deepFocus(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  for (;;) {
    if (!active) return null;
    const shadowActive: Element | null | undefined = active.shadowRoot?.activeElement;
    if (shadowActive) {
      active = shadowActive;
      continue;
    }
    if (active.tagName === 'IFRAME') {
      let inner: Document | null = null;
      try {
        inner = (active as HTMLIFrameElement).contentDocument;
      } catch {
        inner = null;
      }
      if (inner?.activeElement) {
        active = inner.activeElement;
        continue;
      }
    }
    return active;
  }
}

/** The reply-box element (textarea or editable root) the focus is in, if any. */
export function focusedBox(doc: Document): Element | null {
  const el = deepFocus(doc);
  if (!el) return null;
  if (el.tagName === 'TEXTAREA') return el;
  return editableRoot(el);
}
